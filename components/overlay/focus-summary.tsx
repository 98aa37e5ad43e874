import { formatWait } from '../../lib/domain/format-wait';
import type { FocusSummaryEntry } from '../../lib/domain/focus';
import { useI18n } from '../i18n/i18n-context';

export interface FocusSummaryProps {
  entries: FocusSummaryEntry[];
  onJump: (entry: FocusSummaryEntry) => void;
  onDismiss: () => void;
}

/** After focus: who waited meanwhile and how long, with a way to each chat. */
export function FocusSummary({ entries, onJump, onDismiss }: FocusSummaryProps) {
  const { t, locale } = useI18n();
  return (
    <section className="nz-summary" data-testid="nz-focus-summary" aria-label={t('focusSummaryTitle')}>
      <h2 className="nz-summary__title">{t('focusSummaryTitle')}</h2>
      {entries.length === 0 ? (
        <p>{t('focusSummaryNone')}</p>
      ) : (
        <ul className="nz-summary__list">
          {entries.map((entry) => {
            const name = entry.name ?? t('customerFallbackName');
            return (
              <li key={`${entry.site}|${entry.key}`}>
                <button
                  type="button"
                  className="nz-summary__jump"
                  data-testid="nz-focus-summary-item"
                  data-conversation={entry.key}
                  onClick={() => onJump(entry)}
                >
                  <span className="nz-summary__name">{name}</span>{' '}
                  <span>{t('focusSummaryWaited', { wait: formatWait(entry.waitedSec, locale) })}</span>
                  {entry.stillWaiting && (
                    <span className="nz-summary__still"> · {t('focusSummaryStill')}</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="nz-small-button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </section>
  );
}
