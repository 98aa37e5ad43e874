/** What the background knows of a message's sender (runtime.MessageSender, reduced). */
export interface SenderInfo {
  tab?: { url?: string | undefined } | undefined;
  url?: string | undefined;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The site a content script's request is about: the origin of the tab that sent
 * it (the browser's word, not the page's), else of the sending frame; only when
 * the browser says neither, the site the request names.
 */
export function senderSite(sender: SenderInfo, claimed: string): string {
  return originOf(sender.tab?.url) ?? originOf(sender.url) ?? claimed;
}
