import { nearestRank } from './percentile';
import type { StatsEvent } from './types';

// What a metrics accumulator gathers: filled in metrics.ts, turned into figures in combine-metrics.ts.

/**
 * A wait that got neither a reply nor a dismissal counts as waiting at most
 * this long: the queue drops a conversation nobody has seen for 12 hours as
 * closed in the desk (STALE_AFTER_MS), and a customer's closing "thanks" must
 * not count as waiting for the rest of the month.
 */
export const OPEN_WAIT_CAP_MS = 12 * 3_600_000;

export interface DayAcc {
  replies: number[];
  firstResponses: number[];
  customerMessages: number;
  breaches: number;
  forgotten: number;
  /** Conversation numbers (see MetricsState.conversations) with a reply that day. */
  handled: Set<number>;
}

export const newDay = (): DayAcc => ({
  replies: [],
  firstResponses: [],
  customerMessages: 0,
  breaches: 0,
  forgotten: 0,
  handled: new Set(),
});

/** What an accumulator gathered; several combine into one result (a team). */
export interface MetricsState {
  replies: number[];
  firstResponses: number[];
  hourReplies: number[][];
  hourCustomer: number[];
  hourBreaches: number[];
  days: Map<number, DayAcc>;
  /** Conversation hash → number, so waits and "handled" key on small integers. */
  conversations: Map<string, number>;
  /**
   * Waits (a customer's wait: from the customer-message, its start, to a reply
   * or dismissal), one index per wait across these columns rather than an object
   * each: a big team's merge keeps hundreds of thousands. NaN = not known / open.
   */
  waitStart: number[];
  waitEnd: number[];
  waitBreached: number[];
  /** The previous wait of the same conversation, or -1 (a chain per conversation). */
  waitPrev: number[];
  /** The latest wait of each conversation number, or -1. */
  lastWaitOf: number[];
  breachedWaits: number;
  breaches: { event: StatsEvent; wait: number }[];
  handled: Set<number>;
  templates: Map<string, number>;
  sites: Set<string>;
  customerMessages: number;
  warnings: number;
  forgotten: number;
  dismissed: number;
  focusSessions: number;
  focusMs: number;
}

/** Waits of one conversation past which they are found by a map rather than a walk. */
export const LONG_CHAIN = 32;

export const median = (values: number[]) => nearestRank(Float64Array.from(values).sort(), 50);
