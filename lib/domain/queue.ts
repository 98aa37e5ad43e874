import type { ClockView, ConversationRecord } from './conversation';

const stateRank = { forgotten: 0, breach: 1, warn: 2, ok: 3, idle: 4 } as const;
const levelRank = { vip: 0, priority: 1, normal: 2 } as const;

export interface QueueEntry {
  record: ConversationRecord;
  view: ClockView;
}

/**
 * Who needs the operator first: waiting conversations only, most serious state
 * first, then VIP and priority before the rest, then the longest wait.
 */
export function buildQueue<T extends QueueEntry>(entries: readonly T[]): T[] {
  return entries
    .filter((entry) => entry.view.state !== 'idle')
    .sort(
      (a, b) =>
        stateRank[a.view.state] - stateRank[b.view.state] ||
        levelRank[a.view.level] - levelRank[b.view.level] ||
        b.view.waitSec - a.view.waitSec ||
        a.record.site.localeCompare(b.record.site) ||
        a.record.key.localeCompare(b.record.key),
    );
}
