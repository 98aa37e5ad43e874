import { MAX_FILE_BYTES } from './file-limits';

export type StatsBytesProblem = 'too-big' | 'not-utf8';

export type DecodedStatsFile = { ok: true; text: string } | { ok: false; problem: StatsBytesProblem };

/** Checked before a file is read: a file over the cap is never loaded into memory. */
export const statsFileTooBig = (size: number) => size > MAX_FILE_BYTES;

/** The cap in whole megabytes, for messages ("32"). */
export const maxFileMegabytes = () => Math.floor(MAX_FILE_BYTES / (1024 * 1024));

/**
 * A statistics file's bytes as text. Exports are UTF-8; bytes that are not
 * are refused rather than read as U+FFFD, which would merge a damaged file as
 * if it were whole.
 */
export function decodeStatsFile(bytes: Uint8Array): DecodedStatsFile {
  if (statsFileTooBig(bytes.byteLength)) return { ok: false, problem: 'too-big' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}
