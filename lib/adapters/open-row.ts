import { wordPattern } from '../domain/word-pattern';
import { words as openRowClassWords } from './data/open-row-class-words.json';
import { isShown } from './is-shown';
import { collapse } from './page-text';
import { queryInside } from './shadow-path';

/** A conversation row as a scan found it. */
export interface ScannedRow {
  element: Element;
  key: string;
  name: string | null;
}

/**
 * Which conversation the page shows open. `known`: every signal the page gives
 * points at this one row. `none`: the page gives no signal (nothing open, or a
 * console that marks the open chat in no way we can read). `unsure`: signals
 * point at several rows or disagree; the extension then treats none as open
 * rather than guess (a reply counted for the wrong customer is worse).
 */
export type OpenRow = { key: string; certainty: 'known' } | { key: null; certainty: 'none' | 'unsure' };

/** How a row's key relates to the page's address. */
export type KeyKind = 'attribute' | 'link' | 'name';

/**
 * What the sensor keeps between scans to learn a console's own mark for the open
 * row, the way a person does: click a row, see it highlighted. Many consoles mark
 * it only with a generated class (`_a8Bc9d`) that no rule can recognise.
 */
export interface OpenRowMemory {
  /**
   * The row the operator last pressed — by key, since a virtualised list may show
   * another conversation in the same element a moment later — with its classes then.
   */
  pressed: { key: string; before: ReadonlySet<string>; at: number } | null;
  /** A class the console gave the pressed row and no other row: its mark for the open one. */
  learnedClass: string | null;
  /**
   * The row last pressed: when the pane's header shows a name two rows share, the one
   * the operator pressed is the one they opened (as they know themselves).
   */
  pressedKey: string | null;
}

/** A press teaches only through the change it causes soon after. */
const PRESS_LEARNS_MS = 5000;

export interface OpenRowInput {
  rows: readonly ScannedRow[];
  /** The page's document: its address and its headings. */
  doc: Document;
  keyKind: KeyKind;
  /** A selector for the rows (headings inside them are row text, not a pane's header). */
  rowSelector: string | null;
  /** The profile's own rule for the open row (built-in profiles), if any. */
  profileSays?: (row: Element) => boolean;
  /** Learning from the operator's presses (the sensor's); `now` times them. */
  memory?: OpenRowMemory;
  now?: number;
}

const ARIA_OPEN = '[aria-selected="true"], [aria-current]:not([aria-current="false"])';
/** Class words consoles use for the open row: `active`, `is-selected`, `conv--current`, `open`. */
const STATE_WORD = wordPattern('(?:^|[-_])(?:{words})(?:$|[-_])', openRowClassWords, 'i');
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], header';
/** Shorter keys ("1", "en") appear in addresses for other reasons. */
const URL_KEY_MIN = 3;
const HEADING_TEXTS_MAX = 30;

/** Rows marked by ARIA, on the row or on its own link or item inside. */
function byAria(rows: readonly ScannedRow[]): Set<string> {
  return new Set(
    rows
      .filter(({ element }) => element.matches(ARIA_OPEN) || queryInside(element, ARIA_OPEN) !== null)
      .map((row) => row.key),
  );
}

/** The one row carrying a state-word class no other row carries (`current`, `is-active`). */
function byStateClass(rows: readonly ScannedRow[]): Set<string> {
  if (rows.length < 2) return new Set();
  const holders = new Map<string, string[]>();
  for (const row of rows)
    for (const token of row.element.classList)
      if (STATE_WORD.test(token)) holders.set(token, [...(holders.get(token) ?? []), row.key]);
  const keys = new Set<string>();
  for (const owners of holders.values()) if (owners.length === 1) keys.add(owners[0]!);
  return keys;
}

/** The page's address split into its parts: path segments, hash segments, query values. */
export function addressTokens(location: URL): Set<string> {
  const text = `${location.pathname}/${location.hash}/${location.search}`;
  return new Set(
    text
      .split(/[/#?&=;,]+/)
      .map((token) => {
        try {
          return decodeURIComponent(token);
        } catch {
          return token;
        }
      })
      .filter(Boolean),
  );
}

/** A row's link leads to the page shown now (query parameters the link names must match too). */
export function linkIsHere(href: string, here: URL, base: string): boolean {
  let target: URL;
  try {
    target = new URL(href, base);
  } catch {
    return false;
  }
  const trim = (path: string) => path.replace(/\/+$/, '');
  if (target.origin !== here.origin || trim(target.pathname) !== trim(here.pathname)) return false;
  if (target.hash !== here.hash) return false;
  for (const [name, value] of target.searchParams) if (here.searchParams.get(name) !== value) return false;
  // A link to the list itself ("#", the page) names no conversation.
  return target.hash.length > 2 || target.pathname !== new URL(base).pathname;
}

function byAddress(rows: readonly ScannedRow[], doc: Document, keyKind: KeyKind): Set<string> {
  const href = doc.location?.href;
  if (!href || keyKind === 'name') return new Set();
  const here = new URL(href);
  if (keyKind === 'link')
    return new Set(rows.filter((row) => linkIsHere(row.key, here, doc.baseURI)).map((row) => row.key));
  const tokens = addressTokens(here);
  return new Set(
    rows.filter((row) => row.key.length >= URL_KEY_MIN && tokens.has(row.key)).map((row) => row.key),
  );
}

/** Rows whose customer's name a visible heading outside the list shows (the open pane's header). */
function byHeading(input: OpenRowInput): Set<string> {
  const byName = new Map<string, string[]>();
  for (const row of input.rows) {
    const name = collapse(row.name);
    if (name) byName.set(name, [...(byName.get(name) ?? []), row.key]);
  }
  const keys = new Set<string>();
  if (byName.size === 0) return keys;
  for (const heading of input.doc.querySelectorAll(HEADINGS)) {
    if (input.rowSelector && heading.closest(input.rowSelector)) continue;
    if (input.rows.some((row) => heading.contains(row.element))) continue;
    const texts = [heading, ...heading.querySelectorAll('*')].slice(0, HEADING_TEXTS_MAX);
    const named = texts.flatMap((element) => byName.get(collapse(element.textContent)) ?? []);
    if (named.length > 0 && isShown(heading)) for (const key of named) keys.add(key);
  }
  return keys;
}

/** The class a pressed row gained that no other row carries, once the console has drawn it. */
function learnFromPress(rows: readonly ScannedRow[], memory: OpenRowMemory, now: number): void {
  const { pressed } = memory;
  if (!pressed) return;
  if (now - pressed.at > PRESS_LEARNS_MS) {
    memory.pressed = null;
    return;
  }
  const row = rows.find((candidate) => candidate.key === pressed.key);
  if (!row) return;
  memory.pressedKey = row.key;
  const gained = [...row.element.classList].filter(
    (token) =>
      !pressed.before.has(token) &&
      rows.every((other) => other === row || !other.element.classList.contains(token)),
  );
  if (gained.length === 0) return; // not drawn yet
  memory.pressed = null;
  // Two new classes at once (`open` and `was-read`): which one marks the open row is not known.
  if (gained.length === 1) memory.learnedClass = gained[0]!;
}

/** Of several rows a header's name fits, the one the operator pressed (if it is among them). */
function narrowToPressed(keys: Set<string>, memory: OpenRowMemory | undefined): Set<string> {
  const pressed = memory?.pressedKey;
  return keys.size > 1 && pressed && keys.has(pressed) ? new Set([pressed]) : keys;
}

/** The row carrying the learned class; a class several rows carry marks something else: forgotten. */
function byLearnedClass(rows: readonly ScannedRow[], memory: OpenRowMemory | undefined): Set<string> {
  const token = memory?.learnedClass;
  if (!token) return new Set();
  const holders = rows.filter((row) => row.element.classList.contains(token));
  if (holders.length > 1) memory.learnedClass = null;
  return new Set(holders.length === 1 ? [holders[0]!.key] : []);
}

/**
 * The open conversation, read the way a person tells it: the row the console
 * marks (ARIA, a state class only it has, the class it gave the row the operator
 * clicked, the profile's rule), the address that
 * names it, the pane header that shows its name. Every signal present must
 * point at the same single row.
 */
export function findOpenRow(input: OpenRowInput): OpenRow {
  const { rows, profileSays, memory, now } = input;
  if (memory && now !== undefined) learnFromPress(rows, memory, now);
  const signals = [
    byLearnedClass(rows, memory),
    byAria(rows),
    byStateClass(rows),
    byAddress(rows, input.doc, input.keyKind),
    narrowToPressed(byHeading(input), memory),
    new Set(profileSays ? rows.filter((row) => profileSays(row.element)).map((row) => row.key) : []),
  ].filter((keys) => keys.size > 0);
  if (signals.length === 0) return { key: null, certainty: 'none' };
  const agreed = [...signals[0]!].filter((key) => signals.every((keys) => keys.has(key)));
  return agreed.length === 1 ? { key: agreed[0]!, certainty: 'known' } : { key: null, certainty: 'unsure' };
}
