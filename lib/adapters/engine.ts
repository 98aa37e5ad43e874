import { previewLabel } from '../domain/preview-label';
import type { Author, Observation, ObservedChat, ObservedMessage, ObservedRow } from '../domain/observation';
import { findShownTime } from './find-shown-time';
import { isShown } from './is-shown';
import { findOpenRow, type KeyKind, type OpenRowMemory, type ScannedRow } from './open-row';
import { searchScope } from './search-scope';
import type { SelectorList, SiteProfile } from './site-profile';

const ROW_TEXT_MAX = 300;
const MESSAGE_TEXT_MAX = 2000;
const MESSAGES_MAX = 50;
const AUTHORS: ReadonlySet<string> = new Set<Author>(['customer', 'operator', 'note', 'bot']);

type Selectors = readonly string[];
interface TimeRule {
  selectors: Selectors;
  attribute: string | null;
}
interface Prefix {
  text: string;
  author: Author | null;
}

/** A profile reduced to what a scan needs, built once per profile object. */
interface Compiled {
  rows: Selectors;
  keyAttribute: string;
  /** The element inside the row that carries the key attribute (null: the row itself). */
  keyInside: Selectors | null;
  keyFromName: boolean;
  customerName: Selectors;
  preview: {
    selectors: Selectors;
    authorAttribute: string | null;
    authorValues: Readonly<Record<string, Author>> | null;
    /** Longest first, so "Note: " wins over a shorter label it starts with. */
    prefixes: Prefix[];
  } | null;
  unread: { selectors: Selectors; count: boolean } | null;
  lastTime: TimeRule | null;
  vipMarker: Selectors | null;
  active: { selectors: Selectors | null; name: string | null; value: string } | null;
  chat: {
    root: Selectors;
    keyAttribute: string | null;
    messages: Selectors;
    authors: { selector: string; author: Author }[];
    text: Selectors;
    time: TimeRule | null;
    idAttribute: string | null;
  } | null;
  composer: Selectors | null;
  badgeAnchor: Selectors | null;
}

const LEGACY_GUESSED_ACTIVE = '[class*="active"], [class*="selected"]';

const compiledProfiles = new WeakMap<SiteProfile, Compiled>();

/**
 * A selector the page's engine cannot parse matches nothing instead of breaking
 * every scan. (A service worker has no DOM to validate selectors on import; the
 * options page does, and this is the last line.)
 */
function parses(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const css = (list: SelectorList): Selectors => list.map((selector) => selector.css).filter(parses);
const optionalCss = (list: SelectorList | undefined): Selectors | null => (list ? css(list) : null);

function compile(profile: SiteProfile): Compiled {
  const cached = compiledProfiles.get(profile);
  if (cached) return cached;
  const { preview, chat, activeRow } = profile;
  const prefixes: Prefix[] = [
    ...Object.entries(preview?.prefixAuthors ?? {}).map(([text, author]) => ({ text, author })),
    ...(preview?.stripPrefixes ?? []).map((text) => ({ text, author: null })),
  ]
    // Page text is whitespace-collapsed before it is compared.
    .map((prefix) => ({ ...prefix, text: prefix.text.replace(/\s+/g, ' ').trimStart() }))
    .sort((a, b) => b.text.length - a.text.length);
  const compiled: Compiled = {
    rows: css(profile.rows),
    keyAttribute: profile.rowKey.attribute,
    keyInside: profile.rowKey.inside ? css(profile.rowKey.inside) : null,
    keyFromName: profile.rowKey.fallback === 'name',
    customerName: css(profile.customerName),
    preview: preview
      ? {
          selectors: css(preview.selectors),
          authorAttribute: preview.authorAttribute ?? null,
          authorValues: preview.authorValues ?? null,
          prefixes,
        }
      : null,
    unread: profile.unread ? { selectors: css(profile.unread.selectors), count: profile.unread.count } : null,
    lastTime: profile.lastTime
      ? { selectors: css(profile.lastTime.selectors), attribute: profile.lastTime.attribute ?? null }
      : null,
    vipMarker: optionalCss(profile.vipMarker),
    active: activeRow
      ? {
          // Profiles taught before this release carry a guessed `[class*="active"]`, which also
          // matches "inactive" and status labels; findOpenRow reads state classes more carefully.
          selectors: optionalCss(activeRow.selectors?.filter(({ css }) => css !== LEGACY_GUESSED_ACTIVE)),
          name: activeRow.attribute?.name ?? null,
          value: activeRow.attribute?.value ?? '',
        }
      : null,
    chat: chat
      ? {
          root: css(chat.root),
          keyAttribute: chat.keyAttribute ?? null,
          messages: css(chat.messages),
          authors: chat.authors,
          text: css(chat.text),
          time: chat.time
            ? { selectors: css(chat.time.selectors), attribute: chat.time.attribute ?? null }
            : null,
          idAttribute: chat.messageIdAttribute ?? null,
        }
      : null,
    composer: optionalCss(profile.composer),
    badgeAnchor: optionalCss(profile.badge?.anchor),
  };
  compiledProfiles.set(profile, compiled);
  return compiled;
}

function collapse(text: string | null): string {
  return text ? text.replace(/\s+/g, ' ').trim() : '';
}

/** Cuts to `max` UTF-16 units without leaving half of a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** First selector that finds anything wins: the scope itself, else its first matching descendant. */
function findIn(scope: Element, selectors: Selectors): Element | null {
  for (const selector of selectors) {
    if (scope.matches(selector)) return scope;
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Like findIn, below a root that is usually the document (which matches nothing itself). */
function findBelow(root: ParentNode, selectors: Selectors): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Every element the first productive selector matches, in document order. */
function findAllBelow(root: ParentNode, selectors: Selectors): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** Epoch ms of an ISO date-time; null for anything else (Date.parse alone accepts too much). */
function parseInstant(value: string | null): number | null {
  const text = value?.trim();
  if (!text || !/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : at;
}

/**
 * The row's text with a space between text nodes: textContent would glue "Barnes",
 * "VIP" and "07:38" into one word, and VIP-list entries are matched as whole words.
 */
function readRowText(row: Element): string {
  const walker = row.ownerDocument.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length <= ROW_TEXT_MAX; node = walker.nextNode()) {
    const part = collapse(node.nodeValue);
    if (part) text = text ? `${text} ${part}` : part;
  }
  return clip(text, ROW_TEXT_MAX);
}

function readTime(scope: Element, rule: TimeRule): number | null {
  const element = findIn(scope, rule.selectors);
  if (!element) return null;
  return parseInstant(rule.attribute ? element.getAttribute(rule.attribute) : element.textContent);
}

function readName(row: Element, compiled: Compiled): string | null {
  const element = findIn(row, compiled.customerName);
  return collapse(element?.textContent ?? null) || null;
}

function rowKey(row: Element, name: string | null, compiled: Compiled): string | null {
  const holder = compiled.keyInside ? findIn(row, compiled.keyInside) : row;
  const key = holder?.getAttribute(compiled.keyAttribute);
  if (key) return key;
  return compiled.keyFromName ? name : null;
}

function readUnread(row: Element, rule: NonNullable<Compiled['unread']>): number {
  const marker = findIn(row, rule.selectors);
  // A dot or badge kept in every row and hidden at zero is not unread (a person sees nothing).
  if (!marker || !isShown(marker)) return 0;
  if (!rule.count) return 1;
  const digits = /\d+/.exec(marker.textContent ?? '');
  // "99+" reads as 99; a dot or an icon without a number still means "something unread".
  return digits ? Number(digits[0]) : 1;
}

function mapAuthor(value: string | null, values: Readonly<Record<string, Author>> | null): Author | null {
  if (value === null) return null;
  const key = value.trim();
  if (values) return Object.hasOwn(values, key) ? (values[key] ?? null) : null;
  return AUTHORS.has(key) ? (key as Author) : null;
}

function readPreview(
  row: Element,
  rule: NonNullable<Compiled['preview']>,
): { preview: string | null; previewAuthor: Author | null } {
  const element = findIn(row, rule.selectors);
  if (!element) return { preview: null, previewAuthor: null };
  let text = collapse(element.textContent);
  let author = rule.authorAttribute
    ? mapAuthor(element.getAttribute(rule.authorAttribute), rule.authorValues)
    : null;
  // A customer may type "Note: …" themselves; labels are only the desk's, on the others' messages.
  if (author !== 'customer') {
    const prefix = rule.prefixes.find((candidate) => text.startsWith(candidate.text));
    if (prefix) {
      text = text.slice(prefix.text.length).trimStart();
      author ??= prefix.author;
    }
    // The labels most consoles use ("You: ", "Вы: ", "Note: ") tell the author without teaching.
    const common = author === null && !prefix ? previewLabel(text) : null;
    if (common) ({ author, text } = common);
  }
  return { preview: text || null, previewAuthor: author };
}

function isActive(row: Element, rule: NonNullable<Compiled['active']>): boolean {
  if (rule.name !== null && row.getAttribute(rule.name) === rule.value) return true;
  return rule.selectors !== null && rule.selectors.length > 0 && findIn(row, rule.selectors) !== null;
}

function keyKind(compiled: Compiled): KeyKind {
  if (compiled.keyFromName) return 'name';
  // The row's own link or the link inside it: its target is an address.
  return compiled.keyAttribute === 'href' ? 'link' : 'attribute';
}

function documentOf(page: ParentNode): Document | null {
  const node = page as ParentNode & Node;
  if (node.nodeType === Node.DOCUMENT_NODE) return node as Document;
  return node.ownerDocument ?? null;
}

/** The row's last-message time: by the profile's rule, else found in the row when the scan knows `now`. */
function readLastAt(row: Element, compiled: Compiled, now: number | undefined): number | null {
  if (compiled.lastTime) return readTime(row, compiled.lastTime);
  return now === undefined ? null : findShownTime(row, now, findIn(row, compiled.customerName));
}

function readRow(
  row: Element,
  key: string,
  name: string | null,
  compiled: Compiled,
  now: number | undefined,
): ObservedRow {
  const { preview, previewAuthor } = compiled.preview
    ? readPreview(row, compiled.preview)
    : { preview: null, previewAuthor: null };
  return {
    key,
    name,
    unread: compiled.unread ? readUnread(row, compiled.unread) : 0,
    unreadKnown: compiled.unread !== null,
    preview,
    previewAuthor,
    lastAt: readLastAt(row, compiled, now),
    vipMarker: compiled.vipMarker !== null && findIn(row, compiled.vipMarker) !== null,
    rowText: readRowText(row),
    active: false,
  };
}

function readChat(
  root: ParentNode,
  rule: NonNullable<Compiled['chat']>,
  now: number | undefined,
): ObservedChat | null {
  const chatRoot = findBelow(root, rule.root);
  if (!chatRoot) return null;
  const bubbles = findAllBelow(chatRoot, rule.messages);
  const messages: ObservedMessage[] = [];
  // Newest first until 50 are kept, so a long history costs nothing.
  for (let index = bubbles.length - 1; index >= 0 && messages.length < MESSAGES_MAX; index -= 1) {
    const bubble = bubbles[index]!;
    // Another chat's pane kept hidden in the page (tabbed consoles) is not the open conversation.
    if (!isShown(bubble)) continue;
    const author = rule.authors.find((candidate) => bubble.matches(candidate.selector))?.author;
    if (!author) continue;
    const textElement = findIn(bubble, rule.text) ?? bubble;
    messages.push({
      id: rule.idAttribute ? bubble.getAttribute(rule.idAttribute) || null : null,
      author,
      text: clip(collapse(textElement.textContent), MESSAGE_TEXT_MAX),
      at: rule.time
        ? readTime(bubble, rule.time)
        : now === undefined
          ? null
          : findShownTime(bubble, now, textElement === bubble ? null : textElement),
    });
  }
  messages.reverse();
  return {
    key: rule.keyAttribute ? chatRoot.getAttribute(rule.keyAttribute) || null : null,
    messages,
  };
}

/**
 * A console that labels the operator's previews ("You: …") leaves the customer's
 * unlabelled: where this page shows such a label, an unlabelled preview is the
 * customer's (a read but unanswered chat shows no unread marker, only that).
 * Not where the profile reads authors from an attribute: its values say it all.
 */
function inferCustomerPreviews(rows: ObservedRow[], compiled: Compiled): void {
  if (!compiled.preview || compiled.preview.authorAttribute) return;
  if (!rows.some((row) => row.previewAuthor === 'operator')) return;
  for (const row of rows)
    if (row.preview !== null && row.previewAuthor === null) row.previewAuthor = 'customer';
}

/**
 * Reads what the page shows through the profile. Pure reading: it never writes to
 * the DOM. With `now`, rows whose profile has no time rule get the time the page
 * shows in them (a conversation already waiting starts from it, not from 0).
 */
export function observe(
  page: ParentNode,
  profile: SiteProfile,
  site: string,
  now?: number,
  memory?: OpenRowMemory,
): Observation {
  const compiled = compile(profile);
  const root = searchScope(page, profile);
  const rows: ObservedRow[] = [];
  const scanned: ScannedRow[] = [];
  const seen = new Set<string>();
  for (const row of findAllBelow(root, compiled.rows)) {
    const name = readName(row, compiled);
    const key = rowKey(row, name, compiled);
    // Without a stable key a row cannot carry a clock; a repeated key is the same conversation.
    if (key === null || seen.has(key)) continue;
    seen.add(key);
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
        rowSelector: compiled.rows.find((selector) => root.querySelector(selector) !== null) ?? null,
        ...(activeRule ? { profileSays: (row: Element) => isActive(row, activeRule) } : {}),
        ...(memory && now !== undefined ? { memory, now } : {}),
      })
    : ({ key: null, certainty: 'none' } as const);
  for (const row of rows) row.active = row.key === open.key;
  return {
    site,
    profileId: profile.id,
    rows,
    open: open.certainty,
    chat: compiled.chat ? readChat(root, compiled.chat, now) : null,
    composerFound: compiled.composer !== null && findBelow(root, compiled.composer) !== null,
  };
}

/** The conversation row on an event's path (shadow roots included), if the event happened in one. */
export function rowOnPath(event: Event, profile: SiteProfile): Element | null {
  const { rows } = compile(profile);
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    if (rows.some((selector) => target.matches(selector))) return target;
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
    const rowSelector = compiled.rows.find((selector) => root.querySelector(selector) !== null);
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
  // Same order and first-wins rule as observe.
  for (const row of findAllBelow(root, compiled.rows)) {
    if (rowKey(row, readName(row, compiled), compiled) === key) return row;
  }
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
  return findBelow(searchScope(page, profile), compiled.composer) as HTMLElement | null;
}
