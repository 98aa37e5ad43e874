import { z } from '../zod';
import type { ExportedEvent } from './export-file';
import { quoted, withoutControls } from './shown-text';
import {
  eventProblem,
  eventRefusal,
  rangeRefusal,
  refuse,
  tooManyOperators,
  type ParsedStatsFile,
} from './stats-file-check';
import { STATS_FILE_KIND, STATS_FILE_VERSION } from './types';

// Reading a JSON statistics file: a header checked by zod, then each event by hand.

const headerSchema = z.object({
  kind: z.literal(STATS_FILE_KIND),
  version: z.literal(STATS_FILE_VERSION),
  exportedAt: z.number(),
  source: z.string().min(1).max(100),
  operator: z.string().min(1).max(100),
  range: z.object({ from: z.number(), to: z.number() }),
  events: z.custom<unknown[]>(Array.isArray, { message: 'must be a list of events' }),
});

export function parseStatsJson(text: string, bounds: { from: number; to: number }): ParsedStatsFile {
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
