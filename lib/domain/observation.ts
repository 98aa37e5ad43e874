/**
 * What the content script reads off a helpdesk page at one instant, through a site
 * profile. Plain data: it crosses the messaging boundary and feeds the tracker.
 * Text is kept only as far as the tracker needs it (new-message detection and
 * priority keywords); it is never written to the database.
 */
export type Author = 'customer' | 'operator' | 'note' | 'bot';

export interface ObservedRow {
  /** The row's stable key within the site (e.g. a data-conversation-id). */
  key: string;
  name: string | null;
  /** Unread count when the desk shows one; 1 for a bare unread marker; 0 when none is shown. */
  unread: number;
  /** Whether the profile can see unread state on this desk at all. */
  unreadKnown: boolean;
  /** Text of the last-message preview, if the desk shows one. */
  preview: string | null;
  /** Who wrote the previewed message, when the desk says so. */
  previewAuthor: Author | null;
  /** The row's last-message time (epoch ms) when the desk exposes a machine-readable one. */
  lastAt: number | null;
  /** The row's time gave only its minute or coarser ("14:05", "3 мин"): `lastAt` is its latest instant. */
  lastAtRough?: true;
  /**
   * When the customer's wait began by the desk's own wait column (a table of pending
   * chats whose header says "Wait"), when the row has one; absent otherwise.
   */
  waitShownSince?: number;
  /** Who owes the next message by the ticket status the row shows ("Открыт", "Answered"); absent without one. */
  statusSays?: 'customer' | 'operator';
  /** The row carries the profile's VIP marker. */
  vipMarker: boolean;
  /** The row's visible text, whitespace-collapsed, at most 300 characters (for VIP marker texts). */
  rowText: string;
  /** This row is the open conversation. */
  active: boolean;
}

export interface ObservedMessage {
  /** A stable id when the desk has one, else null. */
  id: string | null;
  author: Author;
  text: string;
  /** Epoch ms when the desk exposes it. */
  at: number | null;
}

export interface ObservedChat {
  /** Key of the open conversation, when the chat pane says which it is. */
  key: string | null;
  /** The last messages visible in the open chat, oldest first (at most 50). */
  messages: ObservedMessage[];
}

export interface Observation {
  /** The site: the helpdesk's origin, e.g. "https://desk.example.com". */
  site: string;
  /** Id of the site profile that produced this observation. */
  profileId: string;
  /** Every conversation row currently in the page (a virtualised list shows only some). */
  rows: ObservedRow[];
  /**
   * Whether the page says which conversation is open: `known` (its row is the
   * one marked active), `none` (no signal), `unsure` (signals disagree, so no
   * row is taken as open).
   */
  open: 'known' | 'none' | 'unsure';
  /** The open conversation's messages, if a chat is open. */
  chat: ObservedChat | null;
  /** Whether the page's composer was found (for templates and teaching). */
  composerFound: boolean;
  /** Rows beyond the per-scan cap, left unread (a page of thousands); absent when all were read. */
  rowsNotRead?: number;
}
