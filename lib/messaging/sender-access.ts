import type { Browser } from 'wxt/browser';
import { patternWithinSite } from '../domain/site-pattern';
import { UserError } from '../i18n/user-error';
import { contentScriptRules, type OwnSite, type RequestOf, type RequestType } from './protocol';

/** Who sent a request, as the background's handlers see it. */
export interface RequestSender {
  /** The sending tab: a content script's, or an extension page's open in a tab. */
  tabId: number | undefined;
  /** The sending frame in that tab (0: the top one), and its document where the browser says (Chrome). */
  frameId: number | undefined;
  documentId: string | undefined;
  /** One of the extension's own pages (popup, options, statistics): full access. */
  extensionPage: boolean;
  /** A content script's origin (its frame's, by the browser's word); null for extension pages. */
  site: string | null;
}

/**
 * An address's origin, or null when it has none (about:blank, data:, opaque).
 * Extension addresses count by scheme and host: URL gives them no origin everywhere.
 */
export function originOf(address: string | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    if (url.origin !== 'null') return url.origin;
    return /^(chrome|moz)-extension:$/.test(url.protocol) && url.host ? `${url.protocol}//${url.host}` : null;
  } catch {
    return null;
  }
}

/**
 * Reads runtime.MessageSender. A page is the extension's own by its address, not
 * by having a tab (options and statistics open in tabs). A content script's site
 * is the origin of the frame that sent the message (Chrome's `origin`, else its
 * `url`), not of the tab: the message comes from that document, whose
 * `location.origin` the script reports; a same-origin frame has the tab's origin
 * anyway, a cross-origin frame must not speak for the page around it, and the
 * tab's address may already be the next page's while the old one still sends.
 */
export function describeSender(
  sender: Browser.runtime.MessageSender,
  extensionOrigin: string,
): RequestSender {
  // An opaque origin (a sandboxed frame) is not read from the frame's address instead.
  const origin = sender.origin !== undefined ? originOf(sender.origin) : originOf(sender.url);
  const extensionPage = origin !== null && origin === extensionOrigin;
  return {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    documentId: (sender as { documentId?: string }).documentId,
    extensionPage,
    site: extensionPage ? null : origin,
  };
}

export function ownSite(origin: string): OwnSite {
  return {
    is: (address) => originOf(address) === origin,
    covers: (patterns) =>
      Array.isArray(patterns) &&
      patterns.length > 0 &&
      patterns.every((pattern) => typeof pattern === 'string' && patternWithinSite(pattern, origin)),
  };
}

/** A rule on a payload nobody has validated yet: one that does not fit names no site of ours. */
function ownSiteNamed(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/**
 * Why a request is not answered for this sender, or null when it is: extension
 * pages may ask everything; a content script only what its rule allows, about
 * its own site. A sender the browser does not place is held to the same rules.
 */
export function refusal<T extends RequestType>(
  type: T,
  payload: RequestOf<T>,
  sender: RequestSender,
): UserError | null {
  if (sender.extensionPage) return null;
  const rule = contentScriptRules[type];
  if (rule === 'allowed') return null;
  if (rule === 'pages only') return new UserError('requestPagesOnly', { request: type });
  if (sender.site !== null && ownSiteNamed(() => rule(payload, ownSite(sender.site!)))) return null;
  return new UserError('requestOtherSite', { own: sender.site ?? '?', request: type });
}
