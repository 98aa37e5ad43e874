import type { Observation } from '../domain/observation';
import { messageSig } from '../domain/message-sig';
import { addressTokens, linkIsHere } from './open-row';

// Which conversation is open, followed from one observation to the next. Some
// consoles move the open conversation's row out of sight once it is answered (a
// "Pending" list it leaves for a hidden "Active" tab), while its chat stays open:
// no row is marked open any more, but the chat shown is still the same one.

export interface OpenConversation {
  key: string;
  name: string | null;
  /** The open chat's newest messages when last seen (in memory only, never stored). */
  tail: string[];
}

/** Messages compared to tell a chat continues. */
const TAIL = 3;

/** Whether `tail` appears, in order and together, among `sigs`: the same chat, maybe with more after. */
function continues(tail: readonly string[], sigs: readonly string[]): boolean {
  if (tail.length === 0) return false;
  for (let start = 0; start + tail.length <= sigs.length; start += 1)
    if (tail.every((sig, index) => sigs[start + index] === sig)) return true;
  return false;
}

/**
 * The open conversation now: the row the page marks open (or the chat pane's own
 * key); else, when no row says so but the chat shown continues the one open
 * before (its newest messages still there, in order), that one; else none. When
 * the page's signs disagree, none: a wrong name is worse than no name.
 */
export function followOpen(
  previous: OpenConversation | null,
  observation: Observation,
): OpenConversation | null {
  const messages = observation.chat?.messages ?? [];
  const sigs = messages.map(messageSig);
  // One message known only by its words ("Hello") could be another chat's: too little to
  // follow. One with an id or a time is taken as itself.
  const lone = messages.length === 1 && messages[0]!.id === null && messages[0]!.at === null;
  const tail = lone ? [] : sigs.slice(-TAIL);
  const row =
    observation.rows.find((candidate) => candidate.active) ??
    (observation.chat?.key
      ? observation.rows.find((candidate) => candidate.key === observation.chat!.key)
      : undefined);
  if (row) return { key: row.key, name: row.name, tail };
  if (observation.chat?.key) return { key: observation.chat.key, name: null, tail };
  if (!previous || observation.open === 'unsure' || sigs.length === 0) return null;
  return continues(previous.tail, sigs) ? { ...previous, tail } : null;
}

/** Keys shorter than this turn up in addresses for other reasons ("1", "en"). */
const ADDRESS_KEY_MIN = 3;

/**
 * With no list on screen (a ticket view replaces it), the one conversation seen
 * earlier on this page whose key the address names (`#/tickets/4101`), or whose
 * link leads here. Two: none. Asked when needed: the address may change while
 * what the page shows looks the same (one ticket view after another).
 */
export function openByAddress(address: {
  here: URL;
  base: string;
  seen: ReadonlyMap<string, string | null>;
}): { key: string; name: string | null } | null {
  const tokens = addressTokens(address.here);
  const found = [...address.seen].filter(
    ([key]) =>
      (key.length >= ADDRESS_KEY_MIN && tokens.has(key)) ||
      (key.includes('/') && linkIsHere(key, address.here, address.base)),
  );
  return found.length === 1 ? { key: found[0]![0], name: found[0]![1] } : null;
}
