import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { createKvRepository } from '../../../lib/db/kv-repository';
import { sitePattern } from '../../../lib/domain/site-pattern';
import { createSiteAccess, type SiteAccessPlatform } from '../../../lib/services/site-access';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A browser that grants what the test says and records what the extension asks of it. */
function fakePlatform(granted: string[]) {
  const calls: { registered: string[][]; injected: number[]; removed: string[] } = {
    registered: [],
    injected: [],
    removed: [],
  };
  const platform: SiteAccessPlatform = {
    registerContentScript: async (patterns) => void calls.registered.push(patterns),
    hasPermission: async (pattern) => granted.includes(pattern),
    removePermission: async (pattern) => {
      calls.removed.push(pattern);
      granted.splice(granted.indexOf(pattern), 1);
    },
    injectInto: async (tabId) => void calls.injected.push(tabId),
  };
  return { platform, calls };
}

function setup(granted: string[]) {
  const name = `nz-sites-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const kv = createKvRepository(createDatabase(name));
  const fake = fakePlatform(granted);
  const make = () =>
    createSiteAccess({ kv, platform: fake.platform, builtInPatterns: ['http://127.0.0.1/*'] });
  return { access: make(), make, ...fake };
}

describe('site patterns', () => {
  it('grant a scheme and host, any port and path; browser pages get none', () => {
    expect(sitePattern('https://support.acme.test:8443/inbox?x=1')).toBe('https://support.acme.test/*');
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('about:blank')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });
});

describe('per-site access', () => {
  it('enables a granted site: registers the script there and starts it in the open tab', async () => {
    const t = setup(['https://desk.acme.test/*']);
    expect((await t.access.status('https://desk.acme.test/a')).enabled).toBe(false);
    await t.access.enable('https://desk.acme.test/a', 12);
    expect(t.calls.registered.at(-1)).toEqual(['https://desk.acme.test/*']);
    expect(t.calls.injected).toEqual([12]);
    expect(await t.access.status('https://desk.acme.test/b')).toEqual({
      pattern: 'https://desk.acme.test/*',
      builtIn: false,
      enabled: true,
    });
  });

  it('refuses to enable a site the browser did not grant, and changes nothing', async () => {
    const t = setup([]);
    await expect(t.access.enable('https://desk.acme.test/', 3)).rejects.toThrow(/not granted/);
    expect(t.calls.registered).toEqual([]);
    expect(await t.access.enabledPatterns()).toEqual([]);
  });

  it('disables: unregisters the site and gives its permission back', async () => {
    const t = setup(['https://a.test/*', 'https://b.test/*']);
    await t.access.enable('https://a.test/', null);
    await t.access.enable('https://b.test/', null);
    await t.access.disable('https://a.test/x');
    expect(t.calls.registered.at(-1)).toEqual(['https://b.test/*']);
    expect(t.calls.removed).toEqual(['https://a.test/*']);
    expect((await t.access.status('https://a.test/')).enabled).toBe(false);
  });

  it('says the demo desk is built in and always on', async () => {
    const t = setup([]);
    expect(await t.access.status('http://127.0.0.1:5317/?seed=7')).toEqual({
      pattern: 'http://127.0.0.1/*',
      builtIn: true,
      enabled: true,
    });
  });

  it('registers enabled sites again at startup, dropping any whose permission was revoked', async () => {
    const granted = ['https://a.test/*', 'https://b.test/*'];
    const t = setup(granted);
    await t.access.enable('https://a.test/', null);
    await t.access.enable('https://b.test/', null);
    granted.splice(granted.indexOf('https://a.test/*'), 1); // revoked in the browser's settings
    await t.make().restore();
    expect(t.calls.registered.at(-1)).toEqual(['https://b.test/*']);
    expect(await t.access.enabledPatterns()).toEqual(['https://b.test/*']);
  });
});
