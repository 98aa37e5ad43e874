import type { PriorityLevel } from '../thresholds';
import { createLocalClock, localDate, type LocalClock } from './local-time';
import { median, OPEN_WAIT_CAP_MS, type DayAcc, type MetricsState } from './metrics-state';
import { distribution, nearestRank } from './percentile';
import type { BreachEntry, DayBucket, HourBucket, Metrics, StatsQuery } from './types';

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
