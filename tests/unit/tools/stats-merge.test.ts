// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_BOM, parseCsv } from '../../../lib/domain/csv';
import { statsCsv, statsJson } from '../../../lib/domain/stats/export-file';
import type { StatsExportFile } from '../../../lib/domain/stats/types';
import { runStatsMerge } from '../../../tools/stats-merge';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 10, 9, 0);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function exportOf(operator: string, source: string, replyMinutes: number[]): StatsExportFile {
  const events: StatsExportFile['events'] = [];
  let id = 1;
  replyMinutes.forEach((minutes, i) => {
    const start = T0 + i * 60 * MIN;
    const base = { site: 's', operator, conversation: `${source}-${i}` };
    events.push({ id: id++, at: start, type: 'customer-message', ...base });
    if (minutes >= 10)
      events.push({ id: id++, at: start + 10 * MIN, type: 'breach', ...base, waitMs: 10 * MIN });
    events.push({ id: id++, at: start + minutes * MIN, type: 'reply', ...base, replyMs: minutes * MIN });
    if (i === 0)
      events.push({
        id: id++,
        at: start + minutes * MIN,
        type: 'first-response',
        ...base,
        firstResponseMs: minutes * MIN,
      });
  });
  return {
    kind: 'nezabudka-stats',
    version: 1,
    exportedAt: T0,
    source,
    operator,
    range: { from: T0, to: T0 + 86_400_000 },
    events,
  };
}

function workspace(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'nz-merge-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return (name: string) => path.join(dir, name);
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runStatsMerge(args, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    now: () => T0 + 86_400_000,
  });
  return { code, out, err };
}

const anna = exportOf('anna', 'src-a', [2, 4, 12]);
const boris = exportOf('boris', 'src-b', [1, 30]);

describe('npm run stats:merge', () => {
  it('prints a summary per operator and for the team, and writes the team CSV', async () => {
    const file = workspace({
      'anna.json': statsJson(anna),
      'boris.csv': statsCsv(boris.source, boris.events),
    });
    const { code, out, err } = await run([file('anna.json'), file('boris.csv'), '--out', file('team.csv')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(
      /^operator +handled +first resp\. median +reply median +reply p90 +breaches +forgotten$/,
    );
    expect(lines.find((line) => line.startsWith('anna'))).toMatch(
      /^anna +3 +2:00 +4:00 +12:00 +1 \(33%\) +0$/,
    );
    expect(lines.find((line) => line.startsWith('TEAM'))).toMatch(
      /^TEAM +5 +1:00 +4:00 +30:00 +2 \(40%\) +0$/,
    );
    expect(out).toContain('2 file(s), 14 event(s); team CSV written to');

    const csv = readFileSync(file('team.csv'), 'utf8');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const { rows } = parseCsv(csv);
    expect(rows.map((row) => [row.operator, row.replies, row.reply_median_s, row.breach_rate])).toEqual([
      ['anna', '3', '240', '0.3333'],
      ['boris', '2', '60', '0.5'],
      ['TEAM', '5', '240', '0.4'],
    ]);
  });

  it('counts a file given twice once', async () => {
    const file = workspace({ 'anna.json': statsJson(anna), 'copy.json': statsJson(anna) });
    const { code, out } = await run([file('anna.json'), file('copy.json'), `--out=${file('team.csv')}`]);
    expect(code).toBe(0);
    expect(out).toContain('2 file(s), 8 event(s), 8 duplicate(s) counted once');
    expect(out.split('\n').find((line) => line.startsWith('TEAM'))).toMatch(/^TEAM +3 /);
  });

  it('names each bad file and its problem, merges the good ones, and exits with 1', async () => {
    const file = workspace({
      'anna.json': statsJson(anna),
      'notes.txt': 'hello',
      'cut.json': statsJson(boris).slice(0, 250),
    });
    const { code, out, err } = await run([
      file('anna.json'),
      file('notes.txt'),
      file('cut.json'),
      file('missing.json'),
      '--out',
      file('team.csv'),
    ]);
    expect(code).toBe(1);
    expect(err).toContain(
      `skipped ${file('notes.txt')}: This is neither a Nezabudka statistics JSON nor its CSV`,
    );
    expect(err).toContain(`skipped ${file('cut.json')}: This is not valid JSON`);
    expect(err).toContain(`skipped ${file('missing.json')}: no such file.`);
    expect(out).toContain('1 file(s), 8 event(s)');
    expect(parseCsv(readFileSync(file('team.csv'), 'utf8')).rows.map((row) => row.operator)).toEqual([
      'anna',
      'TEAM',
    ]);
  });

  it('writes nothing and exits with 2 when no file can be read, or none is named', async () => {
    const file = workspace({ 'notes.txt': 'hello' });
    expect((await run([file('notes.txt'), '--out', file('team.csv')])).code).toBe(2);
    expect(() => readFileSync(file('team.csv'))).toThrow();
    const usage = await run([]);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Name at least one export file.');
    expect((await run(['--bogus', 'a.json'])).err).toContain('Unknown option --bogus.');
  });

  it('runs as a command: exit code and output through npm run stats:merge', { timeout: 60_000 }, () => {
    const file = workspace({ 'anna.json': statsJson(anna), 'bad.json': '{}' });
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'tools/stats-merge.ts',
        file('anna.json'),
        file('bad.json'),
        '--out',
        file('team.csv'),
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^anna +3 /m);
    expect(result.stderr).toContain('bad.json: This is not a Nezabudka statistics export.');
  });

  it('names a file over 32 MB, one not in UTF-8 and one from the year 10^300, and merges the rest', async () => {
    const far = { ...boris, events: [{ ...boris.events[0]!, at: 1e300 }] };
    const file = workspace({
      'anna.json': statsJson(anna),
      'cp1251.csv': Buffer.from([0x7b, 0xc0, 0xed, 0xed, 0xe0, 0x7d]) as unknown as string,
      'far.json': statsJson(far),
      'huge.json': '',
    });
    truncateSync(file('huge.json'), 33 * 1024 * 1024);
    const { code, out, err } = await run([
      file('anna.json'),
      file('cp1251.csv'),
      file('far.json'),
      file('huge.json'),
      '--out',
      file('team.csv'),
    ]);
    expect(code).toBe(1);
    expect(err).toContain(`skipped ${file('cp1251.csv')}: the file is not UTF-8 text`);
    expect(err).toContain(
      `skipped ${file('far.json')}: Event 1: its time is not between 2000-01-01 and 2026-03-12.`,
    );
    expect(err).toContain(`skipped ${file('huge.json')}: the file is larger than 32 MB`);
    expect(out).toContain('1 file(s), 8 event(s)');
  });

  it('prints operator names without control characters or direction overrides', async () => {
    const hostile = exportOf('\u001b[31mred\u202Eop', 'src-h', [2]);
    const file = workspace({ 'h.json': statsJson(hostile) });
    const { code, out } = await run([file('h.json'), '--out', file('team.csv')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^\[31mredop +1 /m);
    expect(out.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\u202e]/u);
    expect(readFileSync(file('team.csv'), 'utf8')).toContain('[31mredop,');
  });
});
