import type { ConversationRecord, TrackerEvent } from './conversation';

// A conversation's record outside what a page shows: born empty, ended by a reply
// (every signal of one comes here), cleared by the operator.

/** A conversation seen for the first time at `now`: nobody waits yet. */
export function newRecord(site: string, key: string, now: number): ConversationRecord {
  return {
    site,
    key,
    name: null,
    firstSeenAt: now,
    lastSeenAt: now,
    waitingSince: null,
    firstCustomerAt: null,
    firstResponseAt: null,
    lastCustomerAt: null,
    lastOperatorAt: null,
    awaitingCustomerSince: null,
    unread: 0,
    previewSig: null,
    lastMessageSig: null,
    lastAuthor: null,
    active: false,
    openedWhileWaiting: false,
    leftUnanswered: false,
    vip: false,
    priority: false,
    reasons: [],
    alerted: { warn: null, breach: null, forgotten: null },
    updatedAt: now,
  };
}

/**
 * The operator replied in this conversation at `at` (a bubble, a "You:" preview,
 * or their own Send): the customer's wait ends. Pure; the one definition of a
 * reply, used by every signal. When someone waited, a 'reply' event carries the
 * reply time (at − waitingSince) and, for the conversation's first reply, the
 * first response time (at − firstCustomerAt). The operator wrote last either way.
 */
export function operatorReplied(
  record: ConversationRecord,
  at: number,
): { record: ConversationRecord; events: TrackerEvent[] } {
  const next = { ...record };
  const events: TrackerEvent[] = [];
  if (next.waitingSince !== null) {
    const firstResponseMs =
      next.firstResponseAt === null && next.firstCustomerAt !== null ? at - next.firstCustomerAt : null;
    events.push({
      type: 'reply',
      site: next.site,
      key: next.key,
      at,
      replyMs: at - next.waitingSince,
      firstResponseMs,
    });
    next.firstResponseAt ??= at;
    next.waitingSince = null;
    delete next.waitBasis;
  }
  next.leftUnanswered = false;
  next.openedWhileWaiting = false;
  next.lastOperatorAt = at;
  next.awaitingCustomerSince = at;
  next.lastAuthor = 'operator';
  return { record: next, events };
}

/**
 * The operator says nobody waits here (the chat was closed in the desk, or it was
 * spam): the clock stops without a reply being recorded. A new customer message
 * starts a new wait as usual.
 */
export function dismissWait(record: ConversationRecord, now: number): ConversationRecord {
  const next: ConversationRecord = { ...record };
  delete next.waitBasis;
  return {
    ...next,
    waitingSince: null,
    awaitingCustomerSince: null,
    openedWhileWaiting: false,
    leftUnanswered: false,
    updatedAt: now,
  };
}
