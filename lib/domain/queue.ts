import type { ClockView, ConversationRecord } from './conversation';

const stateRank = { forgotten: 0, breach: 1, warn: 2, ok: 3, idle: 4 } as const;
const levelRank = { vip: 0, priority: 1, normal: 2 } as const;

export interface QueueEntry {
  record: ConversationRecord;
  view: ClockView;
}

/** Ties end in a fixed order of the ids' code units: `localeCompare` here cost 25 ms per desk load. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Most urgent first: state, then VIP and priority, then the longest wait. */
export function compareUrgency(
  a: { site: string; key: string; state: ClockView['state']; level: ClockView['level']; waitSec: number },
  b: typeof a,
): number {
  return (
    stateRank[a.state] - stateRank[b.state] ||
    levelRank[a.level] - levelRank[b.level] ||
    b.waitSec - a.waitSec ||
    byCodeUnits(a.site, b.site) ||
    byCodeUnits(a.key, b.key)
  );
}

/**
 * Who needs the operator first: waiting conversations only, most serious state
 * first, then VIP and priority before the rest, then the longest wait.
 */
export function buildQueue<T extends QueueEntry>(entries: readonly T[]): T[] {
  return entries
    .filter((entry) => entry.view.state !== 'idle')
    .sort((a, b) => compareUrgency({ ...a.record, ...a.view }, { ...b.record, ...b.view }));
}
