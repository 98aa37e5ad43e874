import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../lib/domain/settings';
import { request } from '../../../lib/messaging/client';
import { subscribeToBackground, type ConnectionStatus } from '../../../lib/messaging/port-client';
import type { PushMessage } from '../../../lib/messaging/protocol';
import { startBackground } from '../../../lib/services/background-app';
import { installFakePorts } from '../../setup/fake-ports';
import { extensionPage, sendMessagesAs } from '../../setup/fake-sender';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  vi.useRealTimers();
});

const settingsPushes = (pushes: PushMessage[]) => pushes.filter((push) => push.type === 'settings');

function setup() {
  const ports = installFakePorts();
  sendMessagesAs(extensionPage());
  const app = startBackground(`nz-port-${Math.random().toString(36).slice(2)}`);
  const pushes: PushMessage[] = [];
  const statuses: ConnectionStatus[] = [];
  const stop = subscribeToBackground(
    (message) => pushes.push(message),
    (status) => statuses.push(status),
  );
  cleanups.push(stop, app.stop);
  return { ports, pushes, statuses };
}

describe('pushes from the background', () => {
  it('sends the current settings as soon as a page connects', async () => {
    const { pushes, statuses } = setup();
    await vi.waitFor(() => expect(pushes.length).toBeGreaterThan(0));
    expect(pushes[0]).toEqual({
      type: 'settings',
      // The random statistics alias is in before the first page is greeted.
      settings: { ...defaultSettings, operatorId: expect.stringMatching(/^op-[0-9a-f]{4}$/) },
    });
    expect(statuses.at(-1)).toBe('connected');
  });

  it('tells every connected page when a setting changes', async () => {
    const { pushes } = setup();
    await vi.waitFor(() => expect(settingsPushes(pushes)).toHaveLength(1));
    await request('updateSettings', { language: 'en' });
    await vi.waitFor(() => expect(settingsPushes(pushes)).toHaveLength(2));
    expect(settingsPushes(pushes)[1]).toMatchObject({ settings: { language: 'en' } });
  });

  it('reconnects when the background goes away (a stopped service worker)', async () => {
    const { ports, pushes, statuses } = setup();
    await vi.waitFor(() => expect(settingsPushes(pushes)).toHaveLength(1));
    ports.dropAll();
    await vi.waitFor(() => expect(statuses).toContain('connecting'));
    await vi.waitFor(() => expect(settingsPushes(pushes)).toHaveLength(2), { timeout: 2000 });
    expect(statuses.at(-1)).toBe('connected');
  });

  it('reports offline after several attempts with no background at all', async () => {
    vi.useFakeTimers();
    installFakePorts();
    // A background that accepts the port but closes it at once without a word.
    const statuses: ConnectionStatus[] = [];
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    fakeBrowser.runtime.onConnect.addListener((port) => port.disconnect());
    cleanups.push(
      subscribeToBackground(
        () => undefined,
        (status) => statuses.push(status),
      ),
    );
    for (let i = 0; i < 5; i += 1) await vi.advanceTimersByTimeAsync(6000);
    expect(statuses).toContain('offline');
    expect(statuses).not.toContain('connected');
  });
});

describe('a connection that is never greeted', () => {
  it('is dropped and retried, so a lost connect cannot leave the overlay hanging', async () => {
    vi.useFakeTimers();
    installFakePorts();
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    let connections = 0;
    // The first two connects vanish without a word; the third is greeted.
    fakeBrowser.runtime.onConnect.addListener((port) => {
      connections += 1;
      if (connections >= 3)
        port.postMessage({ type: 'settings', settings: { ...defaultSettings, language: 'ru' } });
    });
    const statuses: ConnectionStatus[] = [];
    cleanups.push(
      subscribeToBackground(
        () => undefined,
        (status) => statuses.push(status),
      ),
    );
    for (let i = 0; i < 6; i += 1) await vi.advanceTimersByTimeAsync(3000);
    expect(connections).toBe(3);
    expect(statuses.at(-1)).toBe('connected');
    expect(statuses).not.toContain('offline');
  });
});
