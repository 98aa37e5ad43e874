import { parseStatsFile } from './export-file';
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

/**
 * Remembers which events were already counted. An event's identity is its
 * installation (`source`, random per browser profile) and its database id: the
 * same file twice, or two exports of one operator with overlapping ranges,
 * contribute each event once. Ids are kept as numbers per source, which stays
 * small even for millions of events.
 */
export function createEventDeduper() {
  const seen = new Map<string, Set<number>>();
  return (source: string, id: number): boolean => {
    let ids = seen.get(source);
    if (!ids) seen.set(source, (ids = new Set()));
    if (ids.has(id)) return false;
    ids.add(id);
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
 * gets its own error (naming the file and the problem) and the others still
 * load. Nothing is stored.
 */
export function loadTeamFiles(files: readonly NamedFile[]): TeamData {
  const isNew = createEventDeduper();
  const events: StatsEvent[] = [];
  const reports: TeamFileReport[] = [];
  let range: TeamData['range'] = null;
  for (const { name, text } of files) {
    const parsed = parseStatsFile(text);
    if (!parsed.ok) {
      reports.push({ name, error: `${name}: ${parsed.error}`, operator: null, events: 0, duplicates: 0 });
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
 * Accumulates per operator and for the whole team in one pass (the CLI feeds
 * it file by file; the page through computeTeamMetrics).
 */
export function createTeamAccumulator(query: StatsQuery) {
  const team = createMetricsAccumulator(query);
  const operators = new Map<string, MetricsAccumulator>();
  return {
    add(event: StatsEvent) {
      team.add(event);
      let own = operators.get(event.operator);
      if (!own) operators.set(event.operator, (own = createMetricsAccumulator(query)));
      own.add(event);
    },
    result(files: TeamFileReport[]): TeamMetrics {
      return {
        operators: [...operators]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([operator, accumulator]) => ({ operator, metrics: accumulator.result() })),
        team: team.result(),
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
