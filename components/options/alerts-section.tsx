import type { Settings, SettingsPatch } from '../../lib/domain/settings';
import { useI18n } from '../i18n/i18n-context';

export interface AlertsSectionProps {
  settings: Settings;
  onSave: (patch: SettingsPatch) => void;
}

const notificationBoxes = [
  ['warn', 'alertWarn'],
  ['breach', 'alertBreach'],
  ['forgotten', 'alertForgotten'],
  ['sound', 'alertSound'],
] as const;

const focusBoxes = [
  ['letVipThrough', 'focusLetVip'],
  ['letBreachThrough', 'focusLetBreach'],
] as const;

/** Which alerts to show, and what may interrupt focus mode. Each box saves at once. */
export function AlertsSection({ settings, onSave }: AlertsSectionProps) {
  const { t } = useI18n();
  return (
    <section className="nz-card" aria-labelledby="nz-alerts-title">
      <h2 id="nz-alerts-title">{t('optionsAlerts')}</h2>
      {notificationBoxes.map(([field, label]) => (
        <label key={field} className="nz-check">
          <input
            type="checkbox"
            name={`notifications.${field}`}
            checked={settings.notifications[field]}
            onChange={(event) =>
              onSave({ notifications: { ...settings.notifications, [field]: event.target.checked } })
            }
          />
          {t(label)}
        </label>
      ))}
      {focusBoxes.map(([field, label]) => (
        <label key={field} className="nz-check">
          <input
            type="checkbox"
            name={`focus.${field}`}
            checked={settings.focus[field]}
            onChange={(event) => onSave({ focus: { ...settings.focus, [field]: event.target.checked } })}
          />
          {t(label)}
        </label>
      ))}
    </section>
  );
}
