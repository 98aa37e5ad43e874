// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statsCsv, statsJson } from '../../../lib/domain/stats/export-file';
import { decodeStatsFile } from '../../../lib/domain/stats/file-bytes';
import { EARLIEST_EVENT_AT, FUTURE_SLACK_MS, MAX_RANGE_MS } from '../../../lib/domain/stats/file-limits';
import { MAX_SERIES_DAYS } from '../../../lib/domain/stats/combine-metrics';
import { computeTeamMetrics, loadTeamFiles } from '../../../lib/domain/stats/team';
import type { StatsExportFile } from '../../../lib/domain/stats/types';
import { createTranslator } from '../../../lib/i18n/messages';
import { runStatsMerge } from '../../../tools/stats-merge';

/**
 * Seeded fuzzing of the team view's reader and of stats:merge: malformed and
 * extreme files, each of which must end in a clear refusal or a correct
 * merge, with the good file beside it always merged. Deterministic: the same
 * seed gives the same files on every run.
 */

const SEED = 0x5eed_2026;
const CASES = 1000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 10, 9, 0);
const NOW = T0 + 2 * DAY;
const english = createTranslator('en');

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function exportOf(operator: string, source: string, count: number, start = T0): StatsExportFile {
  const events: StatsExportFile['events'] = [];
  for (let i = 0; i < count; i += 1) {
    const at = start + i * 60_000;
    const base = { site: 'https://desk.example', operator, conversation: `${source}-${i >> 1}` };
    events.push(
      i % 2 === 0
        ? { id: i + 1, at, type: 'customer-message', ...base }
        : { id: i + 1, at, type: 'reply', ...base, replyMs: 60_000 },
    );
  }
  return {
    kind: 'nezabudka-stats',
    version: 1,
    exportedAt: NOW,
    source,
    operator,
    range: { from: T0, to: NOW },
    events,
  };
}

const good = exportOf('anna', 'src-good', 4);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Values that break a field: wrong types, impossible numbers, giant and hostile strings. */
const extremes: unknown[] = [
  1e300,
  -1e300,
  8e15,
  -8e15,
  Number.MAX_VALUE,
  2 ** 53 + 2,
  -1,
  -0,
  0,
  0.5,
  'NaN',
  'Infinity',
  '1e400',
  null,
  true,
  [],
  {},
  [1, 2],
  '',
  'x'.repeat(300),
  '\u202Eevil\u001b[2J',
  '\u0000',
  EARLIEST_EVENT_AT - 1,
  NOW + FUTURE_SLACK_MS,
  NOW + FUTURE_SLACK_MS - 1,
];

type Case = { label: string; bytes: Uint8Array };

function generate(random: () => number): Case[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const int = (max: number) => Math.floor(random() * max);
  const base = () => exportOf(`op-${int(5)}`, `src-${int(1e9)}`, 1 + int(20));
  const json = (value: unknown) => utf8(JSON.stringify(value));
  const kinds: (() => Case)[] = [
    () => {
      const text = statsJson(base());
      return { label: 'truncated JSON', bytes: utf8(text.slice(0, int(text.length))) };
    },
    () => {
      const file = base() as unknown as Record<string, unknown>;
      file[pick(['kind', 'version', 'exportedAt', 'source', 'operator', 'range', 'events'])] = pick(extremes);
      return { label: 'header field of a wrong type', bytes: json(file) };
    },
    () => {
      const file = base();
      const event = file.events[int(file.events.length)] as unknown as Record<string, unknown>;
      event[
        pick([
          'id',
          'at',
          'type',
          'site',
          'operator',
          'conversation',
          'priority',
          'replyMs',
          'waitMs',
          'template',
        ])
      ] = pick(extremes);
      return { label: 'event field of a wrong type or extreme', bytes: json(file) };
    },
    () => {
      const file = base();
      file.range = {
        from: pick([T0, EARLIEST_EVENT_AT, 0, -8e15, 1e300]),
        to: pick([NOW, 1e300, T0 + 8e15, T0 - 1]),
      };
      return { label: 'huge or reversed range', bytes: json(file) };
    },
    () => {
      // Many distinct days: valid within ten years, refused beyond.
      const file = base();
      const days = 200 + int(1500);
      const step = pick([DAY, 3 * DAY, 8e15 / days]);
      file.events = Array.from({ length: days }, (_, i) => ({
        ...file.events[0]!,
        id: i + 1,
        at: NOW - i * step,
      }));
      file.range = { from: NOW - (days + 1) * step, to: NOW + 1 };
      return { label: 'many distinct days', bytes: json(file) };
    },
    () => {
      const depth = 1000 + int(50_000);
      const text = statsJson(base()).replace(
        '"events":[',
        `"extra":${'['.repeat(depth)}${']'.repeat(depth)},"events":[`,
      );
      return {
        label: 'deep nesting',
        bytes: utf8(pick([text, '['.repeat(depth), `{"kind":${'{"a":'.repeat(depth)}`])),
      };
    },
    () => {
      const file = base() as unknown as Record<string, unknown>;
      const giant = pick(['x', '\u202E', 'я', '\u0085']).repeat(
        random() < 0.1 ? 1_000_000 : 1000 + int(100_000),
      );
      if (random() < 0.5) file[pick(['source', 'operator'])] = giant;
      else
        (file.events as Record<string, unknown>[])[0]![pick(['type', 'site', 'operator', 'template'])] =
          giant;
      return { label: 'giant string', bytes: json(file) };
    },
    () => {
      const bytes = utf8(random() < 0.5 ? statsJson(base()) : statsCsv('src-x', base().events));
      for (let n = 1 + int(4); n > 0; n -= 1)
        bytes[int(bytes.length)] = pick([0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff, 0xed, 0xe0]);
      return { label: 'invalid UTF-8 bytes', bytes };
    },
    () => {
      const file = base();
      let csv = statsCsv(file.source, file.events);
      const variant = int(7);
      if (variant === 0) csv = csv.slice(0, int(csv.length));
      else if (variant === 1) csv = csv.replaceAll(',', ';');
      else if (variant === 2)
        csv = csv.replace(/,\d{13},/, `,${pick(['1e300', '-8e15', 'NaN', '', '0x1F', '9'.repeat(400)])},`);
      else if (variant === 3) csv = csv.replace('\r\n', ',extra\r\n');
      else if (variant === 4) csv = `${csv}"unterminated,${'x'.repeat(int(10_000))}`;
      else if (variant === 5) csv = csv.replace(/^\uFEFFevent,operator/, 'operator,event');
      else
        csv = `${csv.split('\r\n')[0]}\r\n${`src-x:1,anna,reply,t,${T0},s,c,,1,,,,\r\n`.repeat(1 + int(2000))}`;
      return { label: `CSV variant ${variant}`, bytes: utf8(csv) };
    },
    () => {
      const file = base();
      file.events = Array.from({ length: 90 + int(40) }, (_, i) => ({
        ...file.events[0]!,
        id: i + 1,
        operator: `op-${i}`,
      }));
      return { label: 'many operators', bytes: json(file) };
    },
    () => ({ label: 'random bytes', bytes: Uint8Array.from({ length: int(2000) }, () => int(256)) }),
    () => {
      const file = base();
      file.events = Array.from({ length: 200 + int(1500) }, (_, i) => ({
        ...file.events[0]!,
        id: i + 1,
        type: 'warn' as const,
        conversation: 'one',
        waitMs: i * 1000,
      }));
      return { label: 'thousands of waits of one conversation', bytes: json(file) };
    },
  ];
  return Array.from({ length: CASES }, () => pick(kinds)());
}

const cases = generate(prng(SEED));
const dir = mkdtempSync(path.join(tmpdir(), 'nz-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'good.json'), statsJson(good));

/** A refusal a team lead can read: one line, short, no leaked internals or hostile characters. */
function expectClear(message: string, label: string) {
  expect(message, label).toMatch(/\S/);
  expect(message.length, label).toBeLessThan(300);
  expect(message, label).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]|undefined|\[object|at .+:\d+:\d+/u);
}

/** What the team view makes of the bytes: the refusal, or null when it merged. */
function teamView(bytes: Uint8Array, label: string): string | null {
  const decoded = decodeStatsFile(bytes);
  if (!decoded.ok)
    return decoded.problem === 'too-big'
      ? english('statsFileTooBig', { max: 32 })
      : english('statsFileNotUtf8');
  const data = loadTeamFiles(
    [
      { name: 'good.json', text: statsJson(good) },
      { name: 'case.json', text: decoded.text },
    ],
    NOW,
  );
  const [first, second] = data.files;
  expect(first!.error, label).toBeNull();
  const team = computeTeamMetrics(data, { timeZone: 'Europe/Moscow' });
  // The good file's two answered waits are always there.
  expect(
    team.operators.find((o) => o.operator === 'anna')?.metrics.reply.count ?? 0,
    label,
  ).toBeGreaterThanOrEqual(2);
  expect(team.team.perDay.length, label).toBeLessThanOrEqual(MAX_SERIES_DAYS);
  if (second!.error !== null) return second!.error;
  // Merged: its range is one the limits allow, and every event it brought counts inside them.
  expect(data.range!.from, label).toBeGreaterThanOrEqual(EARLIEST_EVENT_AT);
  for (const event of data.events) {
    expect(event.at, label).toBeGreaterThanOrEqual(EARLIEST_EVENT_AT);
    expect(event.at, label).toBeLessThan(NOW + FUTURE_SLACK_MS);
  }
  return null;
}

describe('hostile statistics files', () => {
  it(
    `${CASES} seeded malformed or extreme files end in a clear refusal or a correct merge, in the page and in stats:merge`,
    {
      timeout: 120_000,
    },
    async () => {
      const outcomes = new Map<string, { refused: number; merged: number }>();
      for (const [index, { label, bytes }] of cases.entries()) {
        const name = `case-${index}.json`;
        const tag = `#${index} ${label}`;
        const viewRefusal = teamView(bytes, tag);
        if (viewRefusal !== null) expectClear(viewRefusal, tag);

        writeFileSync(path.join(dir, name), bytes);
        let out = '';
        let err = '';
        const code = await runStatsMerge(
          [path.join(dir, 'good.json'), path.join(dir, name), '--out', path.join(dir, 'team.csv')],
          {
            out: (text) => (out += text),
            err: (text) => (err += text),
            now: () => NOW,
          },
        );
        expect(out, tag).toMatch(/^anna +\d+ /m);
        // The command says what the page says, and exits 1 exactly when it refused the file.
        if (viewRefusal === null) expect([code, err], tag).toEqual([0, '']);
        else {
          expect(code, tag).toBe(1);
          expect(err, tag).toBe(`stats:merge: skipped ${path.join(dir, name)}: ${viewRefusal}\n`);
        }
        const tally = outcomes.get(label) ?? { refused: 0, merged: 0 };
        tally[viewRefusal === null ? 'merged' : 'refused'] += 1;
        outcomes.set(label, tally);
      }
      // Every kind of damage was generated, and the refusals are not all there is (valid extremes merge).
      expect(outcomes.size).toBeGreaterThanOrEqual(12);
      const merged = [...outcomes.values()].reduce((sum, tally) => sum + tally.merged, 0);
      expect(merged).toBeGreaterThan(50);
    },
  );

  it(
    'a real stats:merge process names a range ending in 10^300 and invalid UTF-8, and merges the good file',
    {
      timeout: 60_000,
    },
    () => {
      const far = { ...good, source: 'src-far', range: { from: T0, to: 1e300 } };
      const spread = {
        ...good,
        source: 'src-spread',
        events: [good.events[0]!, { ...good.events[1]!, at: good.events[0]!.at + 8e15 }],
      };
      writeFileSync(path.join(dir, 'far.json'), statsJson(far));
      writeFileSync(path.join(dir, 'spread.json'), statsJson(spread));
      writeFileSync(path.join(dir, 'latin1.csv'), Buffer.from([0x65, 0x76, 0xe9, 0x6e, 0x74]));
      const result = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'tools/stats-merge.ts',
          ...['good.json', 'far.json', 'spread.json', 'latin1.csv'].map((name) => path.join(dir, name)),
          '--out',
          path.join(dir, 'team.csv'),
        ],
        { encoding: 'utf8' },
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^anna +2 /m);
      expect(result.stderr).toContain("far.json: The file's range spans more than ten years.");
      expect(result.stderr).toMatch(/spread\.json: Event 2: its time is not between 2000-01-01 and/);
      expect(result.stderr).toContain('latin1.csv: the file is not UTF-8 text');
      expect(MAX_RANGE_MS).toBe(3700 * DAY);
    },
  );
});
