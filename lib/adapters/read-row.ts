import { previewIconAuthor, previewLabel } from '../domain/preview-label';
import type { Author, ObservedRow } from '../domain/observation';
import { findIn, type Compiled, type TimeRule } from './compiled-profile';
import { mentionsStatus, statusSays } from '../domain/ticket-status';
import { isWaitHeader } from '../domain/wait-header';
import { findShownTime, readShownText, type ShownAt } from './find-shown-time';
import { isShown } from './is-shown';
import { clip, collapse } from './page-text';
import { contentRoots, shownText, shownTextNodes } from './shadow-path';

// One conversation row read through a compiled profile: its name, key, unread
// marker, preview and its author, last-message time, VIP marker and text.

const ROW_TEXT_MAX = 300;
const AUTHORS: ReadonlySet<string> = new Set<Author>(['customer', 'operator', 'note', 'bot']);

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
  let text = '';
  for (const node of shownTextNodes(row)) {
    if (text.length > ROW_TEXT_MAX) break;
    const part = collapse(node.nodeValue);
    if (part) text = text ? `${text} ${part}` : part;
  }
  return clip(text, ROW_TEXT_MAX);
}

/**
 * The time a profile's rule points at: an ISO date-time, else (when the scan knows
 * `now`) a time as the console shows it ("14:05", "вчера, 18:40", "3 мин") — a
 * taught time is the text the operator clicked.
 */
export function readTime(scope: Element, rule: TimeRule, now: number | undefined): ShownAt | null {
  const element = findIn(scope, rule.selectors);
  if (!element) return null;
  const value = rule.attribute ? element.getAttribute(rule.attribute) : shownText(element);
  const instant = parseInstant(value);
  if (instant !== null) return { at: instant, rough: false };
  return now === undefined ? null : readShownText(value, now);
}

export function readName(row: Element, compiled: Compiled): string | null {
  const element = findIn(row, compiled.customerName);
  return collapse(element ? shownText(element) : null) || null;
}

export function rowKey(row: Element, name: string | null, compiled: Compiled): string | null {
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

/** An icon a preview may start with: an image, an icon font's glyph, an inline SVG. */
const isIcon = (element: Element) =>
  /^(svg|img|i)$/i.test(element.localName) || /icon/i.test(element.getAttribute('class') ?? '');

/**
 * The icon before any text of a preview, as the page names it: its class, label,
 * title, alt, icon-font ligature and the symbol an SVG uses. Null when text comes first.
 */
function leadingIcon(preview: Element): { names: string[]; text: string } | null {
  const walker = preview.ownerDocument.createTreeWalker(
    preview,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.nodeValue?.trim()) return null;
      continue;
    }
    const element = node as Element;
    if (!isIcon(element)) continue;
    const names: string[] = [];
    for (const part of [element, ...element.querySelectorAll('*')]) {
      for (const attribute of ['class', 'aria-label', 'title', 'alt', 'data-icon', 'href', 'xlink:href'])
        names.push(part.getAttribute(attribute) ?? '');
      if (part.localName === 'title') names.push(part.textContent ?? '');
    }
    const text = collapse(element.textContent);
    names.push(text);
    return { names: names.filter(Boolean), text };
  }
  return null;
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
    // Or an icon before the words: a reply arrow for the operator's, a lock for a note.
    const icon = author === null && !prefix ? leadingIcon(element) : null;
    const iconAuthor = icon ? previewIconAuthor(icon.names) : null;
    if (icon && iconAuthor) {
      author = iconAuthor;
      if (icon.text && text.startsWith(icon.text)) text = text.slice(icon.text.length).trimStart();
    }
  }
  return { preview: text || null, previewAuthor: author };
}

/** Per table header: which column is the wait, re-read when the header's text changes. */
const waitColumns = new WeakMap<Element, { text: string; index: number | null }>();

/**
 * When the customer began waiting, by a table's own wait column ("Wait: 06 m. 20 s."
 * under a header a person reads as the wait), for rows of a `<table>`. Null without one.
 */
function readWaitColumn(row: Element, now: number): number | null {
  if (row.localName !== 'tr') return null;
  const head = row.closest('table')?.querySelector(':scope > thead > tr');
  if (!head || head === row) return null;
  const cellsOf = (tr: Element) =>
    [...tr.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th');
  const text = head.textContent ?? '';
  let known = waitColumns.get(head);
  if (!known || known.text !== text) {
    const index = cellsOf(head).findIndex((cell) => isWaitHeader(cell.textContent ?? ''));
    known = { text, index: index >= 0 ? index : null };
    waitColumns.set(head, known);
  }
  if (known.index === null) return null;
  const cell = cellsOf(row)[known.index];
  return cell ? (readShownText(collapse(cell.textContent), now)?.at ?? null) : null;
}

/** Who owes the next message by a status the row shows as a whole cell or tag ("Отвечен"). */
function readStatus(row: Element, text: string): 'customer' | 'operator' | null {
  if (!mentionsStatus(text)) return null;
  for (const root of contentRoots(row))
    for (const element of root.querySelectorAll('*')) {
      if (element.childElementCount > 0) continue;
      const says = statusSays(element.textContent ?? '');
      if (says) return says;
    }
  return null;
}

/** The row's last-message time: by the profile's rule, else found in the row when the scan knows `now`. */
function readLastAt(row: Element, compiled: Compiled, now: number | undefined): ShownAt | null {
  if (compiled.lastTime) return readTime(row, compiled.lastTime, now);
  return now === undefined ? null : findShownTime(row, now, findIn(row, compiled.customerName));
}

/** The row's time, and whether it gave only its minute (a first sight then says "at least"). */
const lastTimeOf = (shown: ShownAt | null): Pick<ObservedRow, 'lastAt' | 'lastAtRough'> =>
  shown?.rough ? { lastAt: shown.at, lastAtRough: true } : { lastAt: shown?.at ?? null };

export function readRow(
  row: Element,
  key: string,
  name: string | null,
  compiled: Compiled,
  now: number | undefined,
): ObservedRow {
  const { preview, previewAuthor } = compiled.preview
    ? readPreview(row, compiled.preview)
    : { preview: null, previewAuthor: null };
  const waitShownSince = now === undefined ? null : readWaitColumn(row, now);
  const rowText = readRowText(row);
  const status = readStatus(row, shownText(row));
  return {
    key,
    name,
    ...(waitShownSince !== null ? { waitShownSince } : {}),
    ...(status !== null ? { statusSays: status } : {}),
    unread: compiled.unread ? readUnread(row, compiled.unread) : 0,
    unreadKnown: compiled.unread !== null,
    preview,
    previewAuthor,
    ...lastTimeOf(readLastAt(row, compiled, now)),
    vipMarker: compiled.vipMarker !== null && findIn(row, compiled.vipMarker) !== null,
    rowText,
    active: false,
  };
}

/**
 * A console that labels the operator's previews ("You: …") leaves the customer's
 * unlabelled: where this page shows such a label, an unlabelled preview is the
 * customer's (a read but unanswered chat shows no unread marker, only that).
 * Not where the profile reads authors from an attribute: its values say it all.
 */
export function inferCustomerPreviews(rows: ObservedRow[], compiled: Compiled): void {
  if (!compiled.preview || compiled.preview.authorAttribute) return;
  if (!rows.some((row) => row.previewAuthor === 'operator')) return;
  for (const row of rows)
    if (row.preview !== null && row.previewAuthor === null) row.previewAuthor = 'customer';
}
