import { useId, useRef, useState } from 'react';
import type { Locale } from '../../lib/domain/locale';
import { renderTemplate } from '../../lib/domain/template/render';
import type { Translate } from '../../lib/i18n/messages';
import { unresolvedMessage } from '../../lib/i18n/template-problem-key';
import { describeError, userErrorData } from '../../lib/i18n/user-error';
import { useI18n } from '../i18n/i18n-context';
import type { Template } from '../../lib/domain/template/template';

export type TemplateDraft = Pick<
  Template,
  'title' | 'body' | 'variants' | 'shortcut' | 'tags' | 'language'
> & {
  id?: string;
};

export interface TemplateEditorProps {
  /** The template as it was opened (a blank one for "New"). */
  initial: TemplateDraft;
  operatorName: string;
  /** The preview's clock (greetings and dates). */
  now: number;
  /** Rejects with the problem (a UserError names the field) when the template cannot be saved. */
  onSave: (draft: TemplateDraft) => Promise<void>;
  onCancel: () => void;
}

const SAMPLE_NAME: Record<Locale, string> = { ru: 'Мария Иванова', en: 'Oliver Grant' };

/** The editor's label of a template field a problem names (`variants.0` is "Wording 2"). */
function fieldLabel(field: string, t: Translate): string | null {
  const variant = /^variants\.(\d+)$/.exec(field);
  if (variant) return t('templatesFieldVariant', { n: Number(variant[1]) + 2 });
  const labels: Record<string, string> = {
    title: t('templatesFieldTitle'),
    shortcut: t('templatesFieldShortcut'),
    tags: t('templatesFieldTags'),
    body: t('templatesFieldBody'),
    variants: t('templatesFieldVariants'),
  };
  return labels[field] ?? null;
}

/** One template being edited: its fields, wordings, a live preview, and why it cannot be saved. */
export function TemplateEditor(props: TemplateEditorProps) {
  const { t } = useI18n();
  const ids = {
    title: useId(),
    shortcut: useId(),
    tags: useId(),
    body: useId(),
    lang: useId(),
  };
  const [draft, setDraft] = useState<TemplateDraft>(props.initial);
  // Tags are edited as typed ("billing, " keeps its comma) and split on save.
  const [tagsText, setTagsText] = useState(props.initial.tags.join(', '));
  const [problem, setProblem] = useState<{ message: string; field: string | null } | null>(null);
  const problemId = useId();
  const editor = useRef<HTMLDivElement>(null);
  /** Marks the field a problem is in, so that a screen reader announces it with the field. */
  const invalid = (field: string) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': problemId } : {};

  const preview = renderTemplate(draft.body, {
    name: SAMPLE_NAME[draft.language],
    operator: props.operatorName || (draft.language === 'ru' ? 'Анна' : 'Anna'),
    fills: {},
    now: props.now,
    locale: draft.language,
  });

  const save = async () => {
    const tags = tagsText
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    try {
      await props.onSave({ ...draft, tags });
    } catch (error) {
      const field = userErrorData(error)?.field ?? null;
      const label = field ? fieldLabel(field, t) : null;
      const message = describeError(error, t);
      setProblem({
        message: label ? t('templatesFieldProblem', { field: label, problem: message }) : message,
        field,
      });
      // The operator lands on what needs fixing.
      if (field) editor.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
    }
  };

  return (
    <div className="nz-template-editor" data-testid="nz-template-editor" ref={editor}>
      <div className="nz-field">
        <label htmlFor={ids.title}>{t('templatesFieldTitle')}</label>
        <input
          id={ids.title}
          data-field="title"
          {...invalid('title')}
          value={draft.title}
          onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        />
      </div>
      <div className="nz-field">
        <label htmlFor={ids.shortcut}>{t('templatesFieldShortcut')}</label>
        <input
          id={ids.shortcut}
          data-field="shortcut"
          {...invalid('shortcut')}
          value={draft.shortcut ?? ''}
          onChange={(event) =>
            setDraft({ ...draft, shortcut: event.target.value.replace(/^;/, '').trim() || null })
          }
        />
      </div>
      <div className="nz-field">
        <label htmlFor={ids.lang}>{t('templatesLanguage')}</label>
        <select
          id={ids.lang}
          value={draft.language}
          onChange={(event) => setDraft({ ...draft, language: event.target.value as Locale })}
        >
          <option value="ru">{t('languageRu')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
      </div>
      <div className="nz-field">
        <label htmlFor={ids.tags}>{t('templatesFieldTags')}</label>
        <input
          id={ids.tags}
          data-field="tags"
          {...invalid('tags')}
          value={tagsText}
          onChange={(event) => setTagsText(event.target.value)}
        />
      </div>
      <div className="nz-field">
        <label htmlFor={ids.body}>{t('templatesFieldBody')}</label>
        <textarea
          id={ids.body}
          data-field="body"
          {...invalid('body')}
          className="nz-code"
          rows={5}
          value={draft.body}
          onChange={(event) => setDraft({ ...draft, body: event.target.value })}
        />
      </div>
      {draft.variants.map((variant, index) => (
        <div className="nz-field" key={index}>
          <label htmlFor={`${ids.body}-v${index}`}>{t('templatesFieldVariant', { n: index + 2 })}</label>
          <textarea
            id={`${ids.body}-v${index}`}
            data-field={`variants.${index}`}
            {...invalid(`variants.${index}`)}
            className="nz-code"
            rows={3}
            value={variant}
            onChange={(event) =>
              setDraft({
                ...draft,
                variants: draft.variants.map((v, i) => (i === index ? event.target.value : v)),
              })
            }
          />
          <button
            type="button"
            className="nz-small-button"
            onClick={() => setDraft({ ...draft, variants: draft.variants.filter((_, i) => i !== index) })}
          >
            {t('templatesRemoveVariant')}
          </button>
        </div>
      ))}
      {draft.variants.length < 10 && (
        <button
          type="button"
          className="nz-small-button"
          onClick={() => setDraft({ ...draft, variants: [...draft.variants, ''] })}
        >
          {t('templatesAddVariant')}
        </button>
      )}
      <h3>{t('templatesPreview')}</h3>
      <p className="nz-template-preview" data-testid="nz-template-preview">
        {preview.text}
      </p>
      {preview.missing.length > 0 && (
        <ul className="nz-hint" data-testid="nz-template-missing">
          {preview.missing.map((item) => (
            <li key={item.token} className={item.kind === 'fill' ? undefined : 'nz-error'}>
              {item.kind === 'fill' ? t('templatesAsks', { label: item.label }) : unresolvedMessage(item, t)}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="nz-error" role="alert" id={problemId}>
          {problem.message}
        </p>
      )}
      <div className="nz-profile__actions">
        <button type="button" className="nz-button" onClick={() => void save()}>
          {t('optionsSave')}
        </button>
        <button type="button" className="nz-button nz-button--secondary" onClick={props.onCancel}>
          {t('profilesCancel')}
        </button>
      </div>
    </div>
  );
}
