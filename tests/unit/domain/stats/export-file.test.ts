import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '../../../../lib/domain/csv';
import { statsCsv, statsFileName, statsJson } from '../../../../lib/domain/stats/export-file';
import { parseStatsFile } from '../../../../lib/domain/stats/parse-stats-file';
import type { StatsExportFile } from '../../../../lib/domain/stats/types';

const T0 = Date.UTC(2026, 2, 10, 9, 0);
/** When the team lead reads the files: a day after the last event. */
const NOW = T0 + 86_400_000;
const events: StatsExportFile['events'] = [
  {
    id: 1,
    at: T0,
    type: 'customer-message',
    site: 'https://desk.example',
    operator: 'Анна',
    conversation: 'c1',
    priority: 'vip',
  },
  {
    id: 2,
    at: T0 + 90_000,
    type: 'reply',
    site: 'https://desk.example',
    operator: 'Анна',
    conversation: 'c1',
    priority: 'vip',
    replyMs: 90_000,
  },
  {
    id: 3,
    at: T0 + 90_000,
    type: 'first-response',
    site: 'https://desk.example',
    operator: 'Анна',
    conversation: 'c1',
    firstResponseMs: 90_000,
  },
  {
    id: 7,
    at: T0 + 95_000,
    type: 'template-used',
    site: 'https://desk.example',
    operator: 'Анна',
    conversation: 'c1',
    template: '=cmd|calc',
  },
];
const file: StatsExportFile = {
  kind: 'nezabudka-stats',
  version: 1,
  exportedAt: T0 + DAYS(1),
  source: 'a1b2c3',
  operator: 'Анна',
  range: { from: T0 - DAYS(1), to: T0 + DAYS(1) },
  events,
};
function DAYS(n: number) {
  return n * 86_400_000;
}

describe('statistics JSON', () => {
  it('reads back exactly what it wrote, one event per line', () => {
    const text = statsJson(file);
    expect(text.split('\n').filter((line) => line.startsWith('{"id"'))).toHaveLength(4);
    expect(parseStatsFile(text, NOW)).toEqual({ ok: true, file });
    // Saved again by an editor that adds a BOM, or indented: still the same file.
    expect(parseStatsFile(`\uFEFF${text}`, NOW)).toEqual({ ok: true, file });
    expect(parseStatsFile(JSON.stringify(file, null, 2), NOW)).toEqual({ ok: true, file });
    expect(parseStatsFile(statsJson({ ...file, events: [] }), NOW)).toEqual({
      ok: true,
      file: { ...file, events: [] },
    });
  });

  it('names the problem of a file it cannot take', () => {
    const bad = (text: string) => {
      const parsed = parseStatsFile(text, NOW);
      return parsed.ok ? 'loaded' : parsed.error;
    };
    expect(bad('')).toBe('The file is empty.');
    expect(bad(statsJson(file).slice(0, 200))).toMatch(/not valid JSON/);
    expect(bad('{"kind":"nezabudka-profile"}')).toMatch(/not a Nezabudka statistics export/);
    expect(bad(JSON.stringify({ ...file, version: 2 }))).toMatch(/version 2 is not supported/);
    expect(bad(JSON.stringify({ ...file, source: '' }))).toMatch(/"source" is invalid/);
    const broken = structuredClone(file);
    (broken.events[1] as { replyMs: unknown }).replyMs = '90s';
    expect(bad(JSON.stringify(broken))).toBe('Event 2: "replyMs" must be a duration in milliseconds.');
    (broken.events[1] as { type: unknown }).type = 'hack';
    expect(bad(JSON.stringify(broken))).toBe('Event 2: unknown type "hack".');
  });
});

describe('statistics files made elsewhere', () => {
  const refusal = (text: string) => {
    const parsed = parseStatsFile(text, NOW);
    return parsed.ok ? 'loaded' : parsed.error;
  };
  const withEvent = (patch: Record<string, unknown>) =>
    JSON.stringify({ ...file, events: [{ ...events[0], ...patch }] });

  it('refuses event times before 2000 or more than a day after now, with the reason in Russian too', () => {
    expect(refusal(withEvent({ at: 1e300 }))).toBe(
      'Event 1: its time is not between 2000-01-01 and 2026-03-12.',
    );
    expect(refusal(withEvent({ at: -8e15 }))).toMatch(/^Event 1: its time is not between/);
    expect(refusal(withEvent({ at: Date.UTC(1999, 11, 31) }))).toMatch(/^Event 1: its time/);
    expect(refusal(withEvent({ at: NOW + DAYS(1) }))).toMatch(/^Event 1: its time/);
    expect(refusal(withEvent({ at: NOW + DAYS(1) - 1 }))).toBe('loaded');
    const parsed = parseStatsFile(withEvent({ at: 1e300 }), NOW);
    expect(!parsed.ok && parsed.reason).toEqual({
      key: 'statsFileEventTime',
      params: { from: '2000-01-01', to: '2026-03-12', event: 1 },
    });
  });

  it('refuses a range that starts out of bounds, runs backwards or spans more than ten years', () => {
    const ranged = (from: number, to: number) => JSON.stringify({ ...file, range: { from, to } });
    expect(refusal(ranged(T0, 1e300))).toBe("The file's range spans more than ten years.");
    expect(refusal(ranged(T0 - DAYS(3701), T0))).toBe("The file's range spans more than ten years.");
    expect(refusal(ranged(0, T0))).toBe("The file's range must start between 2000-01-01 and 2026-03-12.");
    expect(refusal(ranged(T0, T0 - 1))).toBe("The file's range ends before it starts.");
    // A range reaching past tomorrow (a custom range to the end of the month) is fine.
    expect(refusal(ranged(T0 - DAYS(1), T0 + DAYS(20)))).toBe('loaded');
  });

  it('refuses durations longer than ten years and files of more than 100 operators', () => {
    expect(refusal(withEvent({ type: 'reply', replyMs: 8e15 }))).toBe(
      'Event 1: "replyMs" is longer than ten years.',
    );
    const crowd = Array.from({ length: 101 }, (_, i) => ({ ...events[0], id: i + 1, operator: `op-${i}` }));
    expect(refusal(JSON.stringify({ ...file, events: crowd }))).toBe(
      "The file names more than 100 operators; an export holds one operator's events.",
    );
    expect(refusal(JSON.stringify({ ...file, events: crowd.slice(0, 100) }))).toBe('loaded');
  });

  it('quotes at most 40 characters of a bad value', () => {
    const error = refusal(withEvent({ type: 'x'.repeat(1_000_000) }));
    expect(error).toBe(`Event 1: unknown type "${'x'.repeat(40)}…".`);
  });

  it('removes control characters and direction overrides from names it shows', () => {
    const hostile = '\u202Eop\u001b[2J\u0085-\u2066evil\u0007';
    const parsed = parseStatsFile(
      JSON.stringify({
        ...file,
        operator: hostile,
        events: [{ ...events[0], operator: hostile, site: `s${hostile}` }],
      }),
      NOW,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.operator).toBe('op[2J-evil');
    expect(parsed.file.events[0]!.operator).toBe('op[2J-evil');
    expect(parsed.file.events[0]!.site).toBe('sop[2J-evil');
    expect(refusal(withEvent({ operator: '\u202E\u0000' }))).toBe('Event 1: "operator" is empty.');
  });

  it('refuses a CSV whose events lie more than ten years apart', () => {
    const early = { ...events[0]!, id: 1, at: Date.UTC(2005, 0, 1) };
    expect(refusal(statsCsv('a1b2c3', [early, ...events.slice(1)]))).toBe(
      "The file's events span more than ten years.",
    );
  });
});

describe('statistics CSV', () => {
  it('opens in Excel with Russian text intact: a UTF-8 BOM, CRLF records', () => {
    const csv = statsCsv('a1b2c3', events);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'event,operator,type,time_utc,at_ms,site,conversation,priority,reply_ms,first_response_ms,wait_ms,focus_ms,template',
    );
    expect(lines[2]).toBe(
      `a1b2c3:2,Анна,reply,2026-03-10T09:01:30.000Z,${T0 + 90_000},https://desk.example,c1,vip,90000,,,,`,
    );
    // UTF-8 bytes: the BOM is EF BB BF, Cyrillic letters two bytes each.
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('neutralises cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const hostile = events.map((event) => ({ ...event, operator: '@SUM(1+1)*cmd' }));
    const csv = statsCsv('a1b2c3', hostile);
    expect(csv).toContain(",'=cmd|calc\r\n");
    expect(csv).toContain(",'@SUM(1+1)*cmd,");
    expect(csv).not.toMatch(/,[=+\-@]/);
    const parsed = parseStatsFile(csv, NOW);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.events.map((e) => [e.operator, e.template])).toEqual(
      hostile.map((e) => [e.operator, e.template]),
    );
  });

  it('merges like the JSON: same events, same identities', () => {
    const parsed = parseStatsFile(statsCsv('a1b2c3', events), NOW);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.source).toBe('a1b2c3');
    expect(parsed.file.events).toEqual(events);
    expect(parsed.file.operator).toBe('Анна');
  });

  it('names the record of a bad row, or says which columns are missing', () => {
    const csv = statsCsv('a1b2c3', events).replace(',reply,', ',replied,');
    expect(parseStatsFile(csv, NOW)).toEqual({ ok: false, error: 'CSV record 3: unknown type "replied".' });
    expect(parseStatsFile('title,body\r\nHi,Hello\r\n', NOW)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/missing columns: event, operator, type/),
    });
  });
});

describe('statistics file name', () => {
  it('names the operator and the local days of the range, last day inclusive', () => {
    const day = Date.UTC(2026, 2, 9, 21); // local midnight in Moscow
    expect(statsFileName('op-7f3a', { from: day, to: day + DAYS(7) }, 'csv', 'Europe/Moscow')).toBe(
      'nezabudka-stats_op-7f3a_2026-03-10_2026-03-16.csv',
    );
    expect(statsFileName('../../etc/passwd', { from: day, to: day + 1 }, 'json', 'Europe/Moscow')).toBe(
      'nezabudka-stats_..-..-etc-passwd_2026-03-10_2026-03-10.json',
    );
  });
});

describe('statistics CSV times', () => {
  it('writes each instant exactly as Date#toISOString does', () => {
    const instants = [
      0,
      999,
      T0,
      T0 + 86_399_999,
      Date.UTC(2024, 1, 29, 23, 59, 59, 7),
      Date.UTC(2026, 11, 31, 0, 0, 0, 1),
    ];
    const csv = statsCsv(
      's',
      instants.map((at, i) => ({
        id: i + 1,
        at,
        type: 'opened',
        site: 'x',
        operator: 'o',
        conversation: 'c',
      })),
    );
    const written = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[3]);
    expect(written).toEqual(instants.map((at) => new Date(at).toISOString()));
  });
});
