import { browser, type Browser } from 'wxt/browser';
import { PORT_NAME, type PushMessage } from './protocol';
import { describeSender, originOf } from './sender-access';

export interface PortHub {
  /** To every connected page and content script. */
  broadcast(message: PushMessage): void;
  /**
   * To the content script(s) of one tab; with `site`, only to its pages on that
   * site (a tab that has gone on to another helpdesk hears nothing of the first).
   */
  sendToTab(tabId: number, message: PushMessage, site?: string): void;
  /** Tabs that have a content script connected right now. */
  connectedTabs(): number[];
}

type Send = (message: PushMessage) => void;

/** Where a port was opened: its tab, and its page's site (null for the extension's own pages). */
interface PortPlace {
  tabId: number | undefined;
  site: string | null;
}

/**
 * Keeps the ports opened by content scripts and extension pages, so state can be
 * pushed to them when it changes instead of being polled. `onConnect` greets a
 * new port (the client treats silence as a lost connection) and is told the
 * port's site, by the browser's word.
 */
export function createPortHub(
  onConnect: (send: Send, tabId: number | undefined, site: string | null) => unknown,
): PortHub {
  const extensionOrigin = originOf(browser.runtime.getURL('/')) ?? '';
  const ports = new Map<Browser.runtime.Port, PortPlace>();
  const post = (port: Browser.runtime.Port, message: PushMessage) => {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port); // the other side went away between disconnect events
    }
  };
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME) return; // onConnect carries only this extension's own ports
    const { tabId, site } = describeSender(port.sender ?? {}, extensionOrigin);
    ports.set(port, { tabId, site });
    port.onDisconnect.addListener(() => ports.delete(port));
    onConnect(
      (message) => {
        if (ports.has(port)) post(port, message);
      },
      tabId,
      site,
    );
  });
  return {
    broadcast(message) {
      for (const port of ports.keys()) post(port, message);
    },
    sendToTab(tabId, message, site) {
      for (const [port, place] of ports)
        if (place.tabId === tabId && (site === undefined || place.site === site)) post(port, message);
    },
    connectedTabs: () => [
      ...new Set([...ports.values()].map((place) => place.tabId).filter((id) => id !== undefined)),
    ],
  };
}
