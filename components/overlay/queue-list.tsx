import { formatWait } from '../../lib/domain/format-wait';
import { useI18n } from '../i18n/i18n-context';
import type { ClockItem } from '../../lib/domain/clock-display';
import { describeBadge } from './describe-badge';
import { StateIcon } from './state-icon';

export interface QueueListProps {
  /** Already in queue order: most urgent first. */
  items: ClockItem[];
  onJump: (item: ClockItem) => void;
  /** Clear a conversation that no longer waits (closed in the desk, spam). */
  onDismiss?: (item: ClockItem) => void;
}

/** Who waits, most urgent first; each entry opens its conversation in the page. */
export function QueueList({ items, onJump, onDismiss }: QueueListProps) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <p className="nz-queue__empty">{t('queueEmpty')}</p>;
  return (
    <ol className="nz-queue" data-testid="nz-queue">
      {items.map((item) => {
        const name = item.name ?? t('customerFallbackName');
        return (
          <li key={`${item.site}\n${item.key}`} className="nz-queue__item">
            <button
              type="button"
              className={`nz-queue__jump nz-queue__jump--${item.state}`}
              data-testid="nz-queue-item"
              data-conversation={item.key}
              data-state={item.state}
              aria-label={`${t('queueJump', { name })}. ${describeBadge(item, t, locale)}`}
              onClick={() => onJump(item)}
            >
              <StateIcon state={item.state} />
              <span className="nz-queue__name">{name}</span>
              {item.level !== 'normal' && (
                <span className="nz-queue__level">
                  {item.level === 'vip' ? t('levelVip') : t('levelPriority')}
                </span>
              )}
              <span className="nz-queue__time">
                {item.atLeast ? '≥\u2009' : ''}
                {formatWait(item.waitSec, locale)}
                {item.atLeast === 'maybe' ? '?' : ''}
              </span>
            </button>
            {onDismiss && (
              <button
                type="button"
                className="nz-queue__dismiss"
                data-testid="nz-queue-dismiss"
                aria-label={t('queueDismiss', { name })}
                title={t('queueDismiss', { name })}
                onClick={() => onDismiss(item)}
              >
                ×
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
