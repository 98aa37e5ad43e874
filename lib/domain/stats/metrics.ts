import type { PriorityLevel } from '../thresholds';
import { localDate, localDayIndex, localDayStart, localHour } from './local-time';
import { distribution, nearestRank } from './percentile';
import type { BreachEntry, DayBucket, HourBucket, Metrics, StatsEvent, StatsQuery } from './types';

/**
 * A wait that got neither a reply nor a dismissal counts as waiting at most
 * this long: the queue drops a conversation nobody has seen for 12 hours as
 * closed in the desk (STALE_AFTER_MS), and a customer's closing "thanks" must
 * not count as waiting for the rest of the month.
 */
export const OPEN_WAIT_CAP_MS = 12 * 3_600_000;

/** One customer's wait: from the customer-message (its start) to a reply or dismissal. */
interface Wait {
  start: number | null;
  end: number | null;
  breached: boolean;
}

interface DayAcc {
  replies: number[];
  firstResponses: number[];
  customerMessages: number;
  breaches: number;
  forgotten: number;
  handled: Set<string>;
}

const newDay = (): DayAcc => ({
  replies: [],
  firstResponses: [],
  customerMessages: 0,
  breaches: 0,
  forgotten: 0,
  handled: new Set(),
});

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
  const { from, to, utcOffsetMin: offset } = query;
  const replies: number[] = [];
  const firstResponses: number[] = [];
  const hourReplies: number[][] = Array.from({ length: 24 }, () => []);
  const hourCustomer = new Array<number>(24).fill(0);
  const hourBreaches = new Array<number>(24).fill(0);
  const days = new Map<number, DayAcc>();
  const waits = new Map<string, Wait>();
  const breaches: { event: StatsEvent; wait: Wait }[] = [];
  const handled = new Set<string>();
  const templates = new Map<string, number>();
  const sites = new Set<string>();
  let customerMessages = 0;
  let warnings = 0;
  let forgotten = 0;
  let dismissed = 0;
  let focusSessions = 0;
  let focusMs = 0;

  const day = (at: number) => {
    const index = localDayIndex(at, offset);
    let acc = days.get(index);
    if (!acc) days.set(index, (acc = newDay()));
    return acc;
  };

  /** The wait an event belongs to; `start` null when the event cannot say (old data). */
  const waitOf = (event: StatsEvent, start: number | null) => {
    const key = `${event.conversation}\u0000${start ?? `?${event.at}`}`;
    let wait = waits.get(key);
    if (!wait) waits.set(key, (wait = { start, end: null, breached: false }));
    return wait;
  };
  const startOf = (event: StatsEvent, ms: number | undefined) => (ms === undefined ? null : event.at - ms);

  return {
    add(event: StatsEvent): void {
      const { at } = event;
      if (!(at >= from && at < to)) return;
      if (event.site !== '') sites.add(event.site);
      if (query.site !== undefined && event.site !== query.site) return;
      if (query.priority !== undefined && event.priority !== query.priority) return;
      const hour = localHour(at, offset);
      switch (event.type) {
        case 'customer-message':
          customerMessages += 1;
          hourCustomer[hour]! += 1;
          day(at).customerMessages += 1;
          waitOf(event, at);
          break;
        case 'reply': {
          const ms = event.replyMs ?? 0;
          replies.push(ms);
          hourReplies[hour]!.push(ms);
          const d = day(at);
          d.replies.push(ms);
          d.handled.add(event.conversation);
          handled.add(event.conversation);
          const wait = waitOf(event, at - ms);
          wait.end = wait.end === null ? at : Math.min(wait.end, at);
          break;
        }
        case 'first-response': {
          const ms = event.firstResponseMs ?? 0;
          firstResponses.push(ms);
          day(at).firstResponses.push(ms);
          break;
        }
        case 'warn':
          warnings += 1;
          waitOf(event, startOf(event, event.waitMs));
          break;
        case 'breach': {
          hourBreaches[hour]! += 1;
          day(at).breaches += 1;
          const wait = waitOf(event, startOf(event, event.waitMs));
          wait.breached = true;
          breaches.push({ event, wait });
          break;
        }
        case 'forgotten':
          forgotten += 1;
          day(at).forgotten += 1;
          waitOf(event, startOf(event, event.waitMs));
          break;
        case 'dismissed':
          dismissed += 1;
          if (event.waitMs !== undefined) {
            const wait = waitOf(event, at - event.waitMs);
            wait.end = wait.end === null ? at : Math.min(wait.end, at);
          }
          break;
        case 'focus-started':
          focusSessions += 1;
          break;
        case 'focus-ended':
          focusMs += event.focusMs ?? 0;
          break;
        case 'template-used':
          if (event.template) templates.set(event.template, (templates.get(event.template) ?? 0) + 1);
          break;
        case 'opened':
          break;
      }
    },

    result(): Metrics {
      const perHour: HourBucket[] = hourReplies.map((values, hour) => ({
        hour,
        replies: values.length,
        customerMessages: hourCustomer[hour]!,
        breaches: hourBreaches[hour]!,
        replyMedian: median(values),
      }));

      const perDay: DayBucket[] = [];
      const seenDays = [...days.keys()];
      const firstDay = Number.isFinite(from) ? localDayIndex(from, offset) : Math.min(...seenDays);
      const lastDay = Number.isFinite(to) ? localDayIndex(to - 1, offset) : Math.max(...seenDays);
      for (let index = firstDay; to > from && index <= lastDay; index += 1) {
        const acc = days.get(index) ?? newDay();
        perDay.push({
          date: localDate(index),
          start: localDayStart(index, offset),
          replies: acc.replies.length,
          firstResponses: acc.firstResponses.length,
          customerMessages: acc.customerMessages,
          breaches: acc.breaches,
          forgotten: acc.forgotten,
          handled: acc.handled.size,
          replyMedian: median(acc.replies),
          replyP90: nearestRank(Float64Array.from(acc.replies).sort(), 90),
          firstResponseMedian: median(acc.firstResponses),
        });
      }

      let breachedWaits = 0;
      for (const wait of waits.values()) if (wait.breached) breachedWaits += 1;

      const breachList: BreachEntry[] = breaches
        .map(({ event, wait }) => ({
          at: event.at,
          site: event.site,
          conversation: event.conversation,
          priority: (event.priority ?? null) as PriorityLevel | null,
          operator: event.operator,
          waitStart: wait.start,
          endedAt: wait.end,
          waitMs: wait.start !== null && wait.end !== null ? wait.end - wait.start : null,
        }))
        .sort((a, b) => b.at - a.at || a.conversation.localeCompare(b.conversation));

      return {
        range: { from, to },
        firstResponse: distribution(firstResponses),
        reply: distribution(replies),
        breaches: { count: breaches.length, rate: waits.size === 0 ? null : breachedWaits / waits.size },
        warnings,
        forgotten,
        conversationsHandled: handled.size,
        customerMessages,
        dismissed,
        peakWaiting: peakWaiting(waits.values(), from, to),
        perHour,
        perDay,
        breachList,
        templateUsage: [...templates]
          .map(([template, count]) => ({ template, count }))
          .sort((a, b) => b.count - a.count || a.template.localeCompare(b.template)),
        focus: { sessions: focusSessions, totalMs: focusMs },
        sites: [...sites].sort(),
      };
    },
  };
}

export type MetricsAccumulator = ReturnType<typeof createMetricsAccumulator>;

/** Metrics of a set of events for a range and filters (see createMetricsAccumulator). */
export function computeMetrics(events: Iterable<StatsEvent>, query: StatsQuery): Metrics {
  const accumulator = createMetricsAccumulator(query);
  for (const event of events) accumulator.add(event);
  return accumulator.result();
}

/** A sweep over wait intervals clipped to [from, to): ends sort before starts at one instant. */
function peakWaiting(waits: Iterable<Wait>, from: number, to: number): Metrics['peakWaiting'] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const wait of waits) {
    if (wait.start === null) continue;
    const begin = Math.max(wait.start, from);
    const end = Math.min(wait.end ?? wait.start + OPEN_WAIT_CAP_MS, to);
    if (end <= begin) continue;
    starts.push(begin);
    ends.push(end);
  }
  const s = Float64Array.from(starts).sort();
  const e = Float64Array.from(ends).sort();
  let open = 0;
  let peak = 0;
  let peakAt: number | null = null;
  for (let i = 0, j = 0; i < s.length;) {
    if (j < e.length && e[j]! <= s[i]!) {
      open -= 1;
      j += 1;
    } else {
      open += 1;
      if (open > peak) {
        peak = open;
        peakAt = s[i]!;
      }
      i += 1;
    }
  }
  return { count: peak, at: peakAt };
}
