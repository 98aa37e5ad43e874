import type { ConversationRecord } from './conversation';
import { findSeen, messageSig, tailSig } from './message-sig';
import type { ObservedChat, ObservedMessage } from './observation';
import {
  addKeywords,
  answeredEarlier,
  customerWrote,
  emit,
  knowWaitStart,
  operatorWrote,
  pageTime,
  type Fold,
} from './tracker-steps';

// The open chat's bubbles folded into its record: read live from the newest one
// already seen, or, for a chat (re)opened, its present state taken as it is.

/** A chat seen for the first time (or scrolled beyond recognition): take its present state. */
function syncChat(fold: Fold, record: ConversationRecord, messages: readonly ObservedMessage[]) {
  const { now } = fold;
  for (const message of messages) if (message.author === 'customer') addKeywords(fold, record, message.text);
  const humans = messages.filter((m) => m.author === 'customer' || m.author === 'operator');
  const last = humans.at(-1);
  if (!last) return;
  // History tells when the conversation began and whether it was ever answered.
  const firstCustomer = humans.find((m) => m.author === 'customer');
  const firstOperator = humans.find((m) => m.author === 'operator');
  if (firstCustomer) record.firstCustomerAt ??= pageTime(firstCustomer.at, now);
  if (firstOperator && record.waitingSince === null)
    record.firstResponseAt ??= pageTime(firstOperator.at, now);
  if (last.author === 'operator') {
    if (record.waitBasis === 'maybe') answeredEarlier(record, pageTime(last.at, now));
    else if (record.waitingSince !== null) operatorWrote(fold, record, now);
    else {
      record.lastAuthor = 'operator';
      record.awaitingCustomerSince ??= pageTime(last.at, now);
    }
    return;
  }
  const lastOperator = humans.findLastIndex((m) => m.author === 'operator');
  const firstUnanswered = humans[lastOperator + 1]!;
  if (record.waitingSince === null)
    customerWrote(
      fold,
      record,
      pageTime(firstUnanswered.at, now),
      firstUnanswered.at === null ? 'seen' : undefined,
    );
  else if (record.waitBasis) {
    if (firstUnanswered.at !== null && firstUnanswered.at <= now)
      knowWaitStart(fold, record, firstUnanswered.at);
    else if (record.waitBasis === 'maybe') {
      // Waiting for certain now, from a start still only as good as the row's.
      record.waitBasis = record.waitingSince === record.firstSeenAt ? 'seen' : 'shown';
      record.firstCustomerAt ??= record.waitingSince;
      emit(fold, record, 'customer-message', record.waitingSince!);
    }
  }
}

/**
 * `live`: the chat was open in the previous observation too, so bubbles after the
 * newest one seen are new. A chat (re)opened is synced instead: what happened
 * while it was closed was already counted from its row. `guessed`: the pane does
 * not name its conversation and its row is out of view; read it only if it
 * continues the chat we were reading.
 */
export function readChat(
  fold: Fold,
  record: ConversationRecord,
  chat: ObservedChat,
  live: boolean,
  guessed: boolean,
) {
  const { now } = fold;
  const { messages } = chat;
  if (messages.length === 0) return;
  const sigs = messages.map(messageSig);
  const seen = record.lastMessageSig === null ? -1 : findSeen(sigs, record.lastMessageSig);
  if (guessed && seen === -1) return;
  if (!live || seen === -1) syncChat(fold, record, messages);
  else {
    for (const message of messages.slice(seen + 1)) {
      // Live messages are timed by our clock, not the page's: the desk's clock may be off.
      if (message.author === 'customer') {
        customerWrote(fold, record, now);
        addKeywords(fold, record, message.text);
      } else if (message.author === 'operator') operatorWrote(fold, record, now);
      else record.lastAuthor = message.author;
    }
  }
  record.lastMessageSig = tailSig(sigs);
}
