import { browser, type Browser } from 'wxt/browser';
import { PORT_NAME, type PushMessage } from './protocol';

export interface PortHub {
  broadcast(message: PushMessage): void;
  size(): number;
}

/**
 * Keeps the ports opened by content scripts and extension pages, so state can be
 * pushed to them when it changes instead of being polled.
 */
export function createPortHub(onConnect: (send: (message: PushMessage) => void) => unknown): PortHub {
  const ports = new Set<Browser.runtime.Port>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME) return; // onConnect carries only this extension's own ports
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    onConnect((message) => {
      if (ports.has(port)) port.postMessage(message);
    });
  });
  return {
    broadcast(message) {
      for (const port of ports) {
        try {
          port.postMessage(message);
        } catch {
          ports.delete(port); // the other side went away between disconnect events
        }
      }
    },
    size: () => ports.size,
  };
}
