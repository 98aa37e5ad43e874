import type { ConversationRecord, PriorityRules, TrackerEvent } from './conversation';
import type { Observation } from './observation';
import { newRecord } from './conversation-record';
import { readChat } from './tracker-chat';
import { readRow } from './tracker-row';
import { emit, type Fold } from './tracker-steps';

/** How often an otherwise unchanged record refreshes `lastSeenAt` (keeps writes rare). */
const SEEN_REFRESH_MS = 60_000;

export interface TrackerResult {
  /** Records that differ from the ones passed in (new ones included). */
  changed: ConversationRecord[];
  events: TrackerEvent[];
}

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
 *
 * A row is read by tracker-row.ts, the open chat by tracker-chat.ts, both through
 * the steps of tracker-steps.ts; here, which chats are open, closed and changed.
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
  const fold: Fold = { site, now, rules, events };
  const draft = (key: string) => {
    let entry = drafts.get(key);
    if (!entry) {
      const before = records.get(key);
      entry = { before, record: before ? { ...before } : newRecord(site, key, now) };
      drafts.set(key, entry);
    }
    return entry.record;
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
    readRow(fold, record, row, isNew, chat !== null && openKey === row.key);
  }
  if (chat !== null && openKey !== null) {
    readChat(fold, draft(openKey), chat, records.get(openKey)?.active === true, guessed);
  }

  for (const key of activeKeys) {
    const record = draft(key);
    if (!record.active) {
      record.active = true;
      record.openedWhileWaiting = record.waitingSince !== null;
      emit(fold, record, 'opened', now);
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
