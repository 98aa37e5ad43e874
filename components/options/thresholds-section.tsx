import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatDuration, parseDuration } from '../../lib/domain/duration';
import { thresholdsForSite, type Settings, type SettingsPatch } from '../../lib/domain/settings';
import { priorityLevels, type ThresholdsByPriority } from '../../lib/domain/thresholds';
import { useI18n } from '../i18n/i18n-context';
import { ThresholdTable } from './threshold-table';

export interface ThresholdsSectionProps {
  settings: Settings;
  /** Helpdesk sites Nezabudka has seen, for per-site targets. */
  sites: string[];
  onSave: (patch: SettingsPatch) => void;
}

/** General targets, the follow-up limit, and per-site overrides. */
export function ThresholdsSection({ settings, sites, onSave }: ThresholdsSectionProps) {
  const { t, locale } = useI18n();
  const followUpId = useId();
  const siteId = useId();
  const [followUp, setFollowUp] = useState(formatDuration(settings.followUpSec, locale));
  const [followUpError, setFollowUpError] = useState<string | null>(null);
  const [site, setSite] = useState('');
  useEffect(() => setFollowUp(formatDuration(settings.followUpSec, locale)), [settings.followUpSec, locale]);

  const knownSites = [...new Set([...sites, ...Object.keys(settings.siteThresholds)])].sort();
  const override = site ? settings.siteThresholds[site] : undefined;

  const saveFollowUp = (event: FormEvent) => {
    event.preventDefault();
    const seconds = parseDuration(followUp);
    if (seconds === null || seconds < 60) {
      setFollowUpError(t('durationInvalid', { value: followUp }));
      return;
    }
    setFollowUpError(null);
    onSave({ followUpSec: seconds });
  };

  const saveSite = (next: ThresholdsByPriority) => {
    // Keep only what differs from the general targets, so later general changes still apply.
    const changed = Object.fromEntries(
      priorityLevels
        .filter((level) => JSON.stringify(next[level]) !== JSON.stringify(settings.thresholds[level]))
        .map((level) => [level, next[level]]),
    );
    const siteThresholds = { ...settings.siteThresholds };
    if (Object.keys(changed).length === 0) delete siteThresholds[site];
    else siteThresholds[site] = changed;
    onSave({ siteThresholds });
  };

  return (
    <section className="nz-card" aria-labelledby="nz-thresholds-title">
      <h2 id="nz-thresholds-title">{t('optionsThresholds')}</h2>
      <p className="nz-hint">{t('optionsThresholdsHint')}</p>
      <ThresholdTable
        name="general"
        value={settings.thresholds}
        onSave={(thresholds) => onSave({ thresholds })}
      />

      <form className="nz-field nz-inline" onSubmit={saveFollowUp}>
        <label htmlFor={followUpId}>{t('optionsFollowUp')}</label>
        <input
          id={followUpId}
          type="text"
          value={followUp}
          onChange={(event) => setFollowUp(event.target.value)}
        />
        <button type="submit" className="nz-button">
          {t('optionsSave')}
        </button>
        {followUpError && (
          <p className="nz-error" role="alert">
            {followUpError}
          </p>
        )}
      </form>

      {knownSites.length > 0 && (
        <div className="nz-site-thresholds">
          <h3>{t('optionsSiteThresholds')}</h3>
          <div className="nz-field">
            <label htmlFor={siteId}>{t('optionsSiteLabel')}</label>
            <select id={siteId} value={site} onChange={(event) => setSite(event.target.value)}>
              <option value="">{t('optionsSiteNone')}</option>
              {knownSites.map((origin) => (
                <option key={origin} value={origin}>
                  {origin}
                </option>
              ))}
            </select>
          </div>
          {site && (
            <>
              <p className="nz-hint">{override ? null : t('optionsSiteUsesGeneral')}</p>
              <ThresholdTable name="site" value={thresholdsForSite(settings, site)} onSave={saveSite} />
              {override && (
                <button
                  type="button"
                  className="nz-button nz-button--secondary"
                  onClick={() => {
                    const siteThresholds = { ...settings.siteThresholds };
                    delete siteThresholds[site];
                    onSave({ siteThresholds });
                  }}
                >
                  {t('optionsSiteReset')}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
