import { combineMetrics, type CombineOptions } from './combine-metrics';
import { createLocalClock } from './local-time';
import { LONG_CHAIN, newDay, type DayAcc, type MetricsState } from './metrics-state';
import type { Metrics, StatsEvent, StatsQuery } from './types';

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
