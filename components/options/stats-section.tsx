import { useEffect, useState, type FormEvent } from 'react';
import type { Settings, SettingsPatch } from '../../lib/domain/settings';
import { useI18n } from '../i18n/i18n-context';
import { HintedField } from '../hinted-field';

export interface StatsSectionProps {
  settings: Settings;
  onSave: (patch: SettingsPatch) => void;
}

/** Who the statistics name (an alias by default) and how long they are kept. */
export function StatsSection({ settings, onSave }: StatsSectionProps) {
  const { t } = useI18n();
  const [operatorId, setOperatorId] = useState(settings.operatorId);
  const [days, setDays] = useState(String(settings.retentionDays));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setOperatorId(settings.operatorId), [settings.operatorId]);
  useEffect(() => setDays(String(settings.retentionDays)), [settings.retentionDays]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = operatorId.trim();
    const retentionDays = Number(days.trim());
    const ok =
      id.length > 0 &&
      id.length <= 40 &&
      Number.isInteger(retentionDays) &&
      retentionDays >= 1 &&
      retentionDays <= 3650;
    setInvalid(!ok);
    if (ok) onSave({ operatorId: id, retentionDays });
  };

  return (
    <form className="nz-card" aria-labelledby="nz-stats-settings-title" onSubmit={submit} noValidate>
      <h2 id="nz-stats-settings-title">{t('optionsStatsTitle')}</h2>
      <HintedField
        label={t('optionsStatsOperatorId')}
        hint={t('optionsStatsOperatorIdHint')}
        type="text"
        maxLength={40}
        autoComplete="off"
        value={operatorId}
        aria-invalid={invalid || undefined}
        onChange={(event) => setOperatorId(event.target.value)}
      />
      <HintedField
        label={t('optionsStatsRetention')}
        hint={t('optionsStatsRetentionHint')}
        type="number"
        min={1}
        max={3650}
        step={1}
        inputMode="numeric"
        value={days}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDays(event.target.value)}
      />
      <div className="nz-actions">
        <button type="submit" className="nz-button">
          {t('optionsSave')}
        </button>
      </div>
      {invalid && (
        <p className="nz-error" role="alert">
          {t('optionsStatsInvalid')}
        </p>
      )}
    </form>
  );
}
