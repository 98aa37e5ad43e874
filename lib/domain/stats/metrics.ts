import type { PriorityLevel } from '../thresholds';
import { createLocalClock, localDate, type LocalClock } from './local-time';
import { distribution, nearestRank } from './percentile';
import type { BreachEntry, DayBucket, HourBucket, Metrics, StatsEvent, StatsQuery } from './types';

/**
 * A wait that got neither a reply nor a dismissal counts as waiting at most
 * this long: the queue drops a conversation nobody has seen for 12 hours as
 * closed in the desk (STALE_AFTER_MS), and a customer's closing "thanks" must
 * not count as waiting for the rest of the month.
 */
export const OPEN_WAIT_CAP_MS = 12 * 3_600_000;

interface DayAcc {
  replies: number[];
  firstResponses: number[];
  customerMessages: number;
  breaches: number;
  forgotten: number;
  /** Conversation numbers (see MetricsState.conversations) with a reply that day. */
  handled: Set<number>;
}

const newDay = (): DayAcc => ({
  replies: [],
  firstResponses: [],
  customerMessages: 0,
  breaches: 0,
  forgotten: 0,
  handled: new Set(),
});

/** What an accumulator gathered; several combine into one result (a team). */
interface MetricsState {
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
const LONG_CHAIN = 32;

const median = (values: number[]) => nearestRank(Float64Array.from(values).sort(), 50);

/**
 * Metrics of events, fed one at a time in any order (the CLI streams files;
 * the page passes an array). Definitions:
 *
 * - Only events with from ≤ at < to count, after the site and priority filters.
 * - Reply time: each `reply` event's replyMs (reply − oldest unanswered customer
 *   message); first response time: each `first-response` event's
 *   firstResponseMs. Median and p90 are nearest-rank.
 * - Every event counts at the instant it happened: a reply lands in the hour and
 *   local day it was sent, even when the customer wrote the day before.
 * - A wait is identified by its conversation and its start (customer-message at
 *   = reply at − replyMs = alert at − waitMs), so its events link up in any
 *   order. Breach rate = waits with a breach ÷ waits with any event in range.
 * - Peak concurrent waiting: the most waits open at one instant within the
 *   range. A wait runs from its start (or the range start) to its reply or
 *   dismissal; one with neither runs to the range end, at most OPEN_WAIT_CAP_MS.
 *   A reply and a new message at the same instant do not overlap.
 * - Conversations handled: distinct conversations with at least one reply.
 */
export function createMetricsAccumulator(query: StatsQuery) {
  const { from, to } = query;
  const local = createLocalClock(query.timeZone);
  const state: MetricsState = {
    replies: [],
    firstResponses: [],
    hourReplies: Array.from({ length: 24 }, () => []),
    hourCustomer: new Array<number>(24).fill(0),
    hourBreaches: new Array<number>(24).fill(0),
    days: new Map(),
    conversations: new Map(),
    waitStart: [],
    waitEnd: [],
    waitBreached: [],
    waitPrev: [],
    lastWaitOf: [],
    breachedWaits: 0,
    breaches: [],
    handled: new Set(),
    templates: new Map(),
    sites: new Set(),
    customerMessages: 0,
    warnings: 0,
    forgotten: 0,
    dismissed: 0,
    focusSessions: 0,
    focusMs: 0,
  };
  const s = state;
  let lastDayIndex = NaN;
  let lastDay: DayAcc | undefined;

  const day = (at: number) => {
    const index = local.dayIndex(at);
    if (index === lastDayIndex) return lastDay!;
    let acc = s.days.get(index);
    if (!acc) s.days.set(index, (acc = newDay()));
    lastDayIndex = index;
    lastDay = acc;
    return acc;
  };

  const conversationOf = (hash: string) => {
    let number = s.conversations.get(hash);
    if (number === undefined) {
      number = s.lastWaitOf.length;
      s.conversations.set(hash, number);
      s.lastWaitOf.push(-1);
    }
    return number;
  };

  /**
   * Conversations with many waits, indexed by wait start: the chain is walked
   * only while short, so a file of 100,000 warnings in one conversation costs
   * 100,000 steps, not 5·10^9.
   */
  const longChains = new Map<number, Map<number, number>>();

  /** The wait an event belongs to; `start` NaN when the event cannot say (old data): a wait of its own. */
  const waitOf = (conversation: number, start: number) => {
    const known = !Number.isNaN(start);
    let index = longChains.get(conversation);
    if (known && index) {
      const found = index.get(start);
      if (found !== undefined) return found;
    } else if (known) {
      let steps = 0;
      for (let w = s.lastWaitOf[conversation]!; w !== -1; w = s.waitPrev[w]!, steps += 1)
        if (s.waitStart[w] === start) return w;
      if (steps >= LONG_CHAIN) {
        longChains.set(conversation, (index = new Map()));
        for (let w = s.lastWaitOf[conversation]!; w !== -1; w = s.waitPrev[w]!)
          if (!index.has(s.waitStart[w]!)) index.set(s.waitStart[w]!, w);
      }
    }
    const wait = s.waitStart.length;
    s.waitStart.push(start);
    s.waitEnd.push(NaN);
    s.waitBreached.push(0);
    s.waitPrev.push(s.lastWaitOf[conversation]!);
    s.lastWaitOf[conversation] = wait;
    if (known) index?.set(start, wait);
    return wait;
  };
  const startOf = (event: StatsEvent, ms: number | undefined) => (ms === undefined ? NaN : event.at - ms);
  const end = (wait: number, at: number) => {
    const previous = s.waitEnd[wait]!;
    s.waitEnd[wait] = Number.isNaN(previous) ? at : Math.min(previous, at);
  };

  return {
    add(event: StatsEvent): void {
      const { at } = event;
      if (!(at >= from && at < to)) return;
      if (event.site !== '') s.sites.add(event.site);
      if (query.site !== undefined && event.site !== query.site) return;
      if (query.priority !== undefined && event.priority !== query.priority) return;
      switch (event.type) {
        case 'customer-message':
          s.customerMessages += 1;
          s.hourCustomer[local.hour(at)]! += 1;
          day(at).customerMessages += 1;
          waitOf(conversationOf(event.conversation), at);
          break;
        case 'reply': {
          const ms = event.replyMs ?? 0;
          const conversation = conversationOf(event.conversation);
          s.replies.push(ms);
          s.hourReplies[local.hour(at)]!.push(ms);
          const d = day(at);
          d.replies.push(ms);
          d.handled.add(conversation);
          s.handled.add(conversation);
          end(waitOf(conversation, at - ms), at);
          break;
        }
        case 'first-response': {
          const ms = event.firstResponseMs ?? 0;
          s.firstResponses.push(ms);
          day(at).firstResponses.push(ms);
          break;
        }
        case 'warn':
          s.warnings += 1;
          waitOf(conversationOf(event.conversation), startOf(event, event.waitMs));
          break;
        case 'breach': {
          s.hourBreaches[local.hour(at)]! += 1;
          day(at).breaches += 1;
          const wait = waitOf(conversationOf(event.conversation), startOf(event, event.waitMs));
          if (s.waitBreached[wait] === 0) s.breachedWaits += 1;
          s.waitBreached[wait] = 1;
          s.breaches.push({ event, wait });
          break;
        }
        case 'forgotten':
          s.forgotten += 1;
          day(at).forgotten += 1;
          waitOf(conversationOf(event.conversation), startOf(event, event.waitMs));
          break;
        case 'dismissed':
          s.dismissed += 1;
          if (event.waitMs !== undefined)
            end(waitOf(conversationOf(event.conversation), at - event.waitMs), at);
          break;
        case 'focus-started':
          s.focusSessions += 1;
          break;
        case 'focus-ended':
          s.focusMs += event.focusMs ?? 0;
          break;
        case 'template-used':
          if (event.template) s.templates.set(event.template, (s.templates.get(event.template) ?? 0) + 1);
          break;
        case 'opened':
          break;
      }
    },

    result: (options?: CombineOptions): Metrics => combineMetrics([state], query, options),

    /** For combineMetrics: what this accumulator gathered. */
    state,
  };
}

export type MetricsAccumulator = ReturnType<typeof createMetricsAccumulator>;

/** Metrics of a set of events for a range and filters (see createMetricsAccumulator). */
export function computeMetrics(events: Iterable<StatsEvent>, query: StatsQuery): Metrics {
  const accumulator = createMetricsAccumulator(query);
  for (const event of events) accumulator.add(event);
  return accumulator.result();
}

export interface CombineOptions {
  /** false: leave the per-day series empty (a team's operators: only the team's is drawn). */
  perDay?: boolean;
}

/**
 * One result from several accumulators of the same query, each over its own
 * conversations: a team from its operators (conversation hashes are salted per
 * installation, so two operators never share a conversation).
 */
export function combineMetrics(
  states: readonly MetricsState[],
  query: StatsQuery,
  options: CombineOptions = {},
): Metrics {
  const { from, to } = query;
  const sum = (pick: (state: MetricsState) => number) =>
    states.reduce((total, state) => total + pick(state), 0);
  const concat = (pick: (state: MetricsState) => number[]) =>
    states.length === 1 ? pick(states[0]!) : states.flatMap(pick);

  const perHour: HourBucket[] = Array.from({ length: 24 }, (_, hour) => {
    const values = concat((state) => state.hourReplies[hour]!);
    return {
      hour,
      replies: values.length,
      customerMessages: sum((state) => state.hourCustomer[hour]!),
      breaches: sum((state) => state.hourBreaches[hour]!),
      replyMedian: median(values),
    };
  });

  const perDay =
    options.perDay === false ? [] : perDaySeries(states, from, to, createLocalClock(query.timeZone));

  const known = (value: number) => (Number.isNaN(value) ? null : value);
  const breachList: BreachEntry[] = states
    .flatMap((state) =>
      state.breaches.map(({ event, wait }) => {
        const waitStart = known(state.waitStart[wait]!);
        const endedAt = known(state.waitEnd[wait]!);
        return {
          at: event.at,
          site: event.site,
          conversation: event.conversation,
          priority: (event.priority ?? null) as PriorityLevel | null,
          operator: event.operator,
          waitStart,
          endedAt,
          waitMs: waitStart !== null && endedAt !== null ? endedAt - waitStart : null,
        };
      }),
    )
    .sort((a, b) => b.at - a.at || a.conversation.localeCompare(b.conversation));

  const templates = new Map<string, number>();
  for (const state of states)
    for (const [template, count] of state.templates)
      templates.set(template, (templates.get(template) ?? 0) + count);
  const waitCount = sum((state) => state.waitStart.length);

  return {
    range: { from, to },
    firstResponse: distribution(concat((state) => state.firstResponses)),
    reply: distribution(concat((state) => state.replies)),
    breaches: {
      count: sum((state) => state.breaches.length),
      rate: waitCount === 0 ? null : sum((state) => state.breachedWaits) / waitCount,
    },
    warnings: sum((state) => state.warnings),
    forgotten: sum((state) => state.forgotten),
    conversationsHandled: sum((state) => state.handled.size),
    customerMessages: sum((state) => state.customerMessages),
    dismissed: sum((state) => state.dismissed),
    peakWaiting: peakWaiting(states, from, to),
    perHour,
    perDay,
    breachList,
    templateUsage: [...templates]
      .map(([template, count]) => ({ template, count }))
      .sort((a, b) => b.count - a.count || a.template.localeCompare(b.template)),
    focus: { sessions: sum((state) => state.focusSessions), totalMs: sum((state) => state.focusMs) },
    sites: [...new Set(states.flatMap((state) => [...state.sites]))].sort(),
  };
}

/**
 * The longest per-day series drawn with its empty days: forty years, more than
 * any union of exports (each within ten years, none before 2000). Past it only
 * days with events are listed, so a range of 10^300 ms costs nothing.
 */
export const MAX_SERIES_DAYS = 14_610;

/**
 * Every local day of the range, empty ones included. Each accumulator's days
 * are gathered once, so the cost is the range's days plus the days with data,
 * not their product; an infinite range (stats:merge) runs from the first to
 * the last day with data.
 */
function perDaySeries(
  states: readonly MetricsState[],
  from: number,
  to: number,
  local: LocalClock,
): DayBucket[] {
  const byDay = new Map<number, DayAcc[]>();
  let firstSeen = Infinity;
  let lastSeen = -Infinity;
  for (const state of states)
    for (const [index, acc] of state.days) {
      const list = byDay.get(index);
      if (list) list.push(acc);
      else byDay.set(index, [acc]);
      if (index < firstSeen) firstSeen = index;
      if (index > lastSeen) lastSeen = index;
    }
  const firstDay = Number.isFinite(from) ? local.dayIndex(from) : firstSeen;
  const lastDay = Number.isFinite(to) ? local.dayIndex(to - 1) : lastSeen;
  if (!(to > from) || !(lastDay >= firstDay)) return [];
  const days: number[] = [];
  if (lastDay - firstDay < MAX_SERIES_DAYS)
    for (let index = firstDay; index <= lastDay; index += 1) days.push(index);
  else
    for (const index of [...byDay.keys()].sort((a, b) => a - b))
      if (index >= firstDay && index <= lastDay) days.push(index);
  return days.map((index) => {
    const accs = byDay.get(index) ?? [];
    const replies = accs.flatMap((acc) => acc.replies);
    const firstResponses = accs.flatMap((acc) => acc.firstResponses);
    const daySum = (pick: (acc: DayAcc) => number) => accs.reduce((total, acc) => total + pick(acc), 0);
    const sortedReplies = Float64Array.from(replies).sort();
    return {
      date: localDate(index),
      start: local.dayStart(index),
      replies: replies.length,
      firstResponses: firstResponses.length,
      customerMessages: daySum((acc) => acc.customerMessages),
      breaches: daySum((acc) => acc.breaches),
      forgotten: daySum((acc) => acc.forgotten),
      handled: daySum((acc) => acc.handled.size),
      replyMedian: nearestRank(sortedReplies, 50),
      replyP90: nearestRank(sortedReplies, 90),
      firstResponseMedian: median(firstResponses),
    };
  });
}

/** A sweep over wait intervals clipped to [from, to): ends sort before starts at one instant. */
function peakWaiting(states: readonly MetricsState[], from: number, to: number): Metrics['peakWaiting'] {
  const count = states.reduce((total, state) => total + state.waitStart.length, 0);
  const s = new Float64Array(count);
  const e = new Float64Array(count);
  let n = 0;
  for (const state of states) {
    const { waitStart, waitEnd } = state;
    for (let w = 0; w < waitStart.length; w += 1) {
      const start = waitStart[w]!;
      if (Number.isNaN(start)) continue;
      const stop = waitEnd[w]!;
      const begin = Math.max(start, from);
      const end = Math.min(Number.isNaN(stop) ? start + OPEN_WAIT_CAP_MS : stop, to);
      if (end <= begin) continue;
      s[n] = begin;
      e[n] = end;
      n += 1;
    }
  }
  const starts = s.subarray(0, n).sort();
  const ends = e.subarray(0, n).sort();
  let open = 0;
  let peak = 0;
  let peakAt: number | null = null;
  for (let i = 0, j = 0; i < n;) {
    if (j < n && ends[j]! <= starts[i]!) {
      open -= 1;
      j += 1;
    } else {
      open += 1;
      if (open > peak) {
        peak = open;
        peakAt = starts[i]!;
      }
      i += 1;
    }
  }
  return { count: peak, at: peakAt };
}
