import { toCsv, type CsvCell } from '../csv';
import { createLocalClock, DAY_MS, localDate } from './local-time';
import type { StatsEvent, StatsExportFile, StatsExportFormat } from './types';

/**
 * The two export formats of the operator's statistics.
 *
 * JSON (versioned, for the team merge): a header, then one event per line, so
 * a file of 50,000 events is still readable in a text editor. CSV (for
 * spreadsheets, written by toCsv: RFC 4180 with a BOM and formula cells neutralised):
 * one row per event, with the same fields, so a team lead may merge either.
 * Both carry each event's identity, `source:id`, which is what makes the same
 * event count once however many files contain it. This file writes them;
 * parse-stats-file.ts reads them back.
 */

/** An event as a file carries it: its id is half of its `source:id` identity. */
export type ExportedEvent = StatsEvent & { id: number };

export function statsJson(file: StatsExportFile): string {
  const { events, ...header } = file;
  const head = JSON.stringify({ ...header, events: [] });
  if (events.length === 0) return `${head}\n`;
  // `"events":[]}` is the header's tail: open the array there, one event per line.
  const lines = events.map((event) => JSON.stringify(event));
  return `${head.slice(0, -2)}\n${lines.join(',\n')}\n]}\n`;
}

export const statsCsvColumns = [
  'event',
  'operator',
  'type',
  'time_utc',
  'at_ms',
  'site',
  'conversation',
  'priority',
  'reply_ms',
  'first_response_ms',
  'wait_ms',
  'focus_ms',
  'template',
] as const;

/** ISO 8601 in UTC like Date#toISOString, the date part computed once per day (100,000 rows). */
function isoUtc(days: Map<number, string>) {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (at: number) => {
    const day = Math.floor(at / DAY_MS);
    let date = days.get(day);
    if (date === undefined) days.set(day, (date = new Date(day * DAY_MS).toISOString().slice(0, 11)));
    const ms = at - day * DAY_MS;
    const seconds = Math.floor(ms / 1000);
    return `${date}${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}.${pad(ms % 1000, 3)}Z`;
  };
}

/** CSV rows, header first: one per event, `event` = source:id; made one at a time for toCsv. */
function* statsCsvRows(source: string, events: readonly ExportedEvent[]): Generator<readonly CsvCell[]> {
  yield statsCsvColumns;
  const time = isoUtc(new Map());
  for (const e of events) {
    const at = Number.isSafeInteger(e.at) && e.at >= 0 ? time(e.at) : new Date(e.at).toISOString();
    yield [
      `${source}:${e.id}`,
      e.operator,
      e.type,
      at,
      e.at,
      e.site,
      e.conversation,
      e.priority,
      e.replyMs,
      e.firstResponseMs,
      e.waitMs,
      e.focusMs,
      e.template,
    ];
  }
}

export function statsCsv(source: string, events: readonly ExportedEvent[]): string {
  return toCsv(statsCsvRows(source, events));
}

const safeName = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 40) || 'operator';

/** e.g. nezabudka-stats_op-7f3a_2026-03-01_2026-03-31.json (local dates, last day inclusive). */
export function statsFileName(
  operator: string,
  range: { from: number; to: number },
  format: StatsExportFormat,
  timeZone: string,
): string {
  const local = createLocalClock(timeZone);
  const first = localDate(local.dayIndex(range.from));
  const last = localDate(local.dayIndex(Math.max(range.from, range.to - 1)));
  return `nezabudka-stats_${safeName(operator)}_${first}_${last}.${format}`;
}
