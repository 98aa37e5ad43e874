import { useId, useMemo, useState } from 'react';
import type { Template } from '../../lib/domain/template/template';
import { searchTemplates } from '../../lib/domain/template/search';
import type { Locale } from '../../lib/domain/locale';
import { useI18n } from '../i18n/i18n-context';
import { TemplateEditor, type TemplateDraft } from './template-editor';
import { TemplateFilesPanel, type TemplateFilesProps } from './template-files-panel';

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

const blank = (language: Locale): TemplateDraft => ({
  title: '',
  body: '',
  variants: [],
  shortcut: null,
  tags: [],
  language,
});

/** The reply library: search, filter, edit with a live preview, duplicate, delete with undo, files. */
export function TemplatesSection(props: TemplatesSectionProps) {
  const { t, locale } = useI18n();
  const ids = {
    search: useId(),
    language: useId(),
    tag: useId(),
  };
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState<'all' | Locale>('all');
  const [tag, setTag] = useState('');
  // `opened` counts openings: each one starts the editor afresh, even on the same template.
  const [editing, setEditing] = useState<{ draft: TemplateDraft; opened: number } | null>(null);
  const open = (draft: TemplateDraft) => setEditing((last) => ({ draft, opened: (last?.opened ?? 0) + 1 }));
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

      {!editing && (
        <button type="button" className="nz-button" onClick={() => open(blank(locale))}>
          {t('templatesNew')}
        </button>
      )}

      {editing && (
        <TemplateEditor
          key={editing.opened}
          initial={editing.draft}
          operatorName={props.operatorName}
          now={props.now}
          onSave={async (draft) => {
            await props.onSave(draft);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
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
