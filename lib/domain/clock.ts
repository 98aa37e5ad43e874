import type { ClockState, ClockView, ConversationRecord } from './conversation';
import type { PriorityLevel, ThresholdsByPriority } from './thresholds';

/**
 * A conversation whose row has not been in any page for this long is taken as
 * closed in the desk: it leaves the queue and raises no alerts. (A row a
 * virtualised list scrolled away is still counted for that long.)
 */
export const STALE_AFTER_MS = 12 * 3600_000;

export function isStale(record: Pick<ConversationRecord, 'lastSeenAt'>, now: number): boolean {
  return now - record.lastSeenAt >= STALE_AFTER_MS;
}

export function levelOf(record: Pick<ConversationRecord, 'vip' | 'priority'>): PriorityLevel {
  return record.vip ? 'vip' : record.priority ? 'priority' : 'normal';
}

/**
 * A conversation's clock at `now` (definitions: DESIGN.md, "Conversation clocks").
 * Forgotten = breached and nobody is looking: not open, and either past the
 * forgotten threshold or opened and left without a reply.
 */
export function evaluateClock(
  record: ConversationRecord,
  thresholds: ThresholdsByPriority,
  now: number,
  followUpSec: number,
): ClockView {
  const level = levelOf(record);
  if (record.waitingSince === null) {
    const followUpDue =
      record.awaitingCustomerSince !== null && now - record.awaitingCustomerSince >= followUpSec * 1000;
    return { state: 'idle', waitSec: 0, level, nextChangeAt: null, followUpDue };
  }
  const t = thresholds[level];
  const elapsed = Math.max(0, now - record.waitingSince);
  const warnAt = record.waitingSince + t.warnSec * 1000;
  const targetAt = record.waitingSince + t.targetSec * 1000;
  const forgottenAt = record.waitingSince + t.forgottenSec * 1000;
  let state: ClockState = 'ok';
  if (now >= warnAt) state = 'warn';
  if (now >= targetAt) state = 'breach';
  if (state === 'breach' && !record.active && (now >= forgottenAt || record.leftUnanswered))
    state = 'forgotten';
  // An open chat cannot become forgotten by itself: closing it is an observation.
  const upcoming = [warnAt, targetAt, ...(record.active ? [] : [forgottenAt])].filter((at) => at > now);
  const nextChangeAt = state === 'forgotten' || upcoming.length === 0 ? null : Math.min(...upcoming);
  return { state, waitSec: Math.floor(elapsed / 1000), level, nextChangeAt, followUpDue: false };
}
