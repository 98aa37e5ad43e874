import { describe, expect, it } from 'vitest';
import {
  isMinutePrecision,
  parseShownTime,
  waitAtLeastSeconds,
  type ShownTime,
} from '../../../lib/domain/shown-time/parse-shown-time';

// Every instant is written with its offset and every call names its zone, so the
// machine's own TZ never matters (the suite is run under TZ=UTC and TZ=Asia/Kolkata).
const at = (iso: string) => {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`bad instant in test: ${iso}`);
  return instant;
};
const MOSCOW = 'Europe/Moscow';
/** Thursday 3 December 2026, 15:00 in Moscow (12:00 UTC). */
const NOW = at('2026-12-03T15:00:00+03:00');

const range = (earliest: string, latest: string, kind: ShownTime['kind'] = 'absolute'): ShownTime => ({
  earliest: at(earliest),
  latest: at(latest),
  kind,
});

describe('parseShownTime: clock times and dates (Moscow, now 3 Dec 2026 15:00)', () => {
  it.each([
    // clock times, to the minute or to the second
    ['14:05', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['14:05:32', '2026-12-03T14:05:32+03:00', '2026-12-03T14:05:32.999+03:00'],
    ['9:15', '2026-12-03T09:15:00+03:00', '2026-12-03T09:15:59.999+03:00'],
    ['2:05 PM', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['2:05pm', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['2:05 p.m.', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['12:30 AM', '2026-12-03T00:30:00+03:00', '2026-12-03T00:30:59.999+03:00'],
    ['12:30 PM', '2026-12-03T12:30:00+03:00', '2026-12-03T12:30:59.999+03:00'],
    ['2:05:32 PM', '2026-12-03T14:05:32+03:00', '2026-12-03T14:05:32.999+03:00'],
    // a clock time later than now is yesterday's
    ['16:20', '2026-12-02T16:20:00+03:00', '2026-12-02T16:20:59.999+03:00'],
    ['11:40 PM', '2026-12-02T23:40:00+03:00', '2026-12-02T23:40:59.999+03:00'],
    // dates alone cover the whole day
    ['02.12.2026', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['2.12.26', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['2026-12-02', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['2 Dec', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['Dec 2', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['December 2nd', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['2 дек', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['2 дек.', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['2 декабря', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['02.12', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['3 декабря 2025', '2025-12-03T00:00:00+03:00', '2025-12-03T23:59:59.999+03:00'],
    ['3 дек. 2025 г.', '2025-12-03T00:00:00+03:00', '2025-12-03T23:59:59.999+03:00'],
    ['Dec 3, 2025', '2025-12-03T00:00:00+03:00', '2025-12-03T23:59:59.999+03:00'],
    ['3 Dec 2025', '2025-12-03T00:00:00+03:00', '2025-12-03T23:59:59.999+03:00'],
    ['25/11/2026', '2026-11-25T00:00:00+03:00', '2026-11-25T23:59:59.999+03:00'],
    ['11/25/2026', '2026-11-25T00:00:00+03:00', '2026-11-25T23:59:59.999+03:00'],
    // today's date: from midnight to now
    ['03.12.2026', '2026-12-03T00:00:00+03:00', '2026-12-03T15:00:00+03:00'],
    ['3 дек', '2026-12-03T00:00:00+03:00', '2026-12-03T15:00:00+03:00'],
    ['Dec 3', '2026-12-03T00:00:00+03:00', '2026-12-03T15:00:00+03:00'],
    ['03.12', '2026-12-03T00:00:00+03:00', '2026-12-03T15:00:00+03:00'],
    // a date without a year that is still to come this year is last year's
    ['25.12', '2025-12-25T00:00:00+03:00', '2025-12-25T23:59:59.999+03:00'],
    ['25 декабря', '2025-12-25T00:00:00+03:00', '2025-12-25T23:59:59.999+03:00'],
    ['Dec 25', '2025-12-25T00:00:00+03:00', '2025-12-25T23:59:59.999+03:00'],
    ['5 янв', '2026-01-05T00:00:00+03:00', '2026-01-05T23:59:59.999+03:00'],
    ['5 мая', '2026-05-05T00:00:00+03:00', '2026-05-05T23:59:59.999+03:00'],
    // dates with a time
    ['03.12.2026 14:05', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['03.12.2026, 14:05', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['02.12.2026 в 18:40', '2026-12-02T18:40:00+03:00', '2026-12-02T18:40:59.999+03:00'],
    ['2 декабря в 14:05', '2026-12-02T14:05:00+03:00', '2026-12-02T14:05:59.999+03:00'],
    ['2 дек, 14:05', '2026-12-02T14:05:00+03:00', '2026-12-02T14:05:59.999+03:00'],
    ['Dec 2, 2:05 PM', '2026-12-02T14:05:00+03:00', '2026-12-02T14:05:59.999+03:00'],
    ['Dec 3, 2025, 2:05 PM', '2025-12-03T14:05:00+03:00', '2025-12-03T14:05:59.999+03:00'],
    ['Dec 2 at 2:05 PM', '2026-12-02T14:05:00+03:00', '2026-12-02T14:05:59.999+03:00'],
    ['02.12 14:05', '2026-12-02T14:05:00+03:00', '2026-12-02T14:05:59.999+03:00'],
    ['2026-12-02, 14:05', '2026-12-02T14:05:00+03:00', '2026-12-02T14:05:59.999+03:00'],
    ['14:05 02.12', '2026-12-02T14:05:00+03:00', '2026-12-02T14:05:59.999+03:00'],
    ['14:05, 2 дек', '2026-12-02T14:05:00+03:00', '2026-12-02T14:05:59.999+03:00'],
    // yesterday and today
    ['вчера, 18:40', '2026-12-02T18:40:00+03:00', '2026-12-02T18:40:59.999+03:00'],
    ['Вчера в 18:40', '2026-12-02T18:40:00+03:00', '2026-12-02T18:40:59.999+03:00'],
    ['Yesterday, 18:40', '2026-12-02T18:40:00+03:00', '2026-12-02T18:40:59.999+03:00'],
    ['Yesterday at 6:40 PM', '2026-12-02T18:40:00+03:00', '2026-12-02T18:40:59.999+03:00'],
    ['Yesterday', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['вчера', '2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'],
    ['позавчера', '2026-12-01T00:00:00+03:00', '2026-12-01T23:59:59.999+03:00'],
    ['сегодня, 09:15', '2026-12-03T09:15:00+03:00', '2026-12-03T09:15:59.999+03:00'],
    ['Today 9:15', '2026-12-03T09:15:00+03:00', '2026-12-03T09:15:59.999+03:00'],
    ['Today at 9:15 AM', '2026-12-03T09:15:00+03:00', '2026-12-03T09:15:59.999+03:00'],
    ['Сегодня', '2026-12-03T00:00:00+03:00', '2026-12-03T15:00:00+03:00'],
    // odd spacing and case as consoles render it
    ['  14:05  ', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['2:05\u202fPM', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['ВЧЕРА,\u00a018:40', '2026-12-02T18:40:00+03:00', '2026-12-02T18:40:59.999+03:00'],
  ])('reads %j', (text, earliest, latest) => {
    expect(parseShownTime(text, NOW, { timeZone: MOSCOW })).toEqual(range(earliest, latest));
  });
});

describe('parseShownTime: attribute values (datetime, title)', () => {
  it.each([
    ['2026-12-03T11:05:00Z', '2026-12-03T11:05:00Z', '2026-12-03T11:05:00.999Z'],
    ['2026-12-03T11:05:00.000Z', '2026-12-03T11:05:00Z', '2026-12-03T11:05:00Z'],
    ['2026-12-03T11:05:00.25Z', '2026-12-03T11:05:00.250Z', '2026-12-03T11:05:00.259Z'],
    ['2026-12-03T14:05:00+03:00', '2026-12-03T11:05:00Z', '2026-12-03T11:05:00.999Z'],
    ['2026-12-03T06:05:00-05:00', '2026-12-03T11:05:00Z', '2026-12-03T11:05:00.999Z'],
    ['2026-12-03T14:05:00+0300', '2026-12-03T11:05:00Z', '2026-12-03T11:05:00.999Z'],
    ['2026-12-03T11:05Z', '2026-12-03T11:05:00Z', '2026-12-03T11:05:59.999Z'],
    // without a zone: local (read in the given zone)
    ['2026-12-03T14:05:00', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:00.999+03:00'],
    ['2026-12-03T14:05', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
    ['2026-12-03 14:05:32', '2026-12-03T14:05:32+03:00', '2026-12-03T14:05:32.999+03:00'],
    // title texts
    ['03.12.2026 14:05:32', '2026-12-03T14:05:32+03:00', '2026-12-03T14:05:32.999+03:00'],
    ['[2] 07:25:32', '2026-12-03T07:25:32+03:00', '2026-12-03T07:25:32.999+03:00'],
    ['[15] 14:05', '2026-12-03T14:05:00+03:00', '2026-12-03T14:05:59.999+03:00'],
  ])('reads %j', (text, earliest, latest) => {
    expect(parseShownTime(text, NOW, { timeZone: MOSCOW })).toEqual(range(earliest, latest));
  });
});

describe('parseShownTime: ages relative to now', () => {
  it.each([
    'now',
    'just now',
    'Just now',
    'right now',
    'a few seconds ago',
    'сейчас',
    'только что',
    'Только что',
  ])('%j is the last minute', (text) => {
    expect(parseShownTime(text, NOW, { timeZone: MOSCOW })).toEqual({
      earliest: NOW - 60_000,
      latest: NOW,
      kind: 'relative',
    });
  });

  const m = 60;
  const h = 3600;
  const d = 86_400;
  // [text, age shown (s), smallest unit shown (s)]: the message arrived in
  // (now − age − unit, now − age], i.e. from now − age − unit + 1 ms to now − age.
  it.each([
    ['3m', 3 * m, m],
    ['5 мин', 5 * m, m],
    ['5 min', 5 * m, m],
    ['5 minutes ago', 5 * m, m],
    ['5 минут назад', 5 * m, m],
    ['3 мин назад', 3 * m, m],
    ['3 мин. назад', 3 * m, m],
    ['a minute ago', m, m],
    ['минуту назад', m, m],
    ['45 s', 45, 1],
    ['45 сек', 45, 1],
    ['2h ago', 2 * h, h],
    ['2 ч назад', 2 * h, h],
    ['2 часа назад', 2 * h, h],
    ['2 hours ago', 2 * h, h],
    ['an hour ago', h, h],
    ['час назад', h, h],
    ['1h 5m ago', h + 5 * m, m],
    ['1h5m', h + 5 * m, m],
    ['1 ч 5 мин', h + 5 * m, m],
    ['1 hour and 5 minutes ago', h + 5 * m, m],
    ['1 час и 5 минут назад', h + 5 * m, m],
    ['1 h, 5 min', h + 5 * m, m],
    ['06 m. 20 s.', 6 * m + 20, 1],
    ['06 мин. 20 сек.', 6 * m + 20, 1],
    ['2 h. 05 m. 20 s.', 2 * h + 5 * m + 20, 1],
    ['2 ч. 05 мин. 20 сек.', 2 * h + 5 * m + 20, 1],
    ['3d', 3 * d, d],
    ['3 days ago', 3 * d, d],
    ['2 дня назад', 2 * d, d],
    ['5 дней назад', 5 * d, d],
    ['1w', 7 * d, 7 * d],
    ['1 week ago', 7 * d, 7 * d],
    ['1 нед', 7 * d, 7 * d],
    ['2 недели назад', 14 * d, 7 * d],
  ])('reads %j', (text, ageSeconds, unitSeconds) => {
    expect(parseShownTime(text, NOW, { timeZone: MOSCOW })).toEqual({
      earliest: NOW - (ageSeconds + unitSeconds) * 1000 + 1,
      latest: NOW - ageSeconds * 1000,
      kind: 'relative',
    });
  });

  it('reads "06 m. 20 s." to the second: between 6:21 and 6:20 ago', () => {
    const shown = parseShownTime('06 m. 20 s.', NOW)!;
    expect(NOW - shown.latest).toBe(380_000);
    expect(NOW - shown.earliest).toBeLessThan(381_000);
    expect(NOW - shown.earliest).toBeGreaterThan(380_000);
  });
});

describe('parseShownTime: refuses what is not confidently a time', () => {
  it.each([
    // names, numbers, prices
    '',
    '   ',
    'Иван Петров',
    'John Smith',
    'Заказ 58213',
    '58213',
    '4101',
    '#4101',
    '№4101',
    '[2]',
    '$14.05',
    '14.05 ₽',
    '1 500 ₽',
    '12.50',
    '99.99',
    '3.12',
    '1.5',
    '1:30:00:00',
    // impossible clocks and dates
    '25:00',
    '14:60',
    '14:05:61',
    '13:05 PM',
    '0:30 AM',
    '32.12.2026',
    '29.02.2026',
    '31 фев',
    'Dec 32',
    '2026-13-01',
    '2026-12-03T24:00',
    '2026-12-03T14:05:00+15:00',
    '03.12.1987',
    // ambiguous day/month order
    '03/12/2026',
    // ages that are not waits, or not precise
    '5',
    '5 parsecs',
    '5 min 3',
    '5 мин назад назад',
    'in 5 min',
    'через 5 минут',
    '2 months ago',
    '2 месяца назад',
    '1y',
    'about 2 hours ago',
    'около 2 часов назад',
    '5m 1h',
    '5m 5m',
    'ago',
    'назад',
    'minutes ago',
    // words that look like days but are not
    'завтра',
    'tomorrow',
    'Tomorrow 9:15',
    'вчера вечером',
    'Yesterday, sometime',
    // explicit dates and instants still to come
    '04.12.2026',
    '2026-12-04',
    '4 декабря 2026',
    'Dec 3, 2027',
    '2026-12-03T18:00:00Z',
    'сегодня, 23:50',
    'Today 11:50 PM',
    // a sentence is not a time
    'Добрый день! Заказ был оформлен вчера в 18:40, но до сих пор не пришёл',
  ])('%j → null', (text) => {
    expect(parseShownTime(text, NOW, { timeZone: MOSCOW })).toBeNull();
  });

  it('reads no clock time or date in a zone the runtime does not know, but still reads ages and instants', () => {
    expect(parseShownTime('14:05', NOW, { timeZone: 'Mars/Olympus_Mons' })).toBeNull();
    expect(parseShownTime('вчера', NOW, { timeZone: 'Mars/Olympus_Mons' })).toBeNull();
    expect(parseShownTime('2026-12-03T14:05', NOW, { timeZone: 'Mars/Olympus_Mons' })).toBeNull();
    expect(parseShownTime('5 мин', NOW, { timeZone: 'Mars/Olympus_Mons' })?.kind).toBe('relative');
    expect(parseShownTime('2026-12-03T11:05:00Z', NOW, { timeZone: 'Mars/Olympus_Mons' })?.earliest).toBe(
      at('2026-12-03T11:05:00Z'),
    );
  });

  it('refuses an instant that is not a number', () => {
    expect(parseShownTime('5 мин', Number.NaN)).toBeNull();
  });
});

describe('parseShownTime: midnight, clock skew and time zones', () => {
  it.each([
    // [text, now, earliest, latest]
    ['23:59', '2026-12-04T00:01:00+03:00', '2026-12-03T23:59:00+03:00', '2026-12-03T23:59:59.999+03:00'],
    ['23:50', '2026-12-04T00:10:00+03:00', '2026-12-03T23:50:00+03:00', '2026-12-03T23:50:59.999+03:00'],
    ['11:59 PM', '2026-12-04T00:01:00+03:00', '2026-12-03T23:59:00+03:00', '2026-12-03T23:59:59.999+03:00'],
    [
      'вчера, 23:30',
      '2026-12-04T00:05:00+03:00',
      '2026-12-03T23:30:00+03:00',
      '2026-12-03T23:30:59.999+03:00',
    ],
    [
      'Yesterday 11:30 PM',
      '2026-12-04T00:05:00+03:00',
      '2026-12-03T23:30:00+03:00',
      '2026-12-03T23:30:59.999+03:00',
    ],
    ['00:03', '2026-12-04T00:05:00+03:00', '2026-12-04T00:03:00+03:00', '2026-12-04T00:03:59.999+03:00'],
    ['вчера', '2027-01-01T00:05:00+03:00', '2026-12-31T00:00:00+03:00', '2026-12-31T23:59:59.999+03:00'],
    ['31 дек', '2027-01-01T00:05:00+03:00', '2026-12-31T00:00:00+03:00', '2026-12-31T23:59:59.999+03:00'],
    ['31.12', '2027-01-01T00:05:00+03:00', '2026-12-31T00:00:00+03:00', '2026-12-31T23:59:59.999+03:00'],
    // the minute shown is still running: it ends now
    ['15:00', '2026-12-03T15:00:30+03:00', '2026-12-03T15:00:00+03:00', '2026-12-03T15:00:30+03:00'],
    // a console's clock a little ahead of ours: today, not yesterday, and not after now
    ['15:01', '2026-12-03T15:00:00+03:00', '2026-12-03T15:00:00+03:00', '2026-12-03T15:00:00+03:00'],
    // beyond the skew a clock time is yesterday's
    ['15:05', '2026-12-03T15:00:00+03:00', '2026-12-02T15:05:00+03:00', '2026-12-02T15:05:59.999+03:00'],
  ])('reads %j at %s', (text, now, earliest, latest) => {
    expect(parseShownTime(text, at(now), { timeZone: MOSCOW })).toEqual(range(earliest, latest));
  });

  it('reads the same clock time in two zones as instants 8 hours apart', () => {
    const now = at('2026-12-03T20:00:00Z');
    const moscow = parseShownTime('14:05', now, { timeZone: 'Europe/Moscow' })!;
    const newYork = parseShownTime('14:05', now, { timeZone: 'America/New_York' })!;
    expect(moscow.earliest).toBe(at('2026-12-03T11:05:00Z'));
    expect(newYork.earliest).toBe(at('2026-12-03T19:05:00Z'));
    expect(newYork.earliest - moscow.earliest).toBe(8 * 3_600_000);
    expect(parseShownTime('Yesterday at 2:05 PM', now, { timeZone: 'America/New_York' })!.earliest).toBe(
      at('2026-12-02T19:05:00Z'),
    );
  });

  it('reads a day in the zone, not in UTC: "вчера" at 01:00 in Moscow is 22:00 UTC the day before', () => {
    const now = at('2026-12-03T01:00:00+03:00');
    expect(parseShownTime('вчера', now, { timeZone: MOSCOW })).toEqual(
      range('2026-12-02T00:00:00+03:00', '2026-12-02T23:59:59.999+03:00'),
    );
    expect(parseShownTime('Yesterday', now, { timeZone: 'UTC' })).toEqual(
      range('2026-12-01T00:00:00Z', '2026-12-01T23:59:59.999Z'),
    );
  });

  it.each([
    // Europe/Berlin sets its clocks back on 25 Oct 2026: 03:00 CEST becomes 02:00 CET
    [
      'Europe/Berlin',
      '14:05',
      '2026-10-25T18:00:00+01:00',
      '2026-10-25T13:05:00Z',
      '2026-10-25T13:05:59.999Z',
    ],
    [
      'Europe/Berlin',
      '01:30',
      '2026-10-25T18:00:00+01:00',
      '2026-10-24T23:30:00Z',
      '2026-10-24T23:30:59.999Z',
    ],
    // 02:30 happened twice that night: the range covers both
    [
      'Europe/Berlin',
      '02:30',
      '2026-10-25T18:00:00+01:00',
      '2026-10-25T00:30:00Z',
      '2026-10-25T01:30:59.999Z',
    ],
    // the day itself is 25 hours long
    [
      'Europe/Berlin',
      'вчера',
      '2026-10-26T09:00:00+01:00',
      '2026-10-24T22:00:00Z',
      '2026-10-25T22:59:59.999Z',
    ],
    [
      'Europe/Berlin',
      '25.10.2026 14:05',
      '2026-10-26T09:00:00+01:00',
      '2026-10-25T13:05:00Z',
      '2026-10-25T13:05:59.999Z',
    ],
    // …and forward on 29 Mar 2026: 02:00 CET becomes 03:00 CEST; the day is 23 hours long
    [
      'Europe/Berlin',
      '10:00',
      '2026-03-29T12:00:00+02:00',
      '2026-03-29T08:00:00Z',
      '2026-03-29T08:00:59.999Z',
    ],
    [
      'Europe/Berlin',
      '01:30',
      '2026-03-29T12:00:00+02:00',
      '2026-03-29T00:30:00Z',
      '2026-03-29T00:30:59.999Z',
    ],
    [
      'Europe/Berlin',
      'Yesterday',
      '2026-03-30T09:00:00+02:00',
      '2026-03-28T23:00:00Z',
      '2026-03-29T21:59:59.999Z',
    ],
    // America/New_York sets its clocks back on 1 Nov 2026: 02:00 EDT becomes 01:00 EST
    [
      'America/New_York',
      '9:15 AM',
      '2026-11-01T12:00:00-05:00',
      '2026-11-01T14:15:00Z',
      '2026-11-01T14:15:59.999Z',
    ],
    [
      'America/New_York',
      '12:45 AM',
      '2026-11-01T12:00:00-05:00',
      '2026-11-01T04:45:00Z',
      '2026-11-01T04:45:59.999Z',
    ],
    [
      'America/New_York',
      '1:30 AM',
      '2026-11-01T12:00:00-05:00',
      '2026-11-01T05:30:00Z',
      '2026-11-01T06:30:59.999Z',
    ],
    [
      'America/New_York',
      '2026-11-01T09:15',
      '2026-11-01T12:00:00-05:00',
      '2026-11-01T14:15:00Z',
      '2026-11-01T14:15:59.999Z',
    ],
    [
      'America/New_York',
      'Nov 1',
      '2026-11-02T12:00:00-05:00',
      '2026-11-01T04:00:00Z',
      '2026-11-02T04:59:59.999Z',
    ],
  ])('in %s reads %j at %s', (timeZone, text, now, earliest, latest) => {
    expect(parseShownTime(text, at(now), { timeZone })).toEqual(range(earliest, latest));
  });

  it('reads a repeated hour only as far as now when now is inside it', () => {
    // 01:10 EST, the second pass through 01:xx; 1:05 AM was both 05:05Z (EDT) and 06:05Z (EST)
    const now = at('2026-11-01T01:10:00-05:00');
    expect(parseShownTime('1:05 AM', now, { timeZone: 'America/New_York' })).toEqual(
      range('2026-11-01T05:05:00Z', '2026-11-01T06:05:59.999Z'),
    );
    expect(parseShownTime('1:30 AM', now, { timeZone: 'America/New_York' })).toEqual(
      range('2026-11-01T05:30:00Z', '2026-11-01T06:10:00Z'),
    );
  });

  it("reads clock times in the runtime's own zone by default", () => {
    const own = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const text of ['14:05', 'вчера, 18:40', '2026-12-03T14:05', '03.12.2026', '5 мин']) {
      expect(parseShownTime(text, NOW)).toEqual(parseShownTime(text, NOW, { timeZone: own }));
    }
  });
});

describe('waitAtLeastSeconds and isMinutePrecision', () => {
  it('counts the wait from the latest moment the shown time allows', () => {
    const shown = parseShownTime('14:48', NOW, { timeZone: MOSCOW })!;
    expect(waitAtLeastSeconds(shown, NOW)).toBe(11 * 60);
    expect(isMinutePrecision(shown)).toBe(true);
  });

  it('is exact to the second when the console shows seconds', () => {
    const lhc = parseShownTime('06 m. 20 s.', NOW)!;
    expect(waitAtLeastSeconds(lhc, NOW)).toBe(380);
    expect(isMinutePrecision(lhc)).toBe(false);
    const title = parseShownTime('[2] 14:48:10', NOW, { timeZone: MOSCOW })!;
    expect(waitAtLeastSeconds(title, NOW)).toBe(11 * 60 + 49);
    expect(isMinutePrecision(title)).toBe(false);
  });

  it('says "at least" for minutes, dates and "yesterday"', () => {
    expect(waitAtLeastSeconds(parseShownTime('12 мин', NOW)!, NOW)).toBe(12 * 60);
    expect(isMinutePrecision(parseShownTime('12 min ago', NOW)!)).toBe(true);
    const yesterday = parseShownTime('Yesterday', NOW, { timeZone: MOSCOW })!;
    expect(isMinutePrecision(yesterday)).toBe(true);
    expect(waitAtLeastSeconds(yesterday, NOW)).toBe(15 * 3600);
  });

  it('never goes below zero', () => {
    const shown = parseShownTime('только что', NOW)!;
    expect(waitAtLeastSeconds(shown, NOW)).toBe(0);
    expect(waitAtLeastSeconds(shown, NOW - 5000)).toBe(0);
  });
});
