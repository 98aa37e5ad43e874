import { parseStatsFile } from './export-file';
import { combineMetrics, createMetricsAccumulator, type MetricsAccumulator } from './metrics';
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

/** Ids below this are remembered in a bitmap (at most 8 MiB per installation), others in a set. */
const BITMAP_IDS = 1 << 26;

/**
 * Remembers which events were already counted. An event's identity is its
 * installation (`source`, random per browser profile) and its database id: the
 * same file twice, or two exports of one operator with overlapping ranges,
 * contribute each event once. Database ids count up from 1, so a bitmap per
 * installation holds millions of them in a few megabytes.
 */
export function createEventDeduper() {
  const seen = new Map<string, { bits: Uint8Array; rest: Set<number> }>();
  return (source: string, id: number): boolean => {
    let entry = seen.get(source);
    if (!entry) seen.set(source, (entry = { bits: new Uint8Array(8192), rest: new Set() }));
    if (id >= BITMAP_IDS || id < 0) {
      if (entry.rest.has(id)) return false;
      entry.rest.add(id);
      return true;
    }
    const byte = id >>> 3;
    if (byte >= entry.bits.length) {
      const grown = new Uint8Array(Math.min(BITMAP_IDS >>> 3, Math.max(byte + 1, entry.bits.length * 2)));
      grown.set(entry.bits);
      entry.bits = grown;
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
  return { name, error: null, operator: file.operator, events: file.events.length, duplicates };
}

/**
 * Reads the files a team lead picked. Never throws: a file that cannot be read
 * gets its own report (its name, and the problem in one sentence) and the
 * others still load. Nothing is stored.
 */
export function loadTeamFiles(files: readonly NamedFile[]): TeamData {
  const isNew = createEventDeduper();
  const events: StatsEvent[] = [];
  const reports: TeamFileReport[] = [];
  let range: TeamData['range'] = null;
  for (const { name, text } of files) {
    const parsed = parseStatsFile(text);
    if (!parsed.ok) {
      reports.push({ name, error: parsed.error, operator: null, events: 0, duplicates: 0 });
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
        operators: sorted.map(([operator, accumulator]) => ({ operator, metrics: accumulator.result() })),
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
