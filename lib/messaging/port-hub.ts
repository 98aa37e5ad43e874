import { browser, type Browser } from 'wxt/browser';
import { PORT_NAME, type PushMessage } from './protocol';

export interface PortHub {
  /** To every connected page and content script. */
  broadcast(message: PushMessage): void;
  /** To the content script(s) of one tab. */
  sendToTab(tabId: number, message: PushMessage): void;
  /** Tabs that have a content script connected right now. */
  connectedTabs(): number[];
}

type Send = (message: PushMessage) => void;

/**
 * Keeps the ports opened by content scripts and extension pages, so state can be
 * pushed to them when it changes instead of being polled. `onConnect` greets a
 * new port (the client treats silence as a lost connection).
 */
export function createPortHub(onConnect: (send: Send, tabId: number | undefined) => unknown): PortHub {
  const ports = new Map<Browser.runtime.Port, number | undefined>();
  const post = (port: Browser.runtime.Port, message: PushMessage) => {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port); // the other side went away between disconnect events
    }
  };
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME) return; // onConnect carries only this extension's own ports
    const tabId = port.sender?.tab?.id;
    ports.set(port, tabId);
    port.onDisconnect.addListener(() => ports.delete(port));
    onConnect((message) => {
      if (ports.has(port)) post(port, message);
    }, tabId);
  });
  return {
    broadcast(message) {
      for (const port of ports.keys()) post(port, message);
    },
    sendToTab(tabId, message) {
      for (const [port, portTab] of ports) if (portTab === tabId) post(port, message);
    },
    connectedTabs: () => [...new Set([...ports.values()].filter((id): id is number => id !== undefined))],
  };
}
