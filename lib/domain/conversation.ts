import type { Author } from './observation';
import type { PriorityLevel } from './thresholds';

/**
 * The clock of one conversation, kept by the background (Dexie table
 * `conversations`, key [site+key]). Definitions: ../shared/DESIGN.md,
 * "Conversation clocks". Every instant is epoch milliseconds.
 */
/** How sure a wait's start is: see ConversationRecord.waitBasis. */
export type WaitBasis = 'shown' | 'seen' | 'maybe';

export interface ConversationRecord {
  site: string;
  key: string;
  /** Shown in the overlay, the queue and notifications; stays in this browser. */
  name: string | null;
  firstSeenAt: number;
  /** Last time its row was in the page. A row a virtualised list removed is not a closed chat. */
  lastSeenAt: number;
  /** Oldest customer message not yet answered by a human operator; null when nobody waits. */
  waitingSince: number | null;
  /**
   * How sure `waitingSince` is. Absent: seen as it happened, or read from the message's
   * own time. `shown`: from the time a row shows, i.e. its last message, so the wait
   * is at least that long. `seen`: the desk shows no time, so at least since first seen.
   * `maybe`: the row's last line is an internal note or a bot's, which answers nobody;
   * whether a human answered before it the row does not say, so the customer may be
   * waiting, at least since that line. Opening the conversation reads its first
   * unanswered message and makes the wait exact (or ends a `maybe` one that was answered).
   */
  waitBasis?: WaitBasis;
  /** The status the row last showed, by who owes the next message (ticket desks); absent without one. */
  statusSays?: 'customer' | 'operator';
  firstCustomerAt: number | null;
  firstResponseAt: number | null;
  lastCustomerAt: number | null;
  lastOperatorAt: number | null;
  /** The operator wrote last and the customer has not answered since. */
  awaitingCustomerSince: number | null;
  /** Unread count last seen on the row. */
  unread: number;
  /** Author and text of the last preview seen, to notice a new message in a closed chat. */
  previewSig: string | null;
  /**
   * Signatures of the newest messages seen in the open chat (up to three, joined
   * by U+001F): a tail, not one message, so a repeated short text ("?") cannot be
   * mistaken for the one already seen.
   */
  lastMessageSig: string | null;
  /** Author of the newest human-or-bot message seen (chat or preview). */
  lastAuthor: Author | null;
  /** The chat is open in a tab right now (as of the last observation). */
  active: boolean;
  /** The operator opened it while the customer was waiting. */
  openedWhileWaiting: boolean;
  /** It was opened while waiting and then left without a reply. */
  leftUnanswered: boolean;
  vip: boolean;
  /** A priority keyword rule matched the customer's text. */
  priority: boolean;
  /** Which rules matched (keywords, "VIP: name"), for tooltips. */
  reasons: string[];
  /** The waitingSince value for which each alert was already raised (raised once per wait). */
  alerted: { warn: number | null; breach: number | null; forgotten: number | null };
  updatedAt: number;
}

export type ClockState = 'idle' | 'ok' | 'warn' | 'breach' | 'forgotten';

export interface ClockView {
  state: ClockState;
  /** Seconds the customer has waited (0 when idle). */
  waitSec: number;
  level: PriorityLevel;
  /** The instant the state will next change by itself (for alarms), or null. */
  nextChangeAt: number | null;
  /** Operator wrote last and the customer has been silent past the follow-up limit. */
  followUpDue: boolean;
}

/** What the tracker tells the background to record (statistics) or announce (alerts). */
export type TrackerEvent =
  | { type: 'customer-message'; site: string; key: string; at: number }
  | { type: 'reply'; site: string; key: string; at: number; replyMs: number; firstResponseMs: number | null }
  | { type: 'opened'; site: string; key: string; at: number }
  /** The operator cleared the wait by hand (chat closed in the desk, spam). */
  | { type: 'dismissed'; site: string; key: string; at: number; waitingSince: number | null }
  | { type: 'warn' | 'breach' | 'forgotten'; site: string; key: string; at: number; waitingSince: number };

/** Keyword and VIP rules (settings). Matching is case-insensitive; ё equals е. */
export interface PriorityRules {
  /** Stems or words, e.g. "возврат", "refund", "жалоб", "complain". */
  keywords: string[];
  /** Customer names, or marker texts shown on the row (e.g. "Premium"). */
  vip: string[];
}
