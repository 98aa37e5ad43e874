import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../lib/domain/stats/metrics';
import { OPEN_WAIT_CAP_MS } from '../../../../lib/domain/stats/metrics-state';
import type { StatsEvent, StatsQuery } from '../../../../lib/domain/stats/types';

const MIN = 60_000;
const HOUR = 60 * MIN;
const MSK = 'Europe/Moscow'; // UTC+3 all year
// Local midnight of Tuesday 10 March 2026 in Moscow.
const DAY0 = Date.UTC(2026, 2, 9, 21, 0);
const at = (hours: number, minutes = 0) => DAY0 + hours * HOUR + minutes * MIN;
const SITE = 'https://desk.example';

const query = (patch: Partial<StatsQuery> = {}): StatsQuery => ({
  from: DAY0,
  to: DAY0 + 24 * HOUR,
  timeZone: MSK,
  ...patch,
});

const base = { site: SITE, operator: 'op-1', priority: 'normal' as const };
const message = (conversation: string, when: number, extra: Partial<StatsEvent> = {}): StatsEvent => ({
  ...base,
  type: 'customer-message',
  at: when,
  conversation,
  ...extra,
});
const reply = (
  conversation: string,
  when: number,
  waitedMs: number,
  extra: Partial<StatsEvent> = {},
): StatsEvent => ({
  ...base,
  type: 'reply',
  at: when,
  conversation,
  replyMs: waitedMs,
  ...extra,
});
const alert = (
  type: 'warn' | 'breach' | 'forgotten',
  conversation: string,
  when: number,
  waitStart: number,
): StatsEvent => ({ ...base, type, at: when, conversation, waitMs: when - waitStart });
/** A customer message at `start` answered at `end`. */
const wait = (conversation: string, start: number, end: number) => [
  message(conversation, start),
  reply(conversation, end, end - start),
];

describe('computeMetrics', () => {
  it('an empty range has zero counts, no medians, no rate, and still one bucket per day', () => {
    const metrics = computeMetrics([], query({ to: DAY0 + 3 * 24 * HOUR }));
    expect(metrics.reply).toEqual({ count: 0, median: null, p90: null, max: null });
    expect(metrics.firstResponse.median).toBeNull();
    expect(metrics.breaches).toEqual({ count: 0, rate: null });
    expect(metrics.peakWaiting).toEqual({ count: 0, at: null });
    expect(metrics.conversationsHandled).toBe(0);
    expect(metrics.perDay.map((day) => [day.date, day.replies, day.replyMedian])).toEqual([
      ['2026-03-10', 0, null],
      ['2026-03-11', 0, null],
      ['2026-03-12', 0, null],
    ]);
    expect(metrics.perDay[1]!.start).toBe(DAY0 + 24 * HOUR);
    expect(metrics.perHour).toHaveLength(24);
  });

  it('reply and first response times: median, p90 and max; conversations handled', () => {
    const events = [
      ...wait('a', at(9), at(9, 2)),
      {
        ...base,
        type: 'first-response',
        at: at(9, 2),
        conversation: 'a',
        firstResponseMs: 2 * MIN,
      } as StatsEvent,
      ...wait('a', at(10), at(10, 6)),
      ...wait('b', at(11), at(11, 4)),
      {
        ...base,
        type: 'first-response',
        at: at(11, 4),
        conversation: 'b',
        firstResponseMs: 30 * MIN,
      } as StatsEvent,
    ];
    const metrics = computeMetrics(events, query());
    expect(metrics.reply).toEqual({ count: 3, median: 4 * MIN, p90: 6 * MIN, max: 6 * MIN });
    expect(metrics.firstResponse).toEqual({ count: 2, median: 2 * MIN, p90: 30 * MIN, max: 30 * MIN });
    expect(metrics.conversationsHandled).toBe(2);
    expect(metrics.customerMessages).toBe(3);
  });

  it('counts events from `from` inclusive to `to` exclusive', () => {
    const events = [reply('a', DAY0, MIN), reply('b', DAY0 + 24 * HOUR, MIN), reply('c', DAY0 - 1, MIN)];
    expect(computeMetrics(events, query()).reply.count).toBe(1);
  });

  it('a conversation spanning midnight: the message counts on the day it came, the reply on the day it was sent', () => {
    const events = wait('night', at(23, 50), at(24, 10));
    const metrics = computeMetrics(events, query({ to: DAY0 + 2 * 24 * HOUR }));
    const [first, second] = metrics.perDay;
    expect([first!.customerMessages, first!.replies]).toEqual([1, 0]);
    expect([second!.customerMessages, second!.replies, second!.replyMedian]).toEqual([0, 1, 20 * MIN]);
    expect(metrics.perHour[23]!.customerMessages).toBe(1);
    expect(metrics.perHour[0]!.replies).toBe(1);
    // Asking for the second day alone still gives the whole 20-minute wait.
    const secondOnly = computeMetrics(events, query({ from: DAY0 + 24 * HOUR, to: DAY0 + 48 * HOUR }));
    expect(secondOnly.reply.median).toBe(20 * MIN);
    expect(secondOnly.customerMessages).toBe(0);
  });

  it('buckets by the offset it is given, not by the machine zone', () => {
    // 22:30 UTC on 9 March is 01:30 on 10 March in Moscow.
    const event = reply('a', Date.UTC(2026, 2, 9, 22, 30), MIN);
    const moscow = computeMetrics([event], query());
    expect(moscow.perHour[1]!.replies).toBe(1);
    expect(moscow.perDay[0]!.date).toBe('2026-03-10');
    const utc = computeMetrics([event], {
      from: Date.UTC(2026, 2, 9),
      to: Date.UTC(2026, 2, 10),
      timeZone: 'UTC',
    });
    expect(utc.perHour[22]!.replies).toBe(1);
    expect(utc.perDay.map((day) => day.date)).toEqual(['2026-03-09']);
  });

  it('breach rate is breached waits over waits; the breach list shows how long each customer waited', () => {
    const events = [
      ...wait('a', at(9), at(9, 3)),
      ...wait('b', at(9), at(9, 4)),
      ...wait('c', at(10), at(10, 25)),
      alert('warn', 'c', at(10, 5), at(10)),
      alert('breach', 'c', at(10, 10), at(10)),
      message('d', at(12)),
      alert('breach', 'd', at(12, 10), at(12)),
      alert('forgotten', 'd', at(12, 20), at(12)),
    ];
    const metrics = computeMetrics(events, query());
    expect(metrics.breaches).toEqual({ count: 2, rate: 0.5 });
    expect(metrics.warnings).toBe(1);
    expect(metrics.forgotten).toBe(1);
    expect(metrics.breachList.map((b) => [b.conversation, b.waitMs, b.endedAt])).toEqual([
      ['d', null, null],
      ['c', 25 * MIN, at(10, 25)],
    ]);
    expect(metrics.perHour[10]!.breaches).toBe(1);
    expect(metrics.perDay[0]!.breaches).toBe(2);
  });

  it('a dismissal ends a wait without a reply', () => {
    const events = [
      message('a', at(9)),
      { ...base, type: 'dismissed', at: at(9, 30), conversation: 'a', waitMs: 30 * MIN } as StatsEvent,
      message('b', at(9, 40)),
    ];
    const metrics = computeMetrics(events, query());
    expect(metrics.dismissed).toBe(1);
    expect(metrics.reply.count).toBe(0);
    // a ended at 9:30 before b began: never two at once.
    expect(metrics.peakWaiting.count).toBe(1);
  });

  describe('peak concurrent waiting', () => {
    it('is the most customers waiting at one instant; a reply and a new message at one instant do not overlap', () => {
      const events = [
        ...wait('a', at(10), at(10, 5)),
        ...wait('b', at(10, 2), at(10, 8)),
        ...wait('c', at(10, 5), at(10, 6)),
      ];
      expect(computeMetrics(events, query()).peakWaiting).toEqual({ count: 2, at: at(10, 2) });
    });

    it('counts a wait that began before the range from the range start', () => {
      const events = [reply('old', at(0, 30), 2 * HOUR), ...wait('new', at(0, 10), at(0, 20))];
      expect(computeMetrics(events, query()).peakWaiting).toEqual({ count: 2, at: at(0, 10) });
    });

    it('counts an unanswered wait at most 12 hours, and only inside the range', () => {
      const events = [message('gone', at(1)), message('later', at(1) + OPEN_WAIT_CAP_MS)];
      expect(computeMetrics(events, query()).peakWaiting.count).toBe(1);
      const both = [message('x', at(1)), message('y', at(12))];
      expect(computeMetrics(both, query()).peakWaiting).toEqual({ count: 2, at: at(12) });
    });
  });

  it('filters by site and priority; the site list ignores the site filter', () => {
    const events = [
      reply('a', at(9), MIN),
      reply('b', at(9), 2 * MIN, { site: 'https://other.example' }),
      reply('c', at(9), 3 * MIN, { priority: 'vip' }),
    ];
    const bySite = computeMetrics(events, query({ site: SITE }));
    expect(bySite.reply.count).toBe(2);
    expect(bySite.sites).toEqual(['https://desk.example', 'https://other.example']);
    expect(computeMetrics(events, query({ priority: 'vip' })).reply.median).toBe(3 * MIN);
  });

  it('counts template uses per template (most used first) and focus time', () => {
    const used = (template: string, when: number): StatsEvent => ({
      ...base,
      type: 'template-used',
      at: when,
      conversation: 'a',
      template,
    });
    const events: StatsEvent[] = [
      used('thanks', at(9)),
      used('refund', at(9, 1)),
      used('refund', at(9, 2)),
      { ...base, site: '', conversation: '', type: 'focus-started', at: at(13) },
      { ...base, site: '', conversation: '', type: 'focus-ended', at: at(13, 30), focusMs: 30 * MIN },
    ];
    const metrics = computeMetrics(events, query());
    expect(metrics.templateUsage).toEqual([
      { template: 'refund', count: 2 },
      { template: 'thanks', count: 1 },
    ]);
    expect(metrics.focus).toEqual({ sessions: 1, totalMs: 30 * MIN });
  });

  it('gives the same figures whatever order the events come in (files merged in any order)', () => {
    const events = [
      ...wait('a', at(9), at(9, 12)),
      alert('breach', 'a', at(9, 10), at(9)),
      ...wait('b', at(9, 5), at(9, 7)),
      message('c', at(9, 6)),
    ];
    const forward = computeMetrics(events, query());
    const backward = computeMetrics([...events].reverse(), query());
    expect(backward).toEqual(forward);
    expect(forward.breaches.rate).toBeCloseTo(1 / 3);
    expect(forward.peakWaiting.count).toBe(3);
  });

  it('a range of 10^300 ms, or 150,000 days with events, lists only the days with data', () => {
    // Spread into Math.min, 130,000 days overflowed the call stack.
    const DAY = 24 * HOUR;
    const days = Array.from({ length: 150_000 }, (_, i): StatsEvent => ({
      ...base,
      type: 'forgotten',
      at: DAY0 - i * DAY,
      conversation: 'c',
    }));
    // In UTC: Moscow's own clock of four centuries ago is not what this is about.
    const wide = computeMetrics(days, query({ from: -Infinity, to: Infinity, timeZone: 'UTC' }));
    expect(wide.forgotten).toBe(150_000);
    expect(wide.perDay).toHaveLength(150_000);
    expect(wide.perDay[0]!.date).toBe(new Date(DAY0 - 149_999 * DAY).toISOString().slice(0, 10));
    const far = computeMetrics([message('a', DAY0)], query({ from: DAY0, to: 1e300 }));
    expect(far.perDay.map((day) => [day.date, day.customerMessages])).toEqual([['2026-03-10', 1]]);
  }, 30_000);

  it('links 20,000 warnings of one conversation to their waits without walking every wait each time', () => {
    const warnings = Array.from({ length: 20_000 }, (_, i): StatsEvent => ({
      ...base,
      type: i % 2 ? 'breach' : 'warn',
      at: at(12),
      conversation: 'c',
      waitMs: Math.floor(i / 2) * 1000,
    }));
    const metrics = computeMetrics(warnings, query());
    // 10,000 waits (each warned, then breached): every one breached.
    expect(metrics.breaches).toEqual({ count: 10_000, rate: 1 });
  });
});

describe('local hours and days across a daylight-saving change (Europe/Berlin)', () => {
  const BERLIN = 'Europe/Berlin';
  /** A customer message half past every UTC hour from `first` to `last`, each in its own conversation. */
  const hourly = (first: number, last: number) =>
    Array.from({ length: (last - first) / HOUR + 1 }, (_, i) =>
      message(`c${i}`, first + i * HOUR + 30 * MIN),
    );
  const perHour = (metrics: ReturnType<typeof computeMetrics>) =>
    metrics.perHour.map((bucket) => bucket.customerMessages);

  it('29 March 2026 has 23 hours: 02:00 never happens, every other hour holds its own message', () => {
    const start = Date.UTC(2026, 2, 28, 23); // local midnight, CET (UTC+1)
    const end = Date.UTC(2026, 2, 29, 22); // the next local midnight, CEST (UTC+2)
    const metrics = computeMetrics(hourly(start, end - HOUR), { from: start, to: end, timeZone: BERLIN });
    expect(perHour(metrics)).toEqual(Array.from({ length: 24 }, (_, hour) => (hour === 2 ? 0 : 1)));
    expect(
      metrics.perDay.map(({ date, start, customerMessages }) => [date, start, customerMessages]),
    ).toEqual([['2026-03-29', Date.UTC(2026, 2, 28, 23), 23]]);
  });

  it('25 October 2026 has 25 hours: both 02:00s fall in hour 2, every other hour holds its own message', () => {
    const start = Date.UTC(2026, 9, 24, 22); // local midnight, CEST (UTC+2)
    const end = Date.UTC(2026, 9, 25, 23); // the next local midnight, CET (UTC+1)
    const metrics = computeMetrics(hourly(start, end - HOUR), { from: start, to: end, timeZone: BERLIN });
    expect(perHour(metrics)).toEqual(Array.from({ length: 24 }, (_, hour) => (hour === 2 ? 2 : 1)));
    expect(
      metrics.perDay.map(({ date, start, customerMessages }) => [date, start, customerMessages]),
    ).toEqual([['2026-10-25', Date.UTC(2026, 9, 24, 22), 25]]);
  });

  it('a week across the change starts each day at its own local midnight', () => {
    const from = Date.UTC(2026, 2, 26, 23); // Friday 27 March, 00:00 CET
    const to = Date.UTC(2026, 3, 2, 22); // Friday 3 April, 00:00 CEST
    const days = computeMetrics([], { from, to, timeZone: BERLIN }).perDay;
    expect(days.map((day) => day.date)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
    ]);
    expect(days.map((day) => new Date(day.start).getUTCHours())).toEqual([23, 23, 23, 22, 22, 22, 22]);
  });
});
