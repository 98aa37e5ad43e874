import type { TrackerEvent } from '../conversation';
import type { PriorityLevel } from '../thresholds';
import type { StatsEvent } from './types';

/** What a statistics row needs beyond the tracker event itself. */
export interface RowContext {
  /** The operator id recorded with every row. */
  operator: string;
  /** The conversation's salted hash (never its key or its customer's name). */
  conversation: (event: TrackerEvent) => string;
  /** The conversation's priority level now ('normal' when its clock is unknown). */
  priority: (event: TrackerEvent) => PriorityLevel;
}

/**
 * Statistics rows for tracker events: who (operator), which chat (hash), how
 * long. A reply that is the conversation's first answer also makes a
 * first-response row, written before it; a threshold or a dismissal carries how
 * long the customer had waited by then.
 */
export function trackerEventRows(events: readonly TrackerEvent[], context: RowContext): StatsEvent[] {
  const rows: StatsEvent[] = [];
  for (const event of events) {
    const row: StatsEvent = {
      at: event.at,
      type: event.type,
      site: event.site,
      operator: context.operator,
      conversation: context.conversation(event),
      priority: context.priority(event),
    };
    if (event.type === 'reply') {
      row.replyMs = event.replyMs;
      if (event.firstResponseMs !== null)
        rows.push({ ...row, type: 'first-response', firstResponseMs: event.firstResponseMs });
    } else if (event.type === 'warn' || event.type === 'breach' || event.type === 'forgotten') {
      row.waitMs = event.at - event.waitingSince;
    } else if (event.type === 'dismissed' && event.waitingSince !== null) {
      row.waitMs = event.at - event.waitingSince;
    }
    rows.push(row);
  }
  return rows;
}

/** The row for a focus period starting or ending (`focusMs` on the end: how long it lasted). */
export function focusEventRow(
  type: 'focus-started' | 'focus-ended',
  at: number,
  operator: string,
  focusMs?: number,
): StatsEvent {
  const row: StatsEvent = { at, type, site: '', operator, conversation: '' };
  if (focusMs !== undefined) row.focusMs = focusMs;
  return row;
}
