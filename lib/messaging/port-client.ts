import { browser, type Browser } from 'wxt/browser';
import { PORT_NAME, type PushMessage } from './protocol';

const GREETING_TIMEOUT_MS = 5000;

export type ConnectionStatus = 'connecting' | 'connected' | 'offline';

export interface Timers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms) as unknown as number,
  clearTimeout: (id) => globalThis.clearTimeout(id),
};

/**
 * Listens to the background's pushes over a long-lived port. Chrome stops an idle
 * service worker, which closes the port; we reconnect (waking a fresh worker) with
 * a growing delay, and give up only when the extension itself is gone.
 */
export function subscribeToBackground(
  onPush: (message: PushMessage) => void,
  onStatus: (status: ConnectionStatus) => void,
  timers: Timers = defaultTimers,
): () => void {
  let port: Browser.runtime.Port | undefined;
  let retryTimer: number | undefined;
  let delay = 250;
  let failures = 0;
  let stopped = false;

  const connect = () => {
    if (stopped) return;
    onStatus('connecting');
    try {
      port = browser.runtime.connect({ name: PORT_NAME });
    } catch {
      onStatus('offline'); // extension reloaded or removed: this script is orphaned
      return;
    }
    let answered = false;
    // The background greets every new port at once. Silence means the connect
    // was lost (seen when it races a worker that is still stopping): retry.
    const current = port;
    const watchdog = timers.setTimeout(() => {
      if (answered || port !== current) return;
      current.disconnect();
      handleDisconnect();
    }, GREETING_TIMEOUT_MS);
    port.onMessage.addListener((message: unknown) => {
      answered = true;
      timers.clearTimeout(watchdog);
      delay = 250;
      failures = 0;
      onStatus('connected');
      onPush(message as PushMessage);
    });
    const handleDisconnect = () => {
      timers.clearTimeout(watchdog);
      if (port !== current) return; // already handled
      port = undefined;
      if (stopped) return;
      if (!answered) failures += 1;
      // A worker restart costs one silent attempt; several in a row mean no background.
      onStatus(failures >= 3 ? 'offline' : 'connecting');
      retryTimer = timers.setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
    port.onDisconnect.addListener(handleDisconnect);
  };

  connect();
  return () => {
    stopped = true;
    if (retryTimer !== undefined) timers.clearTimeout(retryTimer);
    port?.disconnect();
  };
}
