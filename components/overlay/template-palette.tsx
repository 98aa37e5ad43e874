import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { renderTemplate, type RenderContext } from '../../lib/domain/template/render';
import { searchTemplates } from '../../lib/domain/template/search';
import type { Template } from '../../lib/domain/template/template';
import { unresolvedMessage } from '../../lib/i18n/template-problem-key';
import { useI18n } from '../i18n/i18n-context';

/** One of a template's wordings, picked for this customer. */
export interface PickedWording {
  wording: string;
  variant: number;
}

export interface TemplatePaletteProps {
  templates: Template[] | null;
  /** What the search starts with (e.g. the `;shortcut` typed in the reply box). */
  initialQuery?: string;
  /** This customer's values; `fills` are added here. */
  context: Omit<RenderContext, 'fills' | 'locale'>;
  /** Inserts the wording previewed; resolves to null once inserted, or to the reason it was not. */
  onInsert: (
    template: Template,
    fills: Record<string, string>,
    picked: PickedWording,
  ) => Promise<string | null>;
  /** The wording this customer gets (one they have not had yet). */
  pickWording: (template: Template) => Promise<PickedWording>;
  onClose: () => void;
}

/** Search, preview with this customer's values, fill in, insert — all from the keyboard. */
export function TemplatePalette({
  templates,
  initialQuery = '',
  context,
  onInsert,
  pickWording,
  onClose,
}: TemplatePaletteProps) {
  const { t } = useI18n();
  const inputId = useId();
  const search = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [index, setIndex] = useState(0);
  const [fills, setFills] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [choice, setChoice] = useState<{ id: string; wording: string; variant: number } | null>(null);
  const results = useMemo(() => searchTemplates(templates ?? [], query), [templates, query]);
  const selected = results[Math.min(index, results.length - 1)] ?? null;
  // Preview exactly what will be inserted: this customer's wording once it is known.
  const wording = choice && choice.id === selected?.id ? choice.wording : (selected?.body ?? '');
  const preview = selected ? renderTemplate(wording, { ...context, fills, locale: selected.language }) : null;
  const blocking = preview?.missing.filter((item) => item.kind !== 'fill') ?? [];

  useEffect(() => search.current?.focus(), []);
  useEffect(() => {
    setFills({});
    setProblem(null);
    if (!selected) return;
    let current = true;
    void pickWording(selected).then(
      (picked) => current && setChoice({ id: selected.id, ...picked }),
      () => undefined,
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per selected template
  }, [selected?.id]);

  const insert = async () => {
    if (!selected || !preview) return;
    const firstEmpty = preview.fields.find((field) => !fills[field.id]?.trim());
    if (firstEmpty) {
      // Looked up inside the palette: on the helpdesk it lives in a shadow root, out of document's reach.
      dialog.current?.querySelector<HTMLElement>(`[id="nz-fill-${firstEmpty.id}"]`)?.focus();
      return setProblem(t('paletteFillFirst', { label: firstEmpty.label }));
    }
    if (blocking.length > 0) return setProblem(unresolvedMessage(blocking[0]!, t));
    if (!choice || choice.id !== selected.id) return; // its wording is still on the way
    setProblem(await onInsert(selected, fills, { wording: choice.wording, variant: choice.variant }));
  };

  return (
    <div
      ref={dialog}
      className="nz-palette"
      role="dialog"
      aria-label={t('paletteTitle')}
      data-testid="nz-palette"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const step = event.key === 'ArrowDown' ? 1 : -1;
          setIndex((current) => Math.max(0, Math.min(results.length - 1, current + step)));
        } else if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          void insert();
        }
        // Keys typed here belong to the palette, not to the helpdesk's own shortcuts.
        event.stopPropagation();
      }}
    >
      <label htmlFor={inputId} className="nz-panel__title">
        {t('paletteTitle')}
      </label>
      <input
        ref={search}
        id={inputId}
        className="nz-palette__search"
        value={query}
        placeholder={t('paletteSearch')}
        onChange={(event) => {
          setQuery(event.target.value);
          setIndex(0);
        }}
        role="combobox"
        aria-expanded="true"
        aria-controls={`${inputId}-list`}
        aria-activedescendant={selected ? `${inputId}-${selected.id}` : undefined}
        autoComplete="off"
      />
      <ul id={`${inputId}-list`} role="listbox" className="nz-palette__list">
        {results.map((template) => (
          <li
            key={template.id}
            id={`${inputId}-${template.id}`}
            role="option"
            aria-selected={template === selected}
            className="nz-palette__item"
            data-testid="nz-palette-item"
            onMouseDown={(event) => {
              event.preventDefault();
              setIndex(results.indexOf(template));
            }}
          >
            <span>{template.title}</span>
            {template.shortcut && <code>;{template.shortcut}</code>}
          </li>
        ))}
      </ul>
      {templates && results.length === 0 && <p className="nz-hint">{t('templatesNone')}</p>}
      {preview && (
        <>
          <p
            className="nz-palette__preview"
            data-testid="nz-palette-preview"
            // Busy until this customer's own wording has arrived: until then Enter inserts nothing.
            aria-busy={choice?.id !== selected?.id}
          >
            {preview.text}
          </p>
          {preview.fields.map((field) => (
            <div className="nz-palette__field" key={field.id}>
              <label htmlFor={`nz-fill-${field.id}`}>{field.label}</label>
              {field.choices ? (
                <select
                  id={`nz-fill-${field.id}`}
                  value={fills[field.id] ?? ''}
                  onChange={(event) => setFills({ ...fills, [field.id]: event.target.value })}
                >
                  <option value="">—</option>
                  {field.choices.map((choice) => (
                    <option key={choice}>{choice}</option>
                  ))}
                </select>
              ) : (
                <input
                  id={`nz-fill-${field.id}`}
                  value={fills[field.id] ?? ''}
                  onChange={(event) => setFills({ ...fills, [field.id]: event.target.value })}
                />
              )}
            </div>
          ))}
        </>
      )}
      {problem && (
        <p className="nz-error" role="alert" data-testid="nz-palette-problem">
          {problem}
        </p>
      )}
      <p className="nz-hint">{t('paletteKeys')}</p>
    </div>
  );
}
