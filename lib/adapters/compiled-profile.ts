import type { Author } from '../domain/observation';
import type { SelectorList, SiteProfile } from './site-profile';
import { isShown } from './is-shown';
import { queryInside } from './shadow-path';

// A site profile reduced to the selector lists a scan needs (built once per
// profile object), and the first-wins lookups every reader uses with them.

export type Selectors = readonly string[];
export interface TimeRule {
  selectors: Selectors;
  attribute: string | null;
}
interface Prefix {
  text: string;
  author: Author | null;
}

/** A profile reduced to what a scan needs, built once per profile object. */
export interface Compiled {
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

export function compile(profile: SiteProfile): Compiled {
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

/** First selector that finds anything wins: the scope itself, else its first matching descendant. */
export function findIn(scope: Element, selectors: Selectors): Element | null {
  for (const selector of selectors) {
    if (scope.matches(selector)) return scope;
    // A web component's parts live in its own shadow root.
    const found = queryInside(scope, selector);
    if (found) return found;
  }
  return null;
}

/** Like findIn, below a root that is usually the document (which matches nothing itself). */
export function findBelow(root: ParentNode, selectors: Selectors): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Like findBelow, the first element a person can see: another chat's reply box kept
 * hidden in the page (a tabbed console) is never the one to write into.
 */
export function findShownBelow(root: ParentNode, selectors: Selectors): Element | null {
  for (const selector of selectors)
    for (const found of root.querySelectorAll(selector)) if (isShown(found)) return found;
  return null;
}

/** The first productive selector and every element it matches, in document order. */
export function firstProductive(
  root: ParentNode,
  selectors: Selectors,
): { selector: string | null; found: Element[] } {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return { selector, found: Array.from(found) };
  }
  return { selector: null, found: [] };
}

/** Every element the first productive selector matches, in document order. */
export function findAllBelow(root: ParentNode, selectors: Selectors): Element[] {
  return firstProductive(root, selectors).found;
}
