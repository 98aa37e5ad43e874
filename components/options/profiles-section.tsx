import { useId, useState, type ChangeEvent } from 'react';
import type { SiteProfile } from '../../lib/adapters/site-profile';
import { firstInvalidPattern } from '../../lib/domain/match-pattern';
import type { ProfileList } from '../../lib/messaging/protocol';
import { useI18n } from '../i18n/i18n-context';

export interface ProfilesSectionProps {
  profiles: ProfileList | null;
  /** Resolves to null when saved, or to the problems found. */
  onSave: (profile: unknown, previousId: string | null) => Promise<string | null>;
  onDelete: (id: string) => void;
  /** A file with these profiles (null: all of the operator's own). */
  onExport: (ids: string[] | null) => void;
  /** Resolves to a message for the operator: what was imported, or why nothing was. */
  onImport: (text: string) => Promise<{ ok: boolean; message: string }>;
}

interface Draft {
  previousId: string | null;
  text: string;
  problems: string | null;
}

const pretty = (profile: unknown) => JSON.stringify(profile, null, 2);

/** Site profiles as data: view, edit as JSON, duplicate, delete, export, import. */
export function ProfilesSection({ profiles, onSave, onDelete, onExport, onImport }: ProfilesSectionProps) {
  const { t } = useI18n();
  const editorId = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const own = profiles?.own.map((stored) => stored.profile) ?? [];
  const taken = new Set([...(profiles?.builtIn ?? []), ...own].map((profile) => profile.id));
  const duplicate = (profile: SiteProfile) => {
    let id = `${profile.id}-copy`;
    for (let n = 2; taken.has(id); n += 1) id = `${profile.id}-copy-${n}`;
    setDraft({
      previousId: null,
      text: pretty({ ...profile, id, name: `${profile.name} (2)` }),
      problems: null,
    });
  };

  const save = async () => {
    if (!draft) return;
    let raw: unknown;
    try {
      raw = JSON.parse(draft.text);
    } catch (error) {
      setDraft({ ...draft, problems: t('profilesNotJson', { reason: (error as Error).message }) });
      return;
    }
    const problems = await onSave(raw, draft.previousId);
    if (problems === null) setDraft(null);
    else setDraft({ ...draft, problems });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(await onImport(await file.text()));
  };

  const row = (profile: SiteProfile, builtIn: boolean) => {
    // Stored before patterns were checked, or written by hand: matching skips it, so say why.
    const badPattern = firstInvalidPattern(profile.matches);
    return (
      <li key={profile.id} className="nz-profile" data-testid="nz-profile" data-profile-id={profile.id}>
        <div className="nz-profile__head">
          <strong>{profile.name}</strong> <code>{profile.id}</code>
          {builtIn && <span className="nz-tag">{t('profilesBuiltIn')}</span>}
        </div>
        <div className="nz-hint">{profile.matches.join(', ')}</div>
        {badPattern !== undefined && (
          <p className="nz-error" role="alert" data-testid="nz-profile-off">
            {t('profilesPatternOff', { pattern: JSON.stringify(badPattern) })}
          </p>
        )}
        <div className="nz-profile__actions">
          <button
            type="button"
            className="nz-small-button"
            onClick={() =>
              setDraft({ previousId: builtIn ? null : profile.id, text: pretty(profile), problems: null })
            }
            disabled={builtIn}
          >
            {t('profilesEdit')}
          </button>
          <button type="button" className="nz-small-button" onClick={() => duplicate(profile)}>
            {t('profilesDuplicate')}
          </button>
          <button type="button" className="nz-small-button" onClick={() => onExport([profile.id])}>
            {t('profilesExportOne')}
          </button>
          {!builtIn &&
            (confirming === profile.id ? (
              <button
                type="button"
                className="nz-small-button nz-small-button--danger"
                onClick={() => {
                  setConfirming(null);
                  onDelete(profile.id);
                }}
              >
                {t('profilesDeleteConfirm', { name: profile.name })}
              </button>
            ) : (
              <button type="button" className="nz-small-button" onClick={() => setConfirming(profile.id)}>
                {t('profilesDelete')}
              </button>
            ))}
        </div>
      </li>
    );
  };

  return (
    <section className="nz-card" aria-labelledby="nz-profiles-title" data-testid="nz-profiles">
      <h2 id="nz-profiles-title">{t('profilesTitle')}</h2>
      <p className="nz-hint">{t('profilesHint')}</p>
      {profiles && (
        <ul className="nz-profiles">
          {profiles.builtIn.map((profile) => row(profile, true))}
          {own.map((profile) => row(profile, false))}
        </ul>
      )}

      {draft && (
        <div className="nz-field">
          <label htmlFor={editorId}>{t('profilesEditorLabel')}</label>
          <textarea
            id={editorId}
            className="nz-code"
            rows={16}
            spellCheck={false}
            value={draft.text}
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
          />
          {draft.problems && (
            <pre className="nz-error" role="alert" data-testid="nz-profile-problems">
              {draft.problems}
            </pre>
          )}
          <div className="nz-profile__actions">
            <button type="button" className="nz-button" onClick={() => void save()}>
              {t('optionsSave')}
            </button>
            <button type="button" className="nz-button nz-button--secondary" onClick={() => setDraft(null)}>
              {t('profilesCancel')}
            </button>
          </div>
        </div>
      )}

      <div className="nz-profile__actions">
        <button
          type="button"
          className="nz-button"
          onClick={() => onExport(null)}
          disabled={own.length === 0}
        >
          {t('profilesExportAll')}
        </button>
        <label className="nz-button nz-button--secondary nz-file-button">
          {t('profilesImport')}
          <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} />
        </label>
      </div>
      {status && (
        <pre
          className={status.ok ? 'nz-success' : 'nz-error'}
          role={status.ok ? 'status' : 'alert'}
          data-testid="nz-import-result"
        >
          {status.message}
        </pre>
      )}
    </section>
  );
}
