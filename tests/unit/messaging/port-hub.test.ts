import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { request } from '../../../lib/messaging/client';
import { createPortHub } from '../../../lib/messaging/port-hub';
import { subscribeToBackground } from '../../../lib/messaging/port-client';
import { PORT_NAME, type PushMessage } from '../../../lib/messaging/protocol';
import { startBackground } from '../../../lib/services/background-app';
import { makeObservedRow } from '../../fixtures/observed-row';
import { installFakePorts } from '../../setup/fake-ports';
import { contentScript, extensionPage, sendMessagesAs } from '../../setup/fake-sender';

const A = 'http://desk-a.test';
const B = 'http://desk-b.test';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A port opened from `sender`'s page, with what reaches it. */
function connectFrom(
  ports: ReturnType<typeof installFakePorts>,
  sender: Parameters<typeof ports.connectAs>[0],
) {
  ports.connectAs(sender);
  const received: PushMessage[] = [];
  const port = browser.runtime.connect({ name: PORT_NAME });
  port.onMessage.addListener((message: unknown) => void received.push(message as PushMessage));
  return received;
}

describe('pushes to one tab', () => {
  it("reach only the tab's pages on the site they are about", async () => {
    const ports = installFakePorts();
    const connected: Array<[number | undefined, string | null]> = [];
    const hub = createPortHub((_send, tabId, site) => void connected.push([tabId, site]));
    // The operator went on from desk A to desk B in tab 7; the popup is open too.
    const onB = connectFrom(ports, contentScript(`${B}/inbox`, 7));
    connectFrom(ports, extensionPage('popup.html'));
    await vi.waitFor(() => expect(connected).toHaveLength(2));
    expect(connected).toEqual([
      [7, B],
      [1, null],
    ]);
    hub.sendToTab(7, { type: 'activate', key: 'anna@desk-a' }, A);
    hub.sendToTab(7, { type: 'activate', key: 'boris@desk-b' }, B);
    hub.sendToTab(7, { type: 'togglePanel' }); // a keyboard command: about no site
    await vi.waitFor(() => expect(onB).toHaveLength(2));
    expect(onB).toEqual([{ type: 'activate', key: 'boris@desk-b' }, { type: 'togglePanel' }]);
  });
});

describe('a tab that goes on from one helpdesk to another', () => {
  it("is greeted on the new site without the first site's customers", async () => {
    const ports = installFakePorts();
    sendMessagesAs(contentScript(`${A}/inbox`, 7));
    const app = startBackground(`nz-hub-${Math.random().toString(36).slice(2)}`);
    cleanups.push(app.stop);
    const row = makeObservedRow('anna', { name: 'Anna Petrova', rowText: 'Anna Petrova', unread: 1 });
    await request('observe', {
      site: A,
      profileId: 'test',
      rows: [row],
      open: 'none',
      chat: null,
      composerFound: true,
    });
    // Desk B's overlay in the same tab connects before it has looked at its page.
    ports.connectAs(contentScript(`${B}/inbox`, 7));
    const pushes: PushMessage[] = [];
    cleanups.push(
      subscribeToBackground(
        (message) => pushes.push(message),
        () => undefined,
      ),
    );
    await vi.waitFor(() => expect(pushes.map((push) => push.type)).toContain('focus'));
    // A's clocks change meanwhile (a customer writes again there, in another tab).
    sendMessagesAs(contentScript(`${A}/inbox`, 9));
    await request('observe', {
      site: A,
      profileId: 'test',
      rows: [{ ...row, unread: 2 }],
      open: 'none',
      chat: null,
      composerFound: true,
    });
    await app.clocks.idle();
    await new Promise((resolve) => setTimeout(resolve, 0)); // ports deliver a moment later
    expect(JSON.stringify(pushes)).not.toContain('Anna');
    expect(pushes.filter((push) => push.type === 'clocks')).toEqual([]);
  });
});

describe("a helpdesk tab's greeting", () => {
  it("brings the browser's language and the panel's remembered place first; the extension's pages get none", async () => {
    await browser.storage.local.set({ overlayDock: 'right', overlayCollapsed: false });
    browser.i18n.getUILanguage = () => 'ru-RU';
    const ports = installFakePorts();
    const app = startBackground(`nz-hub-${Math.random().toString(36).slice(2)}`);
    cleanups.push(app.stop);
    const tab = connectFrom(ports, contentScript(`${A}/inbox`, 7));
    const popup = connectFrom(ports, extensionPage('popup.html'));
    await vi.waitFor(() => expect(tab.map((push) => push.type)).toContain('settings'));
    await vi.waitFor(() => expect(popup.map((push) => push.type)).toContain('settings'));
    expect(tab[0]).toEqual({
      type: 'greeting',
      browserLanguage: 'ru-RU',
      preferences: { dock: 'right', collapsed: false },
    });
    expect(tab[1]?.type).toBe('settings');
    expect(popup.map((push) => push.type)).not.toContain('greeting');
  });
});
