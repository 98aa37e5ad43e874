import { parseCsv } from '../csv';
import { statsCsvColumns, type ExportedEvent } from './export-file';
import { MAX_RANGE_MS } from './file-limits';
import { withoutControls } from './shown-text';
import {
  eventProblem,
  eventRefusal,
  refuse,
  tooManyOperators,
  type ParsedStatsFile,
} from './stats-file-check';
import { STATS_FILE_KIND, STATS_FILE_VERSION } from './types';

// Reading a CSV statistics file: one row per event, its range and installation told by the events.

export function parseStatsCsv(text: string, bounds: { from: number; to: number }): ParsedStatsFile {
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
