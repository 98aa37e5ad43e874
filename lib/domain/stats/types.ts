import type { MessageKey } from '../../i18n/messages';
import type { PriorityLevel } from '../thresholds';

/**
 * Statistics: what is recorded, what is asked, what is computed.
 * Every instant is epoch milliseconds; every duration is milliseconds.
 * Definitions of each figure: README, "Statistics", and the functions in
 * lib/domain/stats/metrics.ts.
 */

export const statsEventTypes = [
  /** A customer wrote while nobody was waiting: a wait starts (`at` = its start). */
  'customer-message',
  /** The operator answered a waiting customer: `replyMs` = at − wait start. */
  'reply',
  /** The conversation's first answer: `firstResponseMs` = at − first customer message. */
  'first-response',
  /** A wait reached the warn / target / forgotten threshold; `waitMs` = at − wait start. */
  'warn',
  'breach',
  'forgotten',
  /** The operator opened the conversation. */
  'opened',
  /** The operator cleared a wait by hand; `waitMs` = at − wait start when someone waited. */
  'dismissed',
  /** Focus ("do not disturb") began / ended; `focusMs` on the end = how long it lasted. */
  'focus-started',
  'focus-ended',
  /** A template was inserted: `template` = its id, never its text. */
  'template-used',
] as const;
export type StatsEventType = (typeof statsEventTypes)[number];

/**
 * One stored statistics event (Dexie table `events`, background only). The
 * conversation is a salted hash, meaningless outside this browser; no customer
 * name or text is ever stored.
 */
export interface StatsEvent {
  /** Dexie's auto-increment id (with the export's `source`, the event's identity). */
  id?: number;
  at: number;
  type: StatsEventType;
  /** The desk's origin, e.g. "https://desk.example.com"; '' for focus events. */
  site: string;
  /** The operator id from settings at the time (an alias such as "op-7f3a"). */
  operator: string;
  /** Salted hash of site + conversation key; '' for focus events. */
  conversation: string;
  /** The conversation's priority level at the time, for conversation events. */
  priority?: PriorityLevel;
  replyMs?: number;
  firstResponseMs?: number;
  waitMs?: number;
  focusMs?: number;
  template?: string;
}

/** What the stats page asks for. The range is half-open: from ≤ at < to. */
export interface StatsQuery {
  from: number;
  to: number;
  /** Only this site (origin); absent = all sites. */
  site?: string;
  /** Only conversations of this priority level; absent = all. */
  priority?: PriorityLevel;
  /**
   * The operator's IANA time zone ('Europe/Moscow'), for the hour-of-day and
   * per-day buckets, each instant at the zone's offset then. The page passes
   * the browser's; lib/domain never reads the clock or the zone itself.
   */
  timeZone: string;
}

/** Median and 90th percentile are nearest-rank (always a value that occurred). */
export interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
  max: number | null;
}

export interface HourBucket {
  /** Local hour of day, 0–23. */
  hour: number;
  replies: number;
  customerMessages: number;
  breaches: number;
  replyMedian: number | null;
}

export interface DayBucket {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string;
  /** The local midnight that begins it (epoch ms). */
  start: number;
  replies: number;
  firstResponses: number;
  customerMessages: number;
  breaches: number;
  forgotten: number;
  /** Distinct conversations that got a reply that day. */
  handled: number;
  replyMedian: number | null;
  replyP90: number | null;
  firstResponseMedian: number | null;
}

export interface BreachEntry {
  /** When the target was passed. */
  at: number;
  site: string;
  /** Salted hash: lets a lead see two breaches were the same chat, nothing more. */
  conversation: string;
  priority: PriorityLevel | null;
  operator: string;
  /** When the wait began, if known. */
  waitStart: number | null;
  /** How the wait ended: answered (or dismissed) at, or null if still open at the range end. */
  endedAt: number | null;
  /** The whole wait (start to reply or dismissal), if both are known. */
  waitMs: number | null;
}

export interface Metrics {
  range: { from: number; to: number };
  firstResponse: Distribution;
  reply: Distribution;
  /** `rate` = breached waits ÷ waits seen in the range (0–1), null when there were none. */
  breaches: { count: number; rate: number | null };
  warnings: number;
  forgotten: number;
  /** Distinct conversations that got at least one reply. */
  conversationsHandled: number;
  customerMessages: number;
  dismissed: number;
  /** The most customers waiting at one instant, and the first instant it was reached. */
  peakWaiting: { count: number; at: number | null };
  perHour: HourBucket[];
  /** Every local day of the range, empty ones included (for a trend line). */
  perDay: DayBucket[];
  /** Newest first. */
  breachList: BreachEntry[];
  /** Most used first. */
  templateUsage: { template: string; count: number }[];
  focus: { sessions: number; totalMs: number };
  /** Sites present in the events (before the site filter), for the filter's choices. */
  sites: string[];
}

/** Reply of `getStats`. */
export interface StatsOverview {
  metrics: Metrics;
  operator: string;
  retentionDays: number;
  /** Oldest stored event, or null when there is none (the page can say "since …"). */
  oldestAt: number | null;
}

export type StatsExportFormat = 'json' | 'csv';

/** Request of `exportStats`. `alias` replaces the operator id in the file. */
export interface StatsExportRequest {
  from: number;
  to: number;
  format: StatsExportFormat;
  alias?: string;
  site?: string;
  priority?: PriorityLevel;
  /** For the dates in the file name (local days, an IANA zone); UTC when absent. */
  timeZone?: string;
}

export interface StatsExportResult {
  fileName: string;
  /** File content; CSV starts with a BOM. */
  text: string;
  mimeType: string;
  events: number;
}

export const STATS_FILE_KIND = 'nezabudka-stats';
export const STATS_FILE_VERSION = 1;

/** The JSON export (written by lib/domain/stats/export-file.ts, its header's schema in read-stats-json.ts). */
export interface StatsExportFile {
  kind: typeof STATS_FILE_KIND;
  version: typeof STATS_FILE_VERSION;
  exportedAt: number;
  /** Random per-installation id: with each event's `id`, the identity used to count an event once. */
  source: string;
  operator: string;
  range: { from: number; to: number };
  events: (StatsEvent & { id: number })[];
}

/** One file the team lead picked, as the page or the CLI read it. */
export interface NamedFile {
  name: string;
  text: string;
}

export interface TeamFileReport {
  /** As picked, control characters removed. */
  name: string;
  /** null when the file loaded. */
  error: string | null;
  /** The refusal as a message key, for the page to say it in the operator's language. */
  reason?: { key: MessageKey; params?: Record<string, string | number> };
  operator: string | null;
  events: number;
  /** Events already counted from another file (or the same file twice). */
  duplicates: number;
}

export interface TeamMetrics {
  /** One entry per operator, sorted by operator; only the team has the per-day series (perDay). */
  operators: { operator: string; metrics: Metrics }[];
  team: Metrics;
  files: TeamFileReport[];
}

/** Team files read and deduplicated once (`loadTeamFiles`), then computed per filter. */
export interface TeamData {
  /** Every distinct event of every file that loaded. */
  events: StatsEvent[];
  files: TeamFileReport[];
  /** The union of the loaded files' export ranges, or null when none loaded. */
  range: { from: number; to: number } | null;
}

/** Like StatsQuery; without from/to the files' own range is used. */
export type TeamQuery = Omit<StatsQuery, 'from' | 'to'> & { from?: number; to?: number };
