import { collectAlerts } from './alerts';
import { evaluateClock, isStale } from './clock';
import type { ConversationRecord, TrackerEvent } from './conversation';
import type { PendingAlert } from './notification-plan';
import { thresholdsForSite, type Settings } from './settings';

/** What one pass over every clock at an instant found. */
export interface ClockSweep {
  /** Clocks whose alert marks moved (each alert is raised once per wait): to be saved and pushed. */
  changed: ConversationRecord[];
  /** The alerts raised, as statistics events. */
  events: TrackerEvent[];
  /** The same alerts, for desktop notifications. */
  pending: PendingAlert[];
  /** Clocks where a customer waits now (the focus log). */
  waiting: ConversationRecord[];
  /** Clocks in breach or forgotten (the toolbar badge). */
  urgent: number;
  /** The next instant a clock changes state; null when none will. */
  next: number | null;
}

/**
 * Evaluates every live clock at `now` with its site's thresholds. Clocks nobody
 * waits on either way, and those unseen for 12 hours, are skipped.
 */
export function sweepClocks(
  sites: Iterable<[string, Map<string, ConversationRecord>]>,
  settings: Settings,
  now: number,
): ClockSweep {
  const sweep: ClockSweep = { changed: [], events: [], pending: [], waiting: [], urgent: 0, next: null };
  for (const [site, records] of sites) {
    const thresholds = thresholdsForSite(settings, site);
    for (const record of records.values()) {
      if (record.waitingSince === null && record.awaitingCustomerSince === null) continue;
      if (isStale(record, now)) continue;
      const view = evaluateClock(record, thresholds, now, settings.followUpSec);
      if (view.state === 'breach' || view.state === 'forgotten') sweep.urgent += 1;
      if (view.nextChangeAt !== null)
        sweep.next = sweep.next === null ? view.nextChangeAt : Math.min(sweep.next, view.nextChangeAt);
      const result = collectAlerts(record, view, now);
      if (result.record !== record) sweep.changed.push(result.record);
      for (const event of result.events) {
        sweep.events.push(event);
        if (event.type === 'warn' || event.type === 'breach' || event.type === 'forgotten') {
          const { key, name } = record;
          sweep.pending.push({
            site,
            key,
            name,
            state: event.type,
            level: view.level,
            waitSec: view.waitSec,
          });
        }
      }
      if (record.waitingSince !== null) sweep.waiting.push(record);
    }
  }
  return sweep;
}
