import type { ClockView, ConversationRecord, TrackerEvent } from './conversation';

const levels = ['warn', 'breach', 'forgotten'] as const;
const rank = { idle: 0, ok: 0, warn: 1, breach: 2, forgotten: 3 } as const;

/**
 * Raises each alert level once per wait: a level is due when the clock has
 * reached it and it was not yet raised for this `waitingSince`. A new customer
 * message after a reply starts a new wait, so alerts can fire again then.
 */
export function collectAlerts(
  record: ConversationRecord,
  view: ClockView,
  now: number,
): { record: ConversationRecord; events: TrackerEvent[] } {
  const since = record.waitingSince;
  if (since === null) return { record, events: [] };
  const events: TrackerEvent[] = [];
  let alerted = record.alerted;
  levels.forEach((level, index) => {
    if (rank[view.state] >= index + 1 && alerted[level] !== since) {
      alerted = { ...alerted, [level]: since };
      events.push({ type: level, site: record.site, key: record.key, at: now, waitingSince: since });
    }
  });
  return events.length === 0
    ? { record, events }
    : { record: { ...record, alerted, updatedAt: now }, events };
}
