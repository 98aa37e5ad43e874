import { parseCsv, toCsv, type CsvCell } from '../csv';
import { priorityLevels } from '../thresholds';
import { z } from '../zod';
import { createTranslator, type MessageKey } from '../../i18n/messages';
import { dayOf, eventTimeBounds, MAX_OPERATORS_PER_FILE, MAX_RANGE_MS } from './file-limits';
import { createLocalClock, DAY_MS, localDate } from './local-time';
import { quoted, withoutControls } from './shown-text';
import {
  STATS_FILE_KIND,
  STATS_FILE_VERSION,
  statsEventTypes,
  type StatsEvent,
  type StatsExportFile,
  type StatsExportFormat,
} from './types';

/**
 * The two export formats of the operator's statistics.
 *
 * JSON (versioned, for the team merge): a header, then one event per line, so
 * a file of 50,000 events is still readable in a text editor. CSV (for
 * spreadsheets, written by toCsv: RFC 4180 with a BOM and formula cells neutralised):
 * one row per event, with the same fields, so a team lead may merge either.
 * Both carry each event's identity, `source:id`, which is what makes the same
 * event count once however many files contain it.
 */

type ExportedEvent = StatsEvent & { id: number };

const headerSchema = z.object({
  kind: z.literal(STATS_FILE_KIND),
  version: z.literal(STATS_FILE_VERSION),
  exportedAt: z.number(),
  source: z.string().min(1).max(100),
  operator: z.string().min(1).max(100),
  range: z.object({ from: z.number(), to: z.number() }),
  events: z.custom<unknown[]>(Array.isArray, { message: 'must be a list of events' }),
});

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

const types: ReadonlySet<string> = new Set(statsEventTypes);
const levels: ReadonlySet<string> = new Set(priorityLevels);
const durations = ['replyMs', 'firstResponseMs', 'waitMs', 'focusMs'] as const;
const shownFields = ['site', 'operator', 'conversation', 'template'] as const;

/** A refusal the page shows in the operator's language (the CLI in English). */
export interface StatsFileReason {
  key: MessageKey;
  params?: Record<string, string | number>;
}

type Problem = string | StatsFileReason;

const english = createTranslator('en');

/**
 * Checks one event of a file by hand: zod over 50,000 events per file is too
 * slow for the merge of a big team. `bounds` are the instants an event may
 * carry (eventTimeBounds). Returns the problem, or null. Shown texts lose their
 * control characters in place (see shown-text).
 */
export function eventProblem(value: unknown, bounds: { from: number; to: number }): Problem | null {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const e = value as Record<string, unknown>;
  if (!Number.isSafeInteger(e.id) || (e.id as number) < 0) return '"id" must be a whole number';
  if (typeof e.at !== 'number' || !Number.isFinite(e.at)) return '"at" must be a time in milliseconds';
  if (!(e.at >= bounds.from && e.at < bounds.to))
    return { key: 'statsFileEventTime', params: { from: dayOf(bounds.from), to: dayOf(bounds.to) } };
  if (typeof e.type !== 'string' || !types.has(e.type)) return `unknown type ${quoted(e.type)}`;
  for (const field of ['site', 'operator', 'conversation'] as const) {
    if (typeof e[field] !== 'string' || (e[field] as string).length > 200)
      return `"${field}" must be a text of at most 200 characters`;
  }
  if (e.priority !== undefined && (typeof e.priority !== 'string' || !levels.has(e.priority)))
    return `unknown priority ${quoted(e.priority)}`;
  for (const field of durations) {
    const ms = e[field];
    if (ms !== undefined && (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0))
      return `"${field}" must be a duration in milliseconds`;
    if ((ms as number) > MAX_RANGE_MS) return { key: 'statsFileEventDuration', params: { field } };
  }
  if (e.template !== undefined && (typeof e.template !== 'string' || e.template.length > 200))
    return '"template" must be a text of at most 200 characters';
  for (const field of shownFields) if (typeof e[field] === 'string') e[field] = withoutControls(e[field]);
  if (e.operator === '') return '"operator" is empty';
  return null;
}

export type ParsedStatsFile =
  { ok: true; file: StatsExportFile } | { ok: false; error: string; reason?: StatsFileReason };

const refuse = (reason: StatsFileReason): ParsedStatsFile => ({
  ok: false,
  error: english(reason.key, reason.params),
  reason,
});

/** A problem of event `index` (0-based), `label` its place in words ("Event 3", "CSV record 4"). */
function eventRefusal(problem: Problem, index: number, label: string): ParsedStatsFile {
  if (typeof problem === 'string') return { ok: false, error: `${label}: ${problem}.` };
  return refuse({ ...problem, params: { ...problem.params, event: index + 1 } });
}

/** Too many operators in one file would make the merge keep thousands of accumulators. */
function tooManyOperators(events: readonly StatsEvent[]): ParsedStatsFile | null {
  const operators = new Set<string>();
  for (const event of events) {
    operators.add(event.operator);
    if (operators.size > MAX_OPERATORS_PER_FILE)
      return refuse({ key: 'statsFileTooManyOperators', params: { max: MAX_OPERATORS_PER_FILE } });
  }
  return null;
}

/**
 * Reads a JSON or CSV statistics export read at `now`. Never throws: a bad file
 * gets one sentence saying why. Event times must lie between 2000-01-01 and a
 * day after `now`, a range may span ten years (file-limits).
 */
export function parseStatsFile(text: string, now: number): ParsedStatsFile {
  // Look at the first characters only: a copy of a 10 MB text costs more than it seems.
  const start = text.search(/[^\uFEFF\s]/);
  if (start === -1) return refuse({ key: 'statsFileEmpty' });
  const bounds = eventTimeBounds(now);
  if (text[start] !== '{') return parseStatsCsv(text, bounds);
  return parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, bounds);
}

function rangeRefusal({ from, to }: { from: number; to: number }, bounds: { from: number; to: number }) {
  if (!(from >= bounds.from && from < bounds.to))
    return refuse({ key: 'statsFileRangeStart', params: { from: dayOf(bounds.from), to: dayOf(bounds.to) } });
  if (to < from) return refuse({ key: 'statsFileRangeReversed' });
  if (to - from > MAX_RANGE_MS) return refuse({ key: 'statsFileRangeTooLong' });
  return null;
}

function parseJson(text: string, bounds: { from: number; to: number }): ParsedStatsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse({ key: 'statsFileNotJson' });
  }
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (kind !== STATS_FILE_KIND) return refuse({ key: 'statsFileNotOurs' });
  const version = (raw as { version?: unknown }).version;
  if (version !== STATS_FILE_VERSION)
    return refuse({
      key: 'statsFileVersion',
      params: { version: quoted(version), supported: STATS_FILE_VERSION },
    });
  const header = headerSchema.safeParse(raw);
  if (!header.success) {
    const issue = header.error.issues[0]!;
    return { ok: false, error: `The file's "${issue.path.join('.')}" is invalid: ${issue.message}.` };
  }
  const range = rangeRefusal(header.data.range, bounds);
  if (range) return range;
  const events = (raw as { events: unknown[] }).events;
  for (let index = 0; index < events.length; index += 1) {
    const problem = eventProblem(events[index], bounds);
    if (problem) return eventRefusal(problem, index, `Event ${index + 1}`);
  }
  const checked = events as ExportedEvent[];
  const operators = tooManyOperators(checked);
  if (operators) return operators;
  const { operator, source } = header.data;
  // Checked in place rather than copied: a big team's merge makes garbage enough.
  return {
    ok: true,
    file: {
      ...header.data,
      source: withoutControls(source),
      operator: withoutControls(operator) || 'operator',
      events: checked,
    },
  };
}

function parseStatsCsv(text: string, bounds: { from: number; to: number }): ParsedStatsFile {
  const parsed = parseCsv(text);
  const missing = statsCsvColumns.filter((column) => !parsed.columns.includes(column));
  if (missing.length > 0) return refuse({ key: 'statsFileNotCsv', params: { columns: missing.join(', ') } });
  const firstError = parsed.errors[0];
  if (firstError) return { ok: false, error: `CSV record ${firstError.record}: ${firstError.message}.` };
  const events: ExportedEvent[] = [];
  let source: string | null = null;
  let from = Infinity;
  let to = -Infinity;
  const number = (cell: string | undefined) => (cell === undefined || cell === '' ? undefined : Number(cell));
  for (const [index, row] of parsed.rows.entries()) {
    const record = index + 2;
    const identity = row.event ?? '';
    const colon = identity.lastIndexOf(':');
    const rowSource = identity.slice(0, colon);
    if (colon <= 0) return { ok: false, error: `CSV record ${record}: "event" must be source:id.` };
    if (source !== null && rowSource !== source)
      return { ok: false, error: `CSV record ${record}: events of two installations in one file.` };
    source = rowSource;
    const candidate: Record<string, unknown> = {
      id: number(identity.slice(colon + 1)),
      at: number(row.at_ms),
      type: row.type,
      site: row.site,
      operator: row.operator,
      conversation: row.conversation,
      priority: row.priority || undefined,
      replyMs: number(row.reply_ms),
      firstResponseMs: number(row.first_response_ms),
      waitMs: number(row.wait_ms),
      focusMs: number(row.focus_ms),
      template: row.template || undefined,
    };
    const problem = eventProblem(candidate, bounds);
    if (problem) return eventRefusal(problem, index, `CSV record ${record}`);
    for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
    const event = candidate as unknown as ExportedEvent;
    events.push(event);
    if (event.at < from) from = event.at;
    if (event.at + 1 > to) to = event.at + 1;
  }
  if (source === null) return refuse({ key: 'statsFileNoEvents' });
  if (to - from > MAX_RANGE_MS) return refuse({ key: 'statsFileEventsTooSpread' });
  const tooMany = tooManyOperators(events);
  if (tooMany) return tooMany;
  const operators = new Set(events.map((event) => event.operator));
  return {
    ok: true,
    file: {
      kind: STATS_FILE_KIND,
      version: STATS_FILE_VERSION,
      // A CSV file does not say when it was made or which range was asked for: its events tell.
      exportedAt: to,
      source: withoutControls(source),
      operator: operators.size === 1 ? events[0]!.operator : [...operators].sort().join(', '),
      range: { from, to },
      events,
    },
  };
}
