import { eventTimeBounds } from './file-limits';
import { parseStatsCsv } from './read-stats-csv';
import { parseStatsJson } from './read-stats-json';
import { refuse, type ParsedStatsFile } from './stats-file-check';

// Reading a statistics file, whichever of the two formats it is in.

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
  return parseStatsJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, bounds);
}
