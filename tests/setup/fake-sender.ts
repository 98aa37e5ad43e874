import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Browser.runtime.MessageSender;

/** The extension's options page, as the browser names it when it sends (open in a tab, like options). */
export const extensionPage = (page = 'options.html', tabId = 1): Sender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(`/${page}`),
  tab: { id: tabId, url: fakeBrowser.runtime.getURL(`/${page}`) } as Browser.tabs.Tab,
});

/** A content script in a helpdesk tab; `frameUrl` when it runs in a frame of that tab. */
export const contentScript = (tabUrl: string, tabId = 7, frameUrl = tabUrl): Sender => ({
  id: fakeBrowser.runtime.id,
  url: frameUrl,
  tab: { id: tabId, url: tabUrl } as Browser.tabs.Tab,
  frameId: frameUrl === tabUrl ? 0 : 3,
});

/**
 * Delivers runtime messages as if `sender` sent them: the fake browser's own
 * sender is empty, which the background treats as nobody it trusts. Undone after
 * each test (restoreMocks).
 */
export function sendMessagesAs(sender: Sender) {
  const sendMessage = async (message: unknown) => {
    let respond!: (reply: unknown) => void;
    const reply = new Promise((resolve) => (respond = resolve));
    const results: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender, respond);
    return results.some((result) => result === true) ? reply : undefined;
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
}
