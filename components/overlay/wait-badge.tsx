import { useMemo } from 'react';
import { formatWait } from '../../lib/domain/format-wait';
import { useI18n } from '../i18n/i18n-context';
import type { ClockItem } from '../../lib/domain/clock-display';
import { describeBadge } from './describe-badge';
import { StateIcon } from './state-icon';

export interface WaitBadgeProps {
  badge: ClockItem;
  /** Viewport point the badge hangs from (vertically centred on it). */
  x: number;
  y: number;
  /** `before`: the badge ends at x (left of its anchor); `after`: it starts there. */
  side: 'before' | 'after';
}

/** An eye: counted from when Nezabudka first saw the conversation (the desk shows no time). */
function SinceSeenIcon() {
  return (
    <svg className="nz-badge__seen" viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
      <path
        d="M1 8c2-3.6 4.4-5 7-5s5 1.4 7 5c-2 3.6-4.4 5-7 5S3 11.6 1 8z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <circle cx="8" cy="8" r="2.2" fill="currentColor" />
    </svg>
  );
}

/** The live wait clock drawn over one conversation row. */
export function WaitBadge({ badge, x, y, side }: WaitBadgeProps) {
  const { t, locale } = useI18n();
  // The sentence changes once a minute after the first one: no need to rebuild it every tick.
  const bucket = badge.waitSec < 60 ? badge.waitSec : Math.floor(badge.waitSec / 60) * 60;
  const reasons = badge.reasons.join('\n');
  const label = useMemo(
    () => describeBadge({ ...badge, waitSec: bucket }, t, locale),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `badge` is new every tick; these are what the sentence uses
    [bucket, badge.state, badge.level, badge.name, badge.atLeast, reasons, t, locale],
  );
  return (
    <div
      className={`nz-badge nz-badge--${badge.state} nz-badge--${badge.level}`}
      data-testid="nz-badge"
      data-state={badge.state}
      data-wait-seconds={badge.waitSec}
      data-conversation={badge.key}
      data-level={badge.level}
      data-at-least={badge.atLeast}
      style={{
        transform: `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(${side === 'before' ? '-100%' : '0'}, -50%)`,
      }}
      title={label}
      role="img"
      aria-label={label}
    >
      {badge.level !== 'normal' && (
        // A compact mark: the tooltip and aria-label spell it out.
        <span className="nz-badge__level" aria-hidden="true">
          {badge.level === 'vip' ? '★' : '!'}
        </span>
      )}
      <StateIcon state={badge.state} />
      {badge.atLeast === 'seen' && <SinceSeenIcon />}
      {badge.state !== 'idle' && (
        <span className="nz-badge__time">
          {badge.atLeast ? '≥\u2009' : ''}
          {formatWait(badge.waitSec, locale)}
          {badge.atLeast === 'maybe' ? '?' : ''}
        </span>
      )}
    </div>
  );
}
