import { useId, useMemo, useRef, useState } from 'react';
import type { Template } from '../../lib/domain/template/template';
import { renderTemplate } from '../../lib/domain/template/render';
import { searchTemplates } from '../../lib/domain/template/search';
import type { Locale } from '../../lib/domain/locale';
import type { Translate } from '../../lib/i18n/messages';
import { unresolvedMessage } from '../../lib/i18n/template-problem-key';
import { describeError, userErrorData } from '../../lib/i18n/user-error';
import { useI18n } from '../i18n/i18n-context';
import { TemplateFilesPanel, type TemplateFilesProps } from './template-files-panel';

export type TemplateDraft = Pick<
  Template,
  'title' | 'body' | 'variants' | 'shortcut' | 'tags' | 'language'
> & {
  id?: string;
};

export interface TemplatesSectionProps extends Omit<TemplateFilesProps, 'shownIds'> {
  templates: Template[] | null;
  operatorName: string;
  /** The preview's clock (greetings and dates). */
  now: number;
  /** Rejects with the problem (a UserError names the field) when the template cannot be saved. */
  onSave: (draft: TemplateDraft) => Promise<void>;
  onDuplicate: (id: string) => void;
  /** Resolves to the deleted template, for "Undo". */
  onDelete: (id: string) => Promise<Template | null>;
  onRestore: (template: Template) => void;
}

const SAMPLE_NAME: Record<Locale, string> = { ru: 'Мария Иванова', en: 'Oliver Grant' };
const blank = (language: Locale): TemplateDraft => ({
  title: '',
  body: '',
  variants: [],
  shortcut: null,
  tags: [],
  language,
});

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

/** The reply library: search, filter, edit with a live preview, duplicate, delete with undo, files. */
export function TemplatesSection(props: TemplatesSectionProps) {
  const { t, locale } = useI18n();
  const ids = {
    search: useId(),
    language: useId(),
    tag: useId(),
    title: useId(),
    shortcut: useId(),
    tags: useId(),
    body: useId(),
    lang: useId(),
  };
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState<'all' | Locale>('all');
  const [tag, setTag] = useState('');
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  // Tags are edited as typed ("billing, " keeps its comma) and split on save.
  const [tagsText, setTagsText] = useState('');
  const [problem, setProblem] = useState<{ message: string; field: string | null } | null>(null);
  const problemId = useId();
  const editor = useRef<HTMLDivElement>(null);
  const open = (next: TemplateDraft) => {
    setDraft(next);
    setTagsText(next.tags.join(', '));
    setProblem(null);
  };
  /** Marks the field a problem is in, so that a screen reader announces it with the field. */
  const invalid = (field: string) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': problemId } : {};
  const [deleted, setDeleted] = useState<Template | null>(null);

  const all = useMemo(() => props.templates ?? [], [props.templates]);
  const tags = useMemo(() => [...new Set(all.flatMap((template) => template.tags))].sort(), [all]);
  const shown = useMemo(() => {
    const kept = all
      .filter((template) => language === 'all' || template.language === language)
      .filter((template) => !tag || template.tags.includes(tag));
    // A search ranks as the palette does; the whole library reads alphabetically.
    return query.trim()
      ? searchTemplates(kept, query, Infinity)
      : kept.sort((a, b) => a.title.localeCompare(b.title));
  }, [all, language, tag, query]);

  const preview = draft
    ? renderTemplate(draft.body, {
        name: SAMPLE_NAME[draft.language],
        operator: props.operatorName || (draft.language === 'ru' ? 'Анна' : 'Anna'),
        fills: {},
        now: props.now,
        locale: draft.language,
      })
    : null;

  const save = async () => {
    if (!draft) return;
    const tags = tagsText
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    try {
      await props.onSave({ ...draft, tags });
      setDraft(null);
      setProblem(null);
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
    <section className="nz-card" aria-labelledby="nz-templates-title" data-testid="nz-templates">
      <h2 id="nz-templates-title">{t('templatesTitle')}</h2>
      <div className="nz-template-filters">
        <label htmlFor={ids.search}>{t('templatesSearch')}</label>
        <input
          id={ids.search}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label htmlFor={ids.language}>{t('templatesLanguage')}</label>
        <select
          id={ids.language}
          value={language}
          onChange={(event) => setLanguage(event.target.value as 'all' | Locale)}
        >
          <option value="all">{t('templatesAll')}</option>
          <option value="ru">{t('languageRu')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
        <label htmlFor={ids.tag}>{t('templatesTag')}</label>
        <select id={ids.tag} value={tag} onChange={(event) => setTag(event.target.value)}>
          <option value="">{t('templatesAll')}</option>
          {tags.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>

      {deleted && (
        <p role="status" className="nz-notice" data-testid="nz-template-deleted">
          {t('templatesDeleted', { title: deleted.title })}{' '}
          <button
            type="button"
            className="nz-small-button"
            onClick={() => {
              props.onRestore(deleted);
              setDeleted(null);
            }}
          >
            {t('templatesUndo')}
          </button>
        </p>
      )}

      <ul className="nz-profiles" data-testid="nz-template-list">
        {shown.map((template) => (
          <li
            key={template.id}
            className="nz-profile"
            data-testid="nz-template"
            data-template-id={template.id}
          >
            <div className="nz-profile__head">
              <strong>{template.title}</strong> {template.shortcut && <code>;{template.shortcut}</code>}
              <span className="nz-tag">{template.language}</span>
              {template.tags.map((name) => (
                <span key={name} className="nz-tag">
                  {name}
                </span>
              ))}
            </div>
            <div className="nz-hint">
              {t('templatesUsage', { count: template.usageCount, wordings: 1 + template.variants.length })}
            </div>
            <div className="nz-profile__actions">
              <button type="button" className="nz-small-button" onClick={() => open({ ...template })}>
                {t('profilesEdit')}
              </button>
              <button
                type="button"
                className="nz-small-button"
                onClick={() => props.onDuplicate(template.id)}
              >
                {t('profilesDuplicate')}
              </button>
              <button
                type="button"
                className="nz-small-button"
                onClick={() => void props.onDelete(template.id).then(setDeleted)}
              >
                {t('profilesDelete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {props.templates && shown.length === 0 && <p className="nz-hint">{t('templatesNone')}</p>}

      {!draft && (
        <button type="button" className="nz-button" onClick={() => open(blank(locale))}>
          {t('templatesNew')}
        </button>
      )}

      {draft && preview && (
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
                  {item.kind === 'fill'
                    ? t('templatesAsks', { label: item.label })
                    : unresolvedMessage(item, t)}
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
            <button
              type="button"
              className="nz-button nz-button--secondary"
              onClick={() => {
                setDraft(null);
                setProblem(null);
              }}
            >
              {t('profilesCancel')}
            </button>
          </div>
        </div>
      )}

      <TemplateFilesPanel
        shownIds={shown.map((template) => template.id)}
        onExport={props.onExport}
        onPreviewImport={props.onPreviewImport}
        onImport={props.onImport}
      />
    </section>
  );
}
