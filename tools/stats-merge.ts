// npm run stats:merge -- a.json b.json … [--out team-stats.csv]
//
// Merges operators' statistics exports (JSON or CSV, as the stats page writes
// them) for a team lead: prints a summary table per operator and for the team,
// and writes the team CSV. The same event in several files counts once. A file
// that cannot be read is named with its problem, the others are still merged,
// and the exit code is 1. Files are read one at a time and folded into running
// totals, so fifty files of 50,000 events stay well under a gigabyte. A file
// over the size cap is not read; its bytes must be UTF-8 (lib/domain/stats/file-bytes).
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatWait } from '../lib/domain/format-wait';
import { parseStatsFile } from '../lib/domain/stats/parse-stats-file';
import { decodeStatsFile, maxFileMegabytes, statsFileTooBig } from '../lib/domain/stats/file-bytes';
import {
  createEventDeduper,
  createTeamAccumulator,
  failedFileReport,
  mergeStatsFile,
} from '../lib/domain/stats/team';
import { TEAM_ROW, teamSummaryCsv } from '../lib/domain/stats/team-summary';
import type { Metrics, TeamFileReport, TeamMetrics } from '../lib/domain/stats/types';
import { createTranslator } from '../lib/i18n/messages';

export interface MergeIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The clock events are checked against (events after a day past it are refused); Date.now when absent. */
  now?: () => number;
}

const english = createTranslator('en');

const USAGE = `Usage: npm run stats:merge -- <export.json|export.csv>… [--out team-stats.csv]

Merges Nezabudka statistics exports of several operators into a team summary.
  --out FILE   where to write the team CSV (default: team-stats.csv)
Exit code: 0 all files merged, 1 some files could not be read, 2 nothing to merge.`;

function parseArgs(argv: readonly string[]): { files: string[]; out: string } | string {
  const files: string[] = [];
  let out = 'team-stats.csv';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--out') {
      const value = argv[(i += 1)];
      if (!value) return '--out needs a file name.';
      out = value;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else files.push(arg);
  }
  return files.length === 0 ? 'Name at least one export file.' : { files, out };
}

const duration = (ms: number | null) => (ms === null ? '—' : formatWait(ms / 1000, 'en'));

/** A plain-text table with right-aligned figures. */
export function summaryTable(team: TeamMetrics): string {
  const header = [
    'operator',
    'handled',
    'first resp. median',
    'reply median',
    'reply p90',
    'breaches',
    'forgotten',
  ];
  const row = (name: string, m: Metrics) => [
    name,
    String(m.conversationsHandled),
    duration(m.firstResponse.median),
    duration(m.reply.median),
    duration(m.reply.p90),
    m.breaches.rate === null
      ? String(m.breaches.count)
      : `${m.breaches.count} (${Math.round(m.breaches.rate * 100)}%)`,
    String(m.forgotten),
  ];
  const rows = [
    header,
    ...team.operators.map(({ operator, metrics }) => row(operator, metrics)),
    row(TEAM_ROW, team.team),
  ];
  // A loop, not Math.max(...column): a merge of thousands of operators must not overflow the stack.
  const widths = header.map((_, column) => {
    let width = 0;
    for (const cells of rows) width = Math.max(width, cells[column]!.length);
    return width;
  });
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!)))
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1)!)].join('\n');
}

/** A file's text, or why it is not read: missing, over the size cap, not UTF-8. */
async function readText(file: string): Promise<string | { error: string }> {
  try {
    if (statsFileTooBig((await stat(file)).size))
      return { error: english('statsFileTooBig', { max: maxFileMegabytes() }) };
    // One decode of the whole buffer: readFile(…, 'utf8') decodes chunk by chunk, slower on 10 MB files.
    const decoded = decodeStatsFile(await readFile(file));
    if (decoded.ok) return decoded.text;
    return {
      error:
        decoded.problem === 'too-big'
          ? english('statsFileTooBig', { max: maxFileMegabytes() })
          : english('statsFileNotUtf8'),
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      error: `${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : String(error)}.`,
    };
  }
}

/** The whole command; returns the exit code (kept apart from process for tests). */
export async function runStatsMerge(argv: readonly string[], io: MergeIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) io.err(`stats:merge: ${args}\n`);
    io.err(`${USAGE}\n`);
    return args ? 2 : 0;
  }
  const isNew = createEventDeduper();
  // No range: each file holds only the range its operator exported.
  const team = createTeamAccumulator({ from: -Infinity, to: Infinity, timeZone: 'UTC' });
  const reports: TeamFileReport[] = [];
  const now = (io.now ?? Date.now)();
  for (const file of args.files) {
    const name = path.basename(file);
    const text = await readText(file);
    if (typeof text !== 'string') {
      reports.push(failedFileReport(file, text.error));
      continue;
    }
    const parsed = parseStatsFile(text, now);
    if (!parsed.ok) {
      reports.push(failedFileReport(file, parsed.error));
      continue;
    }
    reports.push(mergeStatsFile(name, parsed.file, isNew, team.add));
  }

  const failed = reports.filter((report) => report.error !== null);
  for (const report of failed) io.err(`stats:merge: skipped ${report.name}: ${report.error}\n`);
  const loaded = reports.filter((report) => report.error === null);
  if (loaded.length === 0) {
    io.err('stats:merge: no file could be read; nothing written.\n');
    return 2;
  }
  const result = team.result(reports);
  await writeFile(args.out, teamSummaryCsv(result), 'utf8');
  const events = loaded.reduce((sum, report) => sum + report.events - report.duplicates, 0);
  const duplicates = loaded.reduce((sum, report) => sum + report.duplicates, 0);
  io.out(`${summaryTable(result)}\n\n`);
  io.out(
    `${loaded.length} file(s), ${events} event(s)` +
      (duplicates > 0 ? `, ${duplicates} duplicate(s) counted once` : '') +
      `; team CSV written to ${args.out}\n`,
  );
  return failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await runStatsMerge(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
