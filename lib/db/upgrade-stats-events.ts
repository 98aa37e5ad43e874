import type { Transaction } from 'dexie';
import { priorityLevels } from '../domain/thresholds';

/** A statistics event as schema version 1 stored it. */
interface EventV1 {
  id?: number;
  at: number;
  type: string;
  site: string;
  conversation?: string;
  level?: string;
  replyMs?: number;
  firstResponseMs?: number | null;
  template?: string;
  operator?: string;
  priority?: string;
}

/**
 * Version 2 of the events table: every event names its operator
 * (the current operator id, or "unknown" when none was set — version 1 had no
 * such setting), `level` becomes `priority`, and a reply that carried the
 * conversation's first response time gives it up to a `first-response` event
 * of its own, so the two are counted separately.
 */
export async function upgradeStatsEvents(tx: Transaction): Promise<void> {
  const settings = (await tx.table('kv').get('settings')) as { value?: { operatorId?: unknown } } | undefined;
  const stored = settings?.value?.operatorId;
  const operator = typeof stored === 'string' && stored.trim() !== '' ? stored.trim() : 'unknown';
  const firstResponses: object[] = [];
  await tx
    .table('events')
    .toCollection()
    .modify((event: EventV1) => {
      event.operator ??= operator;
      event.conversation ??= '';
      if (event.level !== undefined) {
        if ((priorityLevels as readonly string[]).includes(event.level)) event.priority ??= event.level;
        delete event.level;
      }
      if (event.type === 'reply' && typeof event.firstResponseMs === 'number') {
        firstResponses.push({
          at: event.at,
          type: 'first-response',
          site: event.site,
          operator: event.operator,
          conversation: event.conversation,
          ...(event.priority === undefined ? {} : { priority: event.priority }),
          firstResponseMs: event.firstResponseMs,
        });
      }
      delete event.firstResponseMs;
    });
  if (firstResponses.length > 0) await tx.table('events').bulkAdd(firstResponses);
}
