import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fake browser has no runtime ports. This in-memory pair behaves like the
// real ones where our code depends on it: messages arrive asynchronously, and a
// disconnect on one side fires onDisconnect on the other only.
type Listener<T extends unknown[]> = (...args: T) => void;

function event<T extends unknown[]>() {
  const listeners = new Set<Listener<T>>();
  return {
    addListener: (listener: Listener<T>) => void listeners.add(listener),
    removeListener: (listener: Listener<T>) => void listeners.delete(listener),
    hasListener: (listener: Listener<T>) => listeners.has(listener),
    emit: (...args: T) => listeners.forEach((listener) => listener(...args)),
  };
}

export interface FakePort {
  name: string;
  sender?: Browser.runtime.MessageSender;
  onMessage: ReturnType<typeof event<[unknown]>>;
  onDisconnect: ReturnType<typeof event<[FakePort]>>;
  postMessage(message: unknown): void;
  disconnect(): void;
}

function createPair(name: string, sender: Browser.runtime.MessageSender): [FakePort, FakePort] {
  let open = true;
  const make = (sender?: Browser.runtime.MessageSender) => {
    const port: FakePort & { peer?: FakePort } = {
      name,
      sender,
      onMessage: event<[unknown]>(),
      onDisconnect: event<[FakePort]>(),
      postMessage(message) {
        if (!open) throw new Error('Attempting to use a disconnected port object');
        const copy = structuredClone(message);
        queueMicrotask(() => open && port.peer?.onMessage.emit(copy));
      },
      disconnect() {
        if (!open) return;
        open = false;
        const peer = port.peer;
        queueMicrotask(() => peer?.onDisconnect.emit(peer));
      },
    };
    return port;
  };
  const client = make();
  const server = make(sender);
  client.peer = server;
  server.peer = client;
  return [client, server];
}

/** Installs fake ports; returns the background-side ends so a test can drop them. */
export function installFakePorts() {
  const onConnect = event<[FakePort]>();
  const serverPorts: FakePort[] = [];
  let sender: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id };
  const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
  runtime.onConnect = onConnect;
  runtime.connect = ({ name }: { name: string }) => {
    const [client, server] = createPair(name, sender);
    serverPorts.push(server);
    queueMicrotask(() => onConnect.emit(server));
    return client;
  };
  return {
    serverPorts,
    /** Like Chrome stopping the service worker: every background end goes away. */
    dropAll() {
      for (const port of serverPorts.splice(0)) port.disconnect();
    },
    listenerCount: () => serverPorts.length,
    /** Later connections come from this sender (a tab and its page's address, as the browser names them). */
    connectAs(next: Browser.runtime.MessageSender) {
      sender = next;
    },
  };
}
