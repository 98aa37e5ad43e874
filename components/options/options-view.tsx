import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import type { LanguageSetting, Settings, SettingsPatch } from '../../lib/domain/settings';
import type { SaveState } from '../../lib/state/settings-store';
import { useI18n } from '../i18n/i18n-context';
import { AlertsSection } from './alerts-section';
import { PrioritySection } from './priority-section';
import { StatsSection } from './stats-section';
import { ThresholdsSection } from './thresholds-section';
import { HintedField } from '../hinted-field';

export interface OptionsViewProps {
  settings: Settings | null;
  loadError: string | null;
  saveState: SaveState;
  saveError: string | null;
  onSave: (patch: SettingsPatch) => void;
  /** Helpdesk sites seen so far (for per-site targets). */
  sites?: string[];
  /** The statistics page's address, linked under the heading. */
  statsUrl?: string;
  /** Further sections, e.g. the site profiles (wired by the page). */
  children?: ReactNode;
}

const languageOptions = [
  ['auto', 'languageAuto'],
  ['ru', 'languageRu'],
  ['en', 'languageEn'],
] as const;

export function OptionsView({
  settings,
  loadError,
  saveState,
  saveError,
  onSave,
  sites = [],
  statsUrl,
  children,
}: OptionsViewProps) {
  const { t } = useI18n();
  const languageId = useId();
  const [name, setName] = useState(settings?.operatorName ?? '');

  // Show the stored name once it arrives (or changes in another window).
  useEffect(() => setName(settings?.operatorName ?? ''), [settings?.operatorName]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ operatorName: name.trim() });
  };

  return (
    <main className="nz-options">
      <h1>{t('optionsTitle')}</h1>
      {statsUrl && (
        <p>
          <a href={statsUrl} data-testid="nz-stats-link">
            {t('statsOpenFromOptions')}
          </a>
        </p>
      )}
      {loadError && (
        <p className="nz-error" role="alert">
          {t('optionsLoadFailed', { reason: loadError })}
        </p>
      )}
      {settings && (
        <form className="nz-card" onSubmit={submit}>
          <h2>{t('optionsGeneral')}</h2>
          <div className="nz-field">
            <label htmlFor={languageId}>{t('optionsLanguage')}</label>
            <select
              id={languageId}
              value={settings.language}
              onChange={(event) => onSave({ language: event.target.value as LanguageSetting })}
            >
              {languageOptions.map(([value, key]) => (
                <option key={value} value={value}>
                  {t(key)}
                </option>
              ))}
            </select>
          </div>
          <HintedField
            label={t('optionsOperatorName')}
            hint={t('optionsOperatorNameHint')}
            type="text"
            maxLength={80}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="nz-actions">
            <button type="submit" className="nz-button" disabled={saveState === 'saving'}>
              {t('optionsSave')}
            </button>
            <span className="nz-save-state" role="status" aria-live="polite">
              {saveState === 'saved' && t('optionsSaved')}
            </span>
          </div>
          {saveState === 'error' && saveError && (
            <p className="nz-error" role="alert">
              {t('optionsSaveFailed', { reason: saveError })}
            </p>
          )}
        </form>
      )}
      {settings && (
        <>
          <ThresholdsSection settings={settings} sites={sites} onSave={onSave} />
          <AlertsSection settings={settings} onSave={onSave} />
          <PrioritySection settings={settings} onSave={onSave} />
          <StatsSection settings={settings} onSave={onSave} />
        </>
      )}
      {children}
      <p className="nz-hint">{t('optionsPrivacy')}</p>
    </main>
  );
}
