import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSiteAccessPlatform } from '../../../lib/services/site-access-platform';

type Registered = { id: string; matches: string[]; js: string[]; persistAcrossSessions: boolean };

/** Chrome's scripting API as far as the platform uses it, in memory. */
function fakeScripting() {
  let registered: Registered[] = [];
  const api = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      registered.filter((s) => ids.includes(s.id)),
    ),
    registerContentScripts: vi.fn(
      async (scripts: Registered[]) => void (registered = [...registered, ...scripts]),
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    }),
    executeScript: vi.fn(async () => []),
  };
  Object.assign(fakeBrowser, { scripting: api });
  return { api, registered: () => registered };
}

describe('per-site content scripts in Chrome', () => {
  it('registers the helpdesk script on exactly the enabled sites, kept across restarts', async () => {
    const chrome = fakeScripting();
    const platform = createSiteAccessPlatform();
    await platform.registerContentScript(['https://a.test/*']);
    expect(chrome.registered()).toEqual([
      expect.objectContaining({
        matches: ['https://a.test/*'],
        js: ['/content-scripts/helpdesk.js'],
        persistAcrossSessions: true,
      }),
    ]);
    await platform.registerContentScript(['https://a.test/*', 'https://b.test/*']);
    expect(chrome.registered()).toHaveLength(1);
    expect(chrome.registered()[0]!.matches).toEqual(['https://a.test/*', 'https://b.test/*']);
  });

  it('leaves an identical registration alone and removes it when no site is left', async () => {
    const chrome = fakeScripting();
    const platform = createSiteAccessPlatform();
    await platform.registerContentScript(['https://a.test/*']);
    await platform.registerContentScript(['https://a.test/*']);
    expect(chrome.api.registerContentScripts).toHaveBeenCalledOnce();
    await platform.registerContentScript([]);
    expect(chrome.registered()).toEqual([]);
  });

  it('starts the script in an open tab', async () => {
    const chrome = fakeScripting();
    await createSiteAccessPlatform().injectInto(42);
    expect(chrome.api.executeScript).toHaveBeenCalledWith({
      target: { tabId: 42 },
      files: ['/content-scripts/helpdesk.js'],
    });
  });
});

describe('per-site content scripts in Firefox', () => {
  it('registers through contentScripts and replaces the registration on change', async () => {
    const unregister = vi.fn(async () => undefined);
    const register = vi.fn(async () => ({ unregister }));
    Object.assign(fakeBrowser, { contentScripts: { register } });
    try {
      const platform = createSiteAccessPlatform();
      await platform.registerContentScript(['https://a.test/*']);
      await platform.registerContentScript(['https://b.test/*']);
      expect(register).toHaveBeenLastCalledWith({
        matches: ['https://b.test/*'],
        js: [{ file: '/content-scripts/helpdesk.js' }],
        runAt: 'document_idle',
      });
      expect(unregister).toHaveBeenCalledOnce();
    } finally {
      delete (fakeBrowser as unknown as { contentScripts?: unknown }).contentScripts;
    }
  });
});
