import type { ObservedMessage, ObservedRow } from './observation';
import { textHash } from './text-hash';

// Fingerprints that tell messages and previews apart without keeping their words:
// a clock record stores these, never what a customer wrote.

/** What tells one message from another: the console's id, else author, time and words — fingerprinted. */
export const messageSig = (message: ObservedMessage) =>
  textHash(message.id ?? `${message.author}|${message.at ?? ''}|${message.text}`);

/** How many of the newest messages' signatures a record keeps, joined by SEP. */
const TAIL = 3;
const SEP = '\u001f';

/**
 * Where the newest message seen last time sits in `sigs`, or -1. A tail shorter
 * than TAIL means the whole chat was that short, so it must match at the start.
 */
export function findSeen(sigs: readonly string[], stored: string): number {
  const tail = stored.split(SEP);
  const matchesAt = (end: number) => tail.every((sig, i) => sigs[end - tail.length + 1 + i] === sig);
  if (tail.length < TAIL) return matchesAt(tail.length - 1) ? tail.length - 1 : -1;
  for (let end = sigs.length - 1; end >= tail.length - 1; end -= 1) if (matchesAt(end)) return end;
  return -1;
}

/** A row's preview with its author, fingerprinted: a changed one tells of a new message. */
export const previewSig = (row: ObservedRow) =>
  row.preview === null ? null : textHash(`${row.previewAuthor ?? '?'}|${row.preview}`);

/** The signatures a record keeps of a chat's newest messages. */
export const tailSig = (sigs: readonly string[]) => sigs.slice(-TAIL).join(SEP);
