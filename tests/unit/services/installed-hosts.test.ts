import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { request } from '../../../lib/messaging/client';
import { startBackground } from '../../../lib/services/background-app';
import { installFakePorts } from '../../setup/fake-ports';
import { contentScript, extensionPage, sendMessagesAs } from '../../setup/fake-sender';

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
});

function startWith(manifest: Record<string, unknown>) {
  fakeBrowser.runtime.getManifest = () =>
    ({ manifest_version: 3, name: 'Nezabudka', version: '0.0.0-test', ...manifest }) as never;
  installFakePorts();
  sendMessagesAs(extensionPage('popup.html'));
  stop = startBackground(`nz-hosts-${Math.random().toString(36).slice(2)}`).stop;
}

describe('the demo desk in the popup', () => {
  it('is built in (always on) where the build reaches it: a development or test build', async () => {
    startWith({
      host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
      content_scripts: [{ matches: ['http://127.0.0.1/*', 'http://localhost/*'], js: ['x.js'] }],
    });
    expect(await request('siteStatus', { url: 'http://127.0.0.1:5317/' })).toEqual({
      pattern: 'http://127.0.0.1/*',
      builtIn: true,
      enabled: true,
    });
  });

  it('is a site like any other in a store package: off until the operator enables it', async () => {
    startWith({ optional_host_permissions: ['http://*/*', 'https://*/*'] });
    expect(await request('siteStatus', { url: 'http://127.0.0.1:5317/' })).toEqual({
      pattern: 'http://127.0.0.1/*',
      builtIn: false,
      enabled: false,
    });
  });
});

describe('the invitation to teach a page no profile recognised', () => {
  const page = 'http://127.0.0.1:5317/lab/plain-page.html';

  it('is for an enabled site, naming the built-in profile that covers it and missed', async () => {
    startWith({
      host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
      content_scripts: [{ matches: ['http://127.0.0.1/*', 'http://localhost/*'], js: ['x.js'] }],
    });
    sendMessagesAs(contentScript(page));
    expect(await request('teachInvitation', { url: page })).toEqual({
      builtIn: 'DemoDesk (bundled demo helpdesk)',
    });
  });

  it('is never for a site the operator has not enabled', async () => {
    startWith({ optional_host_permissions: ['http://*/*', 'https://*/*'] });
    sendMessagesAs(contentScript(page));
    expect(await request('teachInvitation', { url: page })).toBeNull();
  });
});
