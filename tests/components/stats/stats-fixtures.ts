import { computeMetrics } from '../../../lib/domain/stats/metrics';
import type { Metrics, StatsEvent, StatsQuery } from '../../../lib/domain/stats/types';

// Fixed instants: 10–12 March 2026 in UTC (the tests' queries use offset 0).
export const DAY = 86_400_000;
export const FROM = Date.UTC(2026, 2, 10);
export const query: StatsQuery = { from: FROM, to: FROM + 3 * DAY, timeZone: 'UTC' };

const base = { site: 'https://desk.example.com', operator: 'op-7f3a', priority: 'normal' as const };

/** One customer wait answered after `replyMs`, optionally breached on the way. */
export function answeredWait(
  conversation: string,
  start: number,
  replyMs: number,
  breachAfterMs?: number,
): StatsEvent[] {
  return [
    { ...base, conversation, at: start, type: 'customer-message' },
    ...(breachAfterMs === undefined
      ? []
      : [
          {
            ...base,
            conversation,
            at: start + breachAfterMs,
            type: 'breach' as const,
            waitMs: breachAfterMs,
          },
        ]),
    { ...base, conversation, at: start + replyMs, type: 'reply', replyMs },
  ];
}

export const metricsOf = (events: StatsEvent[], q: StatsQuery = query): Metrics => computeMetrics(events, q);

export const emptyMetrics = () => metricsOf([]);
