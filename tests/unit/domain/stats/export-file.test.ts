import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '../../../../lib/domain/csv';
import { parseStatsFile, statsCsv, statsFileName, statsJson } from '../../../../lib/domain/stats/export-file';
import type { StatsExportFile } from '../../../../lib/domain/stats/types';

const T0 = Date.UTC(2026, 2, 10, 9, 0);
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
    expect(parseStatsFile(text)).toEqual({ ok: true, file });
    // Saved again by an editor that adds a BOM, or indented: still the same file.
    expect(parseStatsFile(`\uFEFF${text}`)).toEqual({ ok: true, file });
    expect(parseStatsFile(JSON.stringify(file, null, 2))).toEqual({ ok: true, file });
    expect(parseStatsFile(statsJson({ ...file, events: [] }))).toEqual({
      ok: true,
      file: { ...file, events: [] },
    });
  });

  it('names the problem of a file it cannot take', () => {
    const bad = (text: string) => {
      const parsed = parseStatsFile(text);
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
    const parsed = parseStatsFile(csv);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.events.map((e) => [e.operator, e.template])).toEqual(
      hostile.map((e) => [e.operator, e.template]),
    );
  });

  it('merges like the JSON: same events, same identities', () => {
    const parsed = parseStatsFile(statsCsv('a1b2c3', events));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.source).toBe('a1b2c3');
    expect(parsed.file.events).toEqual(events);
    expect(parsed.file.operator).toBe('Анна');
  });

  it('names the record of a bad row, or says which columns are missing', () => {
    const csv = statsCsv('a1b2c3', events).replace(',reply,', ',replied,');
    expect(parseStatsFile(csv)).toEqual({ ok: false, error: 'CSV record 3: unknown type "replied".' });
    expect(parseStatsFile('title,body\r\nHi,Hello\r\n')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/missing columns: event, operator, type/),
    });
  });
});

describe('statistics file name', () => {
  it('names the operator and the local days of the range, last day inclusive', () => {
    const day = Date.UTC(2026, 2, 9, 21); // local midnight in Moscow
    expect(statsFileName('op-7f3a', { from: day, to: day + DAYS(7) }, 'csv', 180)).toBe(
      'nezabudka-stats_op-7f3a_2026-03-10_2026-03-16.csv',
    );
    expect(statsFileName('../../etc/passwd', { from: day, to: day + 1 }, 'json', 180)).toBe(
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
