import type { ConversationRecord, PriorityRules, TrackerEvent, WaitBasis } from './conversation';
import { operatorReplied } from './conversation-record';
import { matchKeywords } from './priority-match';

// What a signal read from a page does to a conversation's record: a customer wrote,
// the operator wrote, it was answered before we saw it, a wait's start became known,
// words that raise its priority. Each step adds the events it raises to the fold.

/** One observation being folded into a site's records (see tracker.ts). */
export interface Fold {
  readonly site: string;
  /** The instant the background received the observation. */
  readonly now: number;
  readonly rules: PriorityRules;
  /** The events raised so far, in order. */
  readonly events: TrackerEvent[];
}

/** A time the page claims, if it is usable: known and not in the future. */
export const pageTime = (at: number | null, now: number) => (at !== null && at <= now ? at : now);

export function emit(
  fold: Fold,
  record: ConversationRecord,
  type: 'customer-message' | 'opened',
  at: number,
) {
  fold.events.push({ type, site: fold.site, key: record.key, at });
}

/** A customer's words that match a priority keyword flag the conversation, naming the word. */
export function addKeywords(fold: Fold, record: ConversationRecord, text: string) {
  const found = matchKeywords(text, fold.rules.keywords).map((word) => `keyword:${word}`);
  const fresh = found.filter((reason) => !record.reasons.includes(reason));
  if (fresh.length === 0) return;
  record.reasons = [...record.reasons, ...fresh];
  record.priority = true;
}

/**
 * `basis`: how `at` was known, when it was not seen as it happened (see ConversationRecord).
 * A `maybe` wait is not yet a customer message for the statistics: opening the chat says.
 */
export function customerWrote(fold: Fold, record: ConversationRecord, at: number, basis?: WaitBasis) {
  record.awaitingCustomerSince = null;
  if (basis !== 'maybe') {
    record.lastCustomerAt = at;
    record.firstCustomerAt ??= at;
    record.lastAuthor = 'customer';
  }
  if (record.waitingSince === null) {
    record.waitingSince = at;
    if (basis) record.waitBasis = basis;
    else delete record.waitBasis;
    record.leftUnanswered = false;
    record.openedWhileWaiting = record.active;
    if (basis !== 'maybe') emit(fold, record, 'customer-message', at);
  }
}

export function operatorWrote(fold: Fold, record: ConversationRecord, at: number) {
  const reply = operatorReplied(record, at);
  // A reply may drop a key (the ended wait's basis): assigning alone would keep it.
  if (!('waitBasis' in reply.record)) delete record.waitBasis;
  Object.assign(record, reply.record);
  fold.events.push(...reply.events);
}

/**
 * Answered at `at`, before we saw it: a row first seen with the operator's preview, or
 * a `maybe` wait (the row ended in a note) whose chat shows a human answered last.
 * Nobody waits, and no reply is recorded (the operator did not reply now); the first
 * response already happened.
 */
export function answeredEarlier(record: ConversationRecord, at: number) {
  record.waitingSince = null;
  delete record.waitBasis;
  record.lastAuthor = 'operator';
  record.awaitingCustomerSince ??= at;
  record.firstResponseAt ??= at;
  if (record.lastOperatorAt === null || record.lastOperatorAt < at) record.lastOperatorAt = at;
  record.openedWhileWaiting = false;
  record.leftUnanswered = false;
}

/**
 * A wait started from a row's time (a lower bound) meets its first unanswered
 * message's own time in the open chat: that is when it began. Alerts already
 * raised for this wait stay raised.
 */
export function knowWaitStart(fold: Fold, record: ConversationRecord, at: number) {
  const before = record.waitingSince;
  // A `maybe` wait was not yet a customer message for the statistics: now it is.
  if (record.waitBasis === 'maybe') emit(fold, record, 'customer-message', at);
  record.waitingSince = at;
  if (record.firstCustomerAt === null || record.firstCustomerAt > at) record.firstCustomerAt = at;
  delete record.waitBasis;
  const alerted = { ...record.alerted };
  for (const kind of ['warn', 'breach', 'forgotten'] as const)
    if (alerted[kind] === before) alerted[kind] = at;
  record.alerted = alerted;
}
