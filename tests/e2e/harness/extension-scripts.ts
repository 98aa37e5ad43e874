import type { Page } from 'puppeteer-core';

export interface ExtensionScripts {
  /** Paths of the extension's files parsed in the page so far, e.g. `/helpdesk-ui.js`. */
  parsed(): string[];
  stop(): Promise<void>;
}

/**
 * Chromium only: which of the extension's scripts a page has parsed, its isolated worlds included
 * (the content script, and each stage the background injects under its file's extension URL).
 * The DevTools debugger reports every script of every world in the page: those parsed before it
 * was enabled at once, then each as it comes. Firefox offers nothing like it over WebDriver BiDi.
 */
export async function watchExtensionScripts(page: Page, extensionOrigin: string): Promise<ExtensionScripts> {
  const session = await page.createCDPSession();
  const parsed = new Set<string>();
  session.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith(`${extensionOrigin}/`)) parsed.add(new URL(event.url).pathname);
  });
  await session.send('Debugger.enable');
  return {
    parsed: () => [...parsed].sort(),
    stop: () => session.detach(),
  };
}
