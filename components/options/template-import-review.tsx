import { useEffect, useId, useRef, useState } from 'react';
import { importChoices, type ImportChoice, type ImportConflict } from '../../lib/domain/template/import-plan';
import type { MessageKey } from '../../lib/i18n/messages';
import type { TemplateImportPreview } from '../../lib/domain/template/import-plan';
import { useI18n } from '../i18n/i18n-context';

export interface TemplateImportReviewProps {
  fileName: string;
  preview: Extract<TemplateImportPreview, { ok: true }>;
  busy: boolean;
  onConfirm: (choices: Record<number, ImportChoice>) => void;
  onCancel: () => void;
}

const choiceLabels: Record<ImportChoice, MessageKey> = {
  keep: 'templatesImportKeep',
  replace: 'templatesImportReplace',
  both: 'templatesImportBoth',
};

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/**
 * What a chosen file will do before anything is written: how many templates are
 * new, and a keep / replace / keep-both choice for each one that collides with
 * the operator's (radio groups, so arrows move within one and Tab between them),
 * plus one group that sets every conflict at once. "Keep mine" is the default:
 * nothing of the operator's changes unless they say so.
 */
export function TemplateImportReview({
  fileName,
  preview,
  busy,
  onConfirm,
  onCancel,
}: TemplateImportReviewProps) {
  const { t } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Record<number, ImportChoice>>(() =>
    Object.fromEntries(preview.conflicts.map((conflict) => [conflict.index, 'keep' as const])),
  );
  useEffect(() => heading.current?.focus(), []);

  const all = new Set(Object.values(choices));
  const common = all.size === 1 ? [...all][0] : undefined;
  const nothingToDo = preview.fresh === 0 && preview.conflicts.length === 0;

  const radios = (name: string, checked: ImportChoice | undefined, choose: (choice: ImportChoice) => void) =>
    importChoices.map((choice) => (
      <label key={choice} className="nz-check">
        <input
          type="radio"
          name={name}
          value={choice}
          checked={checked === choice}
          onChange={() => choose(choice)}
        />
        {t(choiceLabels[choice])}
      </label>
    ));

  const legend = (conflict: ImportConflict) =>
    conflict.by === 'id'
      ? t('templatesImportById', { incoming: conflict.incoming.title, title: conflict.existing.title })
      : t('templatesImportByShortcut', {
          incoming: conflict.incoming.title,
          shortcut: conflict.incoming.shortcut ?? '',
          language: conflict.incoming.language,
          title: conflict.existing.title,
        });

  return (
    <div
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-counts`}
      className="nz-import-review"
      data-testid="nz-template-import-review"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('templatesImportTitle', { file: fileName })}
      </h3>
      <p id={`${id}-counts`} data-testid="nz-template-import-counts">
        {nothingToDo
          ? t('templatesImportNothing')
          : t('templatesImportCounts', {
              total: preview.total,
              fresh: preview.fresh,
              unchanged: preview.unchanged,
              conflicts: preview.conflicts.length,
            })}
      </p>

      {preview.conflicts.length > 1 && (
        <fieldset className="nz-import-choice" data-testid="nz-template-import-all">
          <legend>{t('templatesImportApplyAll')}</legend>
          {radios(`${id}-all`, common, (choice) =>
            setChoices(Object.fromEntries(Object.keys(choices).map((index) => [index, choice]))),
          )}
        </fieldset>
      )}

      {preview.conflicts.map((conflict) => (
        <fieldset
          key={conflict.index}
          className="nz-import-choice"
          data-testid="nz-template-import-conflict"
          data-index={conflict.index}
        >
          <legend>{legend(conflict)}</legend>
          <dl className="nz-import-compare">
            <dt>{t('templatesImportTheirs')}</dt>
            <dd>{excerpt(conflict.incoming.body)}</dd>
            <dt>{t('templatesImportYours')}</dt>
            <dd>{excerpt(conflict.existing.body)}</dd>
          </dl>
          {radios(`${id}-${conflict.index}`, choices[conflict.index], (choice) =>
            setChoices({ ...choices, [conflict.index]: choice }),
          )}
        </fieldset>
      ))}

      <div className="nz-profile__actions">
        {!nothingToDo && (
          <button type="button" className="nz-button" disabled={busy} onClick={() => onConfirm(choices)}>
            {t('templatesImportConfirm')}
          </button>
        )}
        <button type="button" className="nz-button nz-button--secondary" disabled={busy} onClick={onCancel}>
          {t('profilesCancel')}
        </button>
      </div>
    </div>
  );
}
