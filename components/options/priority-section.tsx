import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Settings, SettingsPatch } from '../../lib/domain/settings';
import { useI18n } from '../i18n/i18n-context';

export interface PrioritySectionProps {
  settings: Settings;
  onSave: (patch: SettingsPatch) => void;
}

const toLines = (list: string[]) => list.join('\n');
const fromLines = (text: string) => [
  ...new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ),
];

/** Keyword rules and the VIP list, one entry per line. */
export function PrioritySection({ settings, onSave }: PrioritySectionProps) {
  const { t } = useI18n();
  const keywordsId = useId();
  const vipId = useId();
  const [keywords, setKeywords] = useState(toLines(settings.priorityKeywords));
  const [vip, setVip] = useState(toLines(settings.vipList));
  useEffect(() => setKeywords(toLines(settings.priorityKeywords)), [settings.priorityKeywords]);
  useEffect(() => setVip(toLines(settings.vipList)), [settings.vipList]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ priorityKeywords: fromLines(keywords), vipList: fromLines(vip) });
  };

  return (
    <form className="nz-card" onSubmit={submit} aria-labelledby="nz-priority-title">
      <h2 id="nz-priority-title">{t('optionsPriority')}</h2>
      <div className="nz-field">
        <label htmlFor={keywordsId}>{t('optionsKeywords')}</label>
        <textarea
          id={keywordsId}
          rows={6}
          value={keywords}
          onChange={(event) => setKeywords(event.target.value)}
        />
      </div>
      <div className="nz-field">
        <label htmlFor={vipId}>{t('optionsVip')}</label>
        <textarea id={vipId} rows={4} value={vip} onChange={(event) => setVip(event.target.value)} />
      </div>
      <button type="submit" className="nz-button">
        {t('optionsSave')}
      </button>
    </form>
  );
}
