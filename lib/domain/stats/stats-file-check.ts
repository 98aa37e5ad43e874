import { priorityLevels } from '../thresholds';
import { createTranslator, type MessageKey } from '../../i18n/messages';
import { dayOf, MAX_OPERATORS_PER_FILE, MAX_RANGE_MS } from './file-limits';
import { quoted, withoutControls } from './shown-text';
import { statsEventTypes, type StatsEvent, type StatsExportFile } from './types';

// Checks what a statistics file brings, JSON or CSV alike: each event, the range
// and the number of operators, refused with a reason in the operator's language.

const types: ReadonlySet<string> = new Set(statsEventTypes);
const levels: ReadonlySet<string> = new Set(priorityLevels);
const durations = ['replyMs', 'firstResponseMs', 'waitMs', 'focusMs'] as const;
const shownFields = ['site', 'operator', 'conversation', 'template'] as const;

/** A refusal the page shows in the operator's language (the CLI in English). */
export interface StatsFileReason {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type Problem = string | StatsFileReason;

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

export const refuse = (reason: StatsFileReason): ParsedStatsFile => ({
  ok: false,
  error: english(reason.key, reason.params),
  reason,
});

/** A problem of event `index` (0-based), `label` its place in words ("Event 3", "CSV record 4"). */
export function eventRefusal(problem: Problem, index: number, label: string): ParsedStatsFile {
  if (typeof problem === 'string') return { ok: false, error: `${label}: ${problem}.` };
  return refuse({ ...problem, params: { ...problem.params, event: index + 1 } });
}

/** Too many operators in one file would make the merge keep thousands of accumulators. */
export function tooManyOperators(events: readonly StatsEvent[]): ParsedStatsFile | null {
  const operators = new Set<string>();
  for (const event of events) {
    operators.add(event.operator);
    if (operators.size > MAX_OPERATORS_PER_FILE)
      return refuse({ key: 'statsFileTooManyOperators', params: { max: MAX_OPERATORS_PER_FILE } });
  }
  return null;
}

/** A range out of bounds, running backwards or too long to merge. */
export function rangeRefusal(
  { from, to }: { from: number; to: number },
  bounds: { from: number; to: number },
) {
  if (!(from >= bounds.from && from < bounds.to))
    return refuse({ key: 'statsFileRangeStart', params: { from: dayOf(bounds.from), to: dayOf(bounds.to) } });
  if (to < from) return refuse({ key: 'statsFileRangeReversed' });
  if (to - from > MAX_RANGE_MS) return refuse({ key: 'statsFileRangeTooLong' });
  return null;
}
