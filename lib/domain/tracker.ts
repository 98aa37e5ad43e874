import type { ConversationRecord, PriorityRules, TrackerEvent, WaitBasis } from './conversation';
import type { Observation, ObservedChat, ObservedMessage, ObservedRow } from './observation';
import { newRecord, operatorReplied } from './conversation-record';
import { findSeen, messageSig, previewSig, tailSig } from './message-sig';
import { matchKeywords, matchVip } from './priority-match';

/** How often an otherwise unchanged record refreshes `lastSeenAt` (keeps writes rare). */
const SEEN_REFRESH_MS = 60_000;

export interface TrackerResult {
  /** Records that differ from the ones passed in (new ones included). */
  changed: ConversationRecord[];
  events: TrackerEvent[];
}

/** A row whose shown time is this recent starts an exact wait (it just arrived). */
const FRESH_ROW_MS = 60_000;

/** A time the page claims, if it is usable: known and not in the future. */
const pageTime = (at: number | null, now: number) => (at !== null && at <= now ? at : now);

/**
 * Folds one observation of a page into the conversation records of its site
 * (pure; `now` is the instant the background received it). Definitions:
 * DESIGN.md, "Conversation clocks".
 *
 * - A closed chat reveals new customer messages by a rising unread count or a
 *   new customer preview; an operator preview means someone replied.
 * - An open chat is read bubble by bubble, from the newest one already seen;
 *   the first time it is seen its history is not replayed as new events, only
 *   its present state (who spoke last) is taken.
 * - Internal notes and bots never stop a customer's clock.
 * - Rows missing from the page are left alone: a virtualised list removes rows
 *   it scrolled away, which does not close a chat.
 * - The same observation applied twice changes nothing (two tabs of one desk).
 */
export function applyObservation(
  records: ReadonlyMap<string, ConversationRecord>,
  observation: Observation,
  now: number,
  rules: PriorityRules,
  /**
   * Chats another tab of the same desk shows open. This tab showing a different
   * one does not close them: without this, two tabs would take turns "leaving"
   * and "opening" each other's chat on every observation.
   */
  openElsewhere: ReadonlySet<string> = new Set(),
): TrackerResult {
  const events: TrackerEvent[] = [];
  const drafts = new Map<string, { before: ConversationRecord | undefined; record: ConversationRecord }>();
  const { site } = observation;
  const draft = (key: string) => {
    let entry = drafts.get(key);
    if (!entry) {
      const before = records.get(key);
      entry = { before, record: before ? { ...before } : newRecord(site, key, now) };
      drafts.set(key, entry);
    }
    return entry.record;
  };
  const emit = (record: ConversationRecord, type: 'customer-message' | 'opened', at: number) =>
    events.push({ type, site, key: record.key, at });

  const addKeywords = (record: ConversationRecord, text: string) => {
    const found = matchKeywords(text, rules.keywords).map((word) => `keyword:${word}`);
    const fresh = found.filter((reason) => !record.reasons.includes(reason));
    if (fresh.length === 0) return;
    record.reasons = [...record.reasons, ...fresh];
    record.priority = true;
  };

  /**
   * `basis`: how `at` was known, when it was not seen as it happened (see ConversationRecord).
   * A `maybe` wait is not yet a customer message for the statistics: opening the chat says.
   */
  const customerWrote = (record: ConversationRecord, at: number, basis?: WaitBasis) => {
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
      if (basis !== 'maybe') emit(record, 'customer-message', at);
    }
  };

  const operatorWrote = (record: ConversationRecord, at: number) => {
    const reply = operatorReplied(record, at);
    // A reply may drop a key (the ended wait's basis): assigning alone would keep it.
    if (!('waitBasis' in reply.record)) delete record.waitBasis;
    Object.assign(record, reply.record);
    events.push(...reply.events);
  };

  /** A chat seen for the first time (or scrolled beyond recognition): take its present state. */
  const syncChat = (record: ConversationRecord, messages: readonly ObservedMessage[]) => {
    for (const message of messages) if (message.author === 'customer') addKeywords(record, message.text);
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
      else if (record.waitingSince !== null) operatorWrote(record, now);
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
        record,
        pageTime(firstUnanswered.at, now),
        firstUnanswered.at === null ? 'seen' : undefined,
      );
    else if (record.waitBasis) {
      if (firstUnanswered.at !== null && firstUnanswered.at <= now) knowWaitStart(record, firstUnanswered.at);
      else if (record.waitBasis === 'maybe') {
        // Waiting for certain now, from a start still only as good as the row's.
        record.waitBasis = record.waitingSince === record.firstSeenAt ? 'seen' : 'shown';
        record.firstCustomerAt ??= record.waitingSince;
        emit(record, 'customer-message', record.waitingSince!);
      }
    }
  };

  /**
   * Answered at `at`, before we saw it: a row first seen with the operator's preview, or
   * a `maybe` wait (the row ended in a note) whose chat shows a human answered last.
   * Nobody waits, and no reply is recorded (the operator did not reply now); the first
   * response already happened.
   */
  const answeredEarlier = (record: ConversationRecord, at: number) => {
    record.waitingSince = null;
    delete record.waitBasis;
    record.lastAuthor = 'operator';
    record.awaitingCustomerSince ??= at;
    record.firstResponseAt ??= at;
    if (record.lastOperatorAt === null || record.lastOperatorAt < at) record.lastOperatorAt = at;
    record.openedWhileWaiting = false;
    record.leftUnanswered = false;
  };

  /**
   * A wait started from a row's time (a lower bound) meets its first unanswered
   * message's own time in the open chat: that is when it began. Alerts already
   * raised for this wait stay raised.
   */
  const knowWaitStart = (record: ConversationRecord, at: number) => {
    const before = record.waitingSince;
    // A `maybe` wait was not yet a customer message for the statistics: now it is.
    if (record.waitBasis === 'maybe') emit(record, 'customer-message', at);
    record.waitingSince = at;
    if (record.firstCustomerAt === null || record.firstCustomerAt > at) record.firstCustomerAt = at;
    delete record.waitBasis;
    const alerted = { ...record.alerted };
    for (const kind of ['warn', 'breach', 'forgotten'] as const)
      if (alerted[kind] === before) alerted[kind] = at;
    record.alerted = alerted;
  };

  /**
   * `live`: the chat was open in the previous observation too, so bubbles after the
   * newest one seen are new. A chat (re)opened is synced instead: what happened
   * while it was closed was already counted from its row. `guessed`: the pane does
   * not name its conversation and its row is out of view; read it only if it
   * continues the chat we were reading.
   */
  const readChat = (record: ConversationRecord, chat: ObservedChat, live: boolean, guessed: boolean) => {
    const { messages } = chat;
    if (messages.length === 0) return;
    const sigs = messages.map(messageSig);
    const seen = record.lastMessageSig === null ? -1 : findSeen(sigs, record.lastMessageSig);
    if (guessed && seen === -1) return;
    if (!live || seen === -1) syncChat(record, messages);
    else {
      for (const message of messages.slice(seen + 1)) {
        // Live messages are timed by our clock, not the page's: the desk's clock may be off.
        if (message.author === 'customer') {
          customerWrote(record, now);
          addKeywords(record, message.text);
        } else if (message.author === 'operator') operatorWrote(record, now);
        else record.lastAuthor = message.author;
      }
    }
    record.lastMessageSig = tailSig(sigs);
  };

  const readRow = (record: ConversationRecord, row: ObservedRow, isNew: boolean, open: boolean) => {
    if (row.name !== null) record.name = row.name;
    const vipReasons = matchVip(row, rules.vip);
    record.vip = vipReasons.length > 0;
    record.reasons = [...vipReasons, ...record.reasons.filter((reason) => reason.startsWith('keyword:'))];
    const sig = previewSig(row);
    const customerText = row.previewAuthor === 'customer' || (row.previewAuthor === null && row.unread > 0);
    if (row.preview !== null && customerText) addKeywords(record, row.preview);

    // The desk's own wait column: the customer waits, since then (to its precision: exact).
    const deskWait = row.waitShownSince !== undefined ? pageTime(row.waitShownSince, now) : null;
    // A ticket's status says who owes the next message, where no preview says who wrote last.
    const says = row.statusSays;
    const statusChanged = says !== undefined && record.statusSays !== undefined && says !== record.statusSays;
    if (!open && deskWait !== null) {
      if (record.waitingSince === null) customerWrote(record, deskWait);
      else if (record.waitBasis) knowWaitStart(record, deskWait);
    } else if (!open) {
      if (isNew) {
        const at = pageTime(row.lastAt, now);
        // A row shows its last message's time: an earlier unanswered one may exist. Within
        // the last minute that changes nothing a clock to the second could tell; a time shown
        // to the minute ("14:05", "3 мин") is its minute's latest instant, up to a minute
        // short, so that wait is "at least" too.
        const basis =
          at !== row.lastAt ? 'seen' : now - at >= FRESH_ROW_MS || row.lastAtRough ? 'shown' : undefined;
        const author =
          row.previewAuthor === 'customer' || row.previewAuthor === 'operator' ? row.previewAuthor : says;
        if (row.unread > 0 || author === 'customer') customerWrote(record, at, basis);
        else if (author === 'operator') answeredEarlier(record, at);
        else if (row.previewAuthor === 'note' || row.previewAuthor === 'bot') {
          // A note or a bot answers nobody, and hides whether a human did before it.
          customerWrote(record, at, 'maybe');
          record.lastAuthor = row.previewAuthor;
        }
      } else {
        const unreadRose = row.unreadKnown && row.unread > record.unread;
        const previewChanged = sig !== null && sig !== record.previewSig;
        if (unreadRose || (previewChanged && row.previewAuthor === 'customer')) customerWrote(record, now);
        else if (previewChanged && row.previewAuthor === 'operator') operatorWrote(record, now);
        else if (statusChanged && says === 'customer') customerWrote(record, now);
        else if (statusChanged && says === 'operator' && record.waitingSince !== null)
          operatorWrote(record, now);
        else if (previewChanged && row.previewAuthor !== null) record.lastAuthor = row.previewAuthor;
      }
    }
    record.unread = row.unread;
    if (sig !== null) record.previewSig = sig;
    if (says !== undefined) record.statusSays = says;
  };

  const chat = observation.chat;
  let openKey = chat?.key ?? observation.rows.find((row) => row.active)?.key ?? null;
  // A pane without a key whose row a virtualised list removed: still the same chat.
  const wasOpen = [...records.values()].filter((record) => record.active);
  const guessed = chat !== null && openKey === null && wasOpen.length === 1;
  if (guessed) openKey = wasOpen[0]!.key;
  const activeKeys = new Set(observation.rows.filter((row) => row.active).map((row) => row.key));
  if (openKey !== null) activeKeys.add(openKey);

  // Chats closed since the last observation: left without a reply is a warning sign.
  for (const record of records.values()) {
    if (record.active && !activeKeys.has(record.key) && !openElsewhere.has(record.key)) {
      const d = draft(record.key);
      d.active = false;
      if (d.openedWhileWaiting && d.waitingSince !== null) d.leftUnanswered = true;
      d.openedWhileWaiting = false;
    }
  }

  const seenKeys = new Set<string>();
  for (const row of observation.rows) {
    if (seenKeys.has(row.key)) continue;
    seenKeys.add(row.key);
    const isNew = !records.has(row.key);
    const record = draft(row.key);
    readRow(record, row, isNew, chat !== null && openKey === row.key);
  }
  if (chat !== null && openKey !== null) {
    readChat(draft(openKey), chat, records.get(openKey)?.active === true, guessed);
  }

  for (const key of activeKeys) {
    const record = draft(key);
    if (!record.active) {
      record.active = true;
      record.openedWhileWaiting = record.waitingSince !== null;
      emit(record, 'opened', now);
    }
  }

  const changed: ConversationRecord[] = [];
  for (const { before, record } of drafts.values()) {
    if (before && sameRecord(before, record)) {
      if (now - before.lastSeenAt < SEEN_REFRESH_MS) continue;
    }
    changed.push({ ...record, lastSeenAt: now, updatedAt: now });
  }
  return { changed, events };
}

/** The chats an observation shows open: the chat pane's and any row marked active. */
export function openKeysOf(observation: Observation): Set<string> {
  const keys = new Set(observation.rows.filter((row) => row.active).map((row) => row.key));
  if (observation.chat?.key) keys.add(observation.chat.key);
  return keys;
}

function sameRecord(a: ConversationRecord, b: ConversationRecord): boolean {
  const strip = ({ lastSeenAt: _seen, updatedAt: _updated, ...rest }: ConversationRecord) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
