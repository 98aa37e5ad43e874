import { parseStatsFile } from './parse-stats-file';
import { withoutControls } from './shown-text';
import { combineMetrics } from './combine-metrics';
import { createMetricsAccumulator, type MetricsAccumulator } from './metrics';
import type {
  NamedFile,
  StatsEvent,
  StatsExportFile,
  StatsQuery,
  TeamData,
  TeamFileReport,
  TeamMetrics,
  TeamQuery,
} from './types';

/** Ids below this may be remembered in a bitmap (at most 8 MiB per installation), others in a set. */
const BITMAP_IDS = 1 << 26;
/** A bitmap may take this many bytes, plus two per id seen: one high id must not cost 8 MiB. */
const BITMAP_FREE_BYTES = 64 * 1024;

/**
 * Remembers which events were already counted. An event's identity is its
 * installation (`source`, random per browser profile) and its database id: the
 * same file twice, or two exports of one operator with overlapping ranges,
 * contribute each event once. Database ids count up from 1, so a bitmap per
 * installation holds millions of them in a few megabytes; it grows only as far
 * as the ids seen justify (a file of one event with id 60,000,000 keeps it in
 * the set), and ids the set held move into it when it grows over them.
 */
export function createEventDeduper() {
  const seen = new Map<string, { bits: Uint8Array; rest: Set<number>; count: number }>();
  const grow = (entry: { bits: Uint8Array; rest: Set<number> }, bytes: number) => {
    const grown = new Uint8Array(bytes);
    grown.set(entry.bits);
    entry.bits = grown;
    const limit = bytes * 8;
    for (const id of entry.rest)
      if (id >= 0 && id < limit) {
        grown[id >>> 3]! |= 1 << (id & 7);
        entry.rest.delete(id);
      }
  };
  return (source: string, id: number): boolean => {
    let entry = seen.get(source);
    if (!entry) seen.set(source, (entry = { bits: new Uint8Array(8192), rest: new Set(), count: 0 }));
    entry.count += 1;
    const byte = id >>> 3;
    if (id >= 0 && id < BITMAP_IDS && byte >= entry.bits.length) {
      const wanted = Math.min(BITMAP_IDS >>> 3, Math.max(byte + 1, entry.bits.length * 2));
      if (wanted <= BITMAP_FREE_BYTES + 2 * entry.count) grow(entry, wanted);
    }
    if (id < 0 || id >= BITMAP_IDS || byte >= entry.bits.length) {
      if (entry.rest.has(id)) return false;
      entry.rest.add(id);
      return true;
    }
    const mask = 1 << (id & 7);
    if (entry.bits[byte]! & mask) return false;
    entry.bits[byte]! |= mask;
    return true;
  };
}

/**
 * Adds one file's events to the merge: `accept` is called for each event not
 * seen before. Returns the file's report (its duplicates counted).
 */
export function mergeStatsFile(
  name: string,
  file: StatsExportFile,
  isNew: (source: string, id: number) => boolean,
  accept: (event: StatsEvent) => void,
): TeamFileReport {
  let duplicates = 0;
  for (const event of file.events) {
    if (isNew(file.source, event.id)) accept(event);
    else duplicates += 1;
  }
  return {
    name: withoutControls(name),
    error: null,
    operator: file.operator,
    events: file.events.length,
    duplicates,
  };
}

/** The report of a file that was not merged: its name and the problem in one sentence. */
export function failedFileReport(
  name: string,
  error: string,
  reason?: TeamFileReport['reason'],
): TeamFileReport {
  return {
    name: withoutControls(name),
    error,
    ...(reason ? { reason } : {}),
    operator: null,
    events: 0,
    duplicates: 0,
  };
}

/**
 * Reads the files a team lead picked at `now` (event times after it are
 * refused). Never throws: a file that cannot be read gets its own report (its
 * name, and the problem in one sentence) and the others still load. Nothing is
 * stored.
 */
export function loadTeamFiles(files: readonly NamedFile[], now: number): TeamData {
  const isNew = createEventDeduper();
  const events: StatsEvent[] = [];
  const reports: TeamFileReport[] = [];
  let range: TeamData['range'] = null;
  for (const { name, text } of files) {
    const parsed = parseStatsFile(text, now);
    if (!parsed.ok) {
      reports.push(failedFileReport(name, parsed.error, parsed.reason));
      continue;
    }
    reports.push(mergeStatsFile(name, parsed.file, isNew, (event) => events.push(event)));
    const { from, to } = parsed.file.range;
    range = range ? { from: Math.min(range.from, from), to: Math.max(range.to, to) } : { from, to };
  }
  return { events, files: reports, range };
}

/** Fills a team query's missing range from the files (or an empty range when none loaded). */
export function teamStatsQuery(range: TeamData['range'], query: TeamQuery): StatsQuery {
  return {
    ...query,
    from: query.from ?? range?.from ?? 0,
    to: query.to ?? range?.to ?? 0,
  };
}

/**
 * Accumulates per operator in one pass (the CLI feeds it file by file; the
 * page through computeTeamMetrics); the team's figures combine the operators'.
 */
export function createTeamAccumulator(query: StatsQuery) {
  const operators = new Map<string, MetricsAccumulator>();
  return {
    add(event: StatsEvent) {
      let own = operators.get(event.operator);
      if (!own) operators.set(event.operator, (own = createMetricsAccumulator(query)));
      own.add(event);
    },
    result(files: TeamFileReport[]): TeamMetrics {
      const sorted = [...operators].sort(([a], [b]) => a.localeCompare(b));
      return {
        operators: sorted.map(([operator, accumulator]) => ({
          operator,
          metrics: accumulator.result({ perDay: false }),
        })),
        team: combineMetrics(
          sorted.map(([, accumulator]) => accumulator.state),
          query,
        ),
        files,
      };
    },
  };
}

/** Per-operator and team metrics of loaded team files, for a range and filters. */
export function computeTeamMetrics(data: TeamData, query: TeamQuery): TeamMetrics {
  const accumulator = createTeamAccumulator(teamStatsQuery(data.range, query));
  for (const event of data.events) accumulator.add(event);
  return accumulator.result(data.files);
}
