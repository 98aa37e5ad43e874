import type { ClockState } from './conversation';
import type { PriorityLevel } from './thresholds';

export type AlertState = Extract<ClockState, 'warn' | 'breach' | 'forgotten'>;

export interface PendingAlert {
  site: string;
  key: string;
  name: string | null;
  state: AlertState;
  level: PriorityLevel;
  waitSec: number;
}

const rank: Record<AlertState, number> = { warn: 1, breach: 2, forgotten: 3 };

/** More alerts than this at once become one summary notification. */
export const SUMMARY_THRESHOLD = 3;

export interface NotificationPlan {
  /** One notification per conversation, for its most serious new state. */
  individual: PendingAlert[];
  /** Set instead of `individual` when many arrive at once. */
  summary: PendingAlert[] | null;
}

/**
 * Decides which desktop notifications to show for alerts raised in one pass:
 * only states the operator enabled, one per conversation, a summary when many.
 */
export function planNotifications(
  alerts: readonly PendingAlert[],
  enabled: Record<AlertState, boolean>,
): NotificationPlan {
  const highest = new Map<string, PendingAlert>();
  for (const alert of alerts) {
    if (!enabled[alert.state]) continue;
    const id = `${alert.site}\n${alert.key}`;
    const current = highest.get(id);
    if (!current || rank[alert.state] > rank[current.state]) highest.set(id, alert);
  }
  const chosen = [...highest.values()].sort((a, b) => rank[b.state] - rank[a.state] || b.waitSec - a.waitSec);
  if (chosen.length > SUMMARY_THRESHOLD) return { individual: [], summary: chosen };
  return { individual: chosen, summary: null };
}
