import type { Observation, ObservedRow } from '../domain/observation';
import {
  compile,
  findAllBelow,
  findIn,
  findShownBelow,
  firstProductive,
  type Compiled,
} from './compiled-profile';
import { findOpenRow, type KeyKind, type OpenRowMemory, type ScannedRow } from './open-row';
import { readChat } from './read-chat';
import { inferCustomerPreviews, readName, readRow, rowKey } from './read-row';
import { MAX_ROWS_PER_SCAN } from './scan-budget';
import { searchScope } from './search-scope';
import type { SiteProfile } from './site-profile';

// The adapter engine: reads a helpdesk page through a site profile into an
// Observation (rows: read-row.ts, the open chat: read-chat.ts, which row is open:
// open-row.ts), and finds a row's element, its badge anchor and the composer.

function isActive(row: Element, rule: NonNullable<Compiled['active']>): boolean {
  if (rule.name !== null && row.getAttribute(rule.name) === rule.value) return true;
  return rule.selectors !== null && rule.selectors.length > 0 && findIn(row, rule.selectors) !== null;
}

function keyKind(compiled: Compiled): KeyKind {
  if (compiled.keyFromName) return 'name';
  // The row's own link or the link inside it: its target is an address.
  return compiled.keyAttribute === 'href' ? 'link' : 'attribute';
}

/** The row selector that finds rows here: the first productive one, as findAllBelow takes it. */
function rowSelectorIn(root: ParentNode, compiled: Compiled): string | null {
  return compiled.rows.find((selector) => root.querySelector(selector) !== null) ?? null;
}

function documentOf(page: ParentNode): Document | null {
  const node = page as ParentNode & Node;
  if (node.nodeType === Node.DOCUMENT_NODE) return node as Document;
  return node.ownerDocument ?? null;
}

/**
 * The rows with their keys, in page order. Without a stable key a row cannot carry
 * a clock; a repeated key is the same conversation shown twice — except a name, the
 * last resort: two customers of one name get "Анна", "Анна #2" by their place in
 * the list (teaching warns that a reordered list can swap them).
 */
function* keyedRows(
  root: ParentNode,
  compiled: Compiled,
  found: Element[] = findAllBelow(root, compiled.rows),
): Generator<{ row: Element; key: string; name: string | null }> {
  const seen = new Set<string>();
  for (const row of found) {
    const name = readName(row, compiled);
    let key = rowKey(row, name, compiled);
    if (key !== null && seen.has(key) && compiled.keyFromName && key === name) {
      let n = 2;
      while (seen.has(`${name} #${n}`)) n += 1;
      key = `${name} #${n}`;
    }
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    yield { row, key, name };
  }
}

/**
 * Reads what the page shows through the profile. Pure reading: it never writes to
 * the DOM. With `now`, rows whose profile has no time rule get the time the page
 * shows in them (a conversation already waiting starts from it, not from 0).
 * Only the first `maxRows` rows are read: a page of 20,000 must not freeze the console.
 */
export function observe(
  page: ParentNode,
  profile: SiteProfile,
  site: string,
  now?: number,
  memory?: OpenRowMemory,
  maxRows = MAX_ROWS_PER_SCAN,
): Observation {
  return scanPage(page, profile, site, now, memory, maxRows).observation;
}

/**
 * `observe`, plus the element of each row it read, by key: badges are placed on
 * them until the next scan without asking the page's selectors again (a costly
 * profile would pay its cost per badge per frame).
 */
export function scanPage(
  page: ParentNode,
  profile: SiteProfile,
  site: string,
  now?: number,
  memory?: OpenRowMemory,
  maxRows = MAX_ROWS_PER_SCAN,
): { observation: Observation; rowElements: Map<string, Element> } {
  const compiled = compile(profile);
  const root = searchScope(page, profile);
  const rows: ObservedRow[] = [];
  const scanned: ScannedRow[] = [];
  // The row selector is asked once: a costly one would otherwise run twice per scan.
  const { selector: rowSelector, found } = firstProductive(root, compiled.rows);
  for (const { row, key, name } of keyedRows(root, compiled, found.slice(0, maxRows))) {
    rows.push(readRow(row, key, name, compiled, now));
    scanned.push({ element: row, key, name });
  }
  inferCustomerPreviews(rows, compiled);
  const doc = documentOf(page);
  const activeRule = compiled.active;
  const open = doc
    ? findOpenRow({
        rows: scanned,
        doc,
        keyKind: keyKind(compiled),
        rowSelector,
        ...(activeRule ? { profileSays: (row: Element) => isActive(row, activeRule) } : {}),
        ...(memory && now !== undefined ? { memory, now } : {}),
      })
    : ({ key: null, certainty: 'none' } as const);
  for (const row of rows) row.active = row.key === open.key;
  const observation: Observation = {
    site,
    profileId: profile.id,
    rows,
    open: open.certainty,
    chat: compiled.chat ? readChat(root, compiled.chat, now) : null,
    composerFound: compiled.composer !== null && findShownBelow(root, compiled.composer) !== null,
    ...(found.length > maxRows ? { rowsNotRead: found.length - maxRows } : {}),
  };
  return { observation, rowElements: new Map(scanned.map(({ key, element }) => [key, element])) };
}

/** The key of the conversation row on an event's path (shadow roots included), if it happened in one. */
export function rowOnPath(event: Event, profile: SiteProfile): { row: Element; key: string } | null {
  const compiled = compile(profile);
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    if (!compiled.rows.some((selector) => target.matches(selector))) continue;
    const key = rowKey(target, readName(target, compiled), compiled);
    return key === null ? null : { row: target, key };
  }
  return null;
}

/** The row element `observe` reports under `key` (for placing badges and opening the chat). */
export function findRowElement(page: ParentNode, profile: SiteProfile, key: string): Element | null {
  if (!key) return null;
  const compiled = compile(profile);
  const root = searchScope(page, profile);
  // Called per badge per frame, so ask the browser for the few elements carrying the key.
  // Keys that would need escaping inside a selector, and name keys, take the slow walk.
  if (!compiled.keyFromName && !/["\\\n\r\f]/.test(key)) {
    const rowSelector = rowSelectorIn(root, compiled);
    if (!rowSelector) return null;
    for (const candidate of root.querySelectorAll(`[${compiled.keyAttribute}="${key}"]`)) {
      if (!compiled.keyInside) {
        if (candidate.matches(rowSelector)) return candidate;
        continue;
      }
      // The key sits on an element inside the row (its link): the row around it, if that is its key holder.
      const row = candidate.parentElement?.closest(rowSelector);
      if (row && findIn(row, compiled.keyInside) === candidate) return row;
    }
    return null;
  }
  // Same order and keys as observe.
  for (const keyed of keyedRows(root, compiled)) if (keyed.key === key) return keyed.row;
  return null;
}

/** The element the overlay hangs a row's badge on: the profile's anchor inside the row, else the row. */
export function findBadgeAnchor(row: Element, profile: SiteProfile): Element {
  const anchor = compile(profile).badgeAnchor;
  return (anchor && findIn(row, anchor)) || row;
}

/** The page's reply editor, if the profile knows where it is (for inserting templates). */
export function findComposer(page: ParentNode, profile: SiteProfile): HTMLElement | null {
  const compiled = compile(profile);
  if (!compiled.composer) return null;
  return findShownBelow(searchScope(page, profile), compiled.composer) as HTMLElement | null;
}
