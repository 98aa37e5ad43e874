import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import helpdesk from '../../../entrypoints/helpdesk.content/index';
import config from '../../../wxt.config';

type Manifest = Browser.runtime.Manifest;
const pages = helpdesk.matches as string[];
const hooks = config.hooks as Record<string, (...args: never[]) => void>;
type Env = { browser: 'chrome' | 'firefox'; manifestVersion: 2 | 3; command: 'build' | 'serve' };

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The manifest as WXT writes it: the config's, the helpdesk content script's matches, then the hook. */
async function manifestOf({ browser, manifestVersion, command }: Env): Promise<Manifest> {
  const make = config.manifest as (env: Env & { mode: string }) => Promise<Manifest> | Manifest;
  const manifest: Manifest = {
    ...(await make({
      browser,
      manifestVersion,
      command,
      mode: command === 'serve' ? 'development' : 'production',
    })),
    manifest_version: manifestVersion,
    content_scripts: [{ matches: [...pages], js: ['content-scripts/helpdesk.js'] }],
    // What WXT adds for a content script style sheet fetched at run time (the overlay carries its
    // own now, but a release must not name the demo desk here either).
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['content-scripts/helpdesk.css'], matches: [...pages] }]
        : ['content-scripts/helpdesk.css'],
  } as Manifest;
  const hook = hooks['build:manifestGenerated'] as (wxt: unknown, manifest: Manifest) => void;
  hook({ config: { command } }, manifest);
  return manifest;
}

/** Every host the manifest reaches without the operator enabling it. */
function hosts(manifest: Manifest): string[] {
  const m = manifest as Manifest & { host_permissions?: string[] };
  return [
    ...(m.host_permissions ?? []),
    ...(m.permissions ?? []).filter((permission) => String(permission).includes('://')),
    ...(m.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ].map(String);
}

const local = /127\.0\.0\.1|localhost/;

describe('host access of each build', () => {
  it('a release build (wxt build, wxt zip) reaches no site, the demo desk included', async () => {
    vi.stubEnv('NZ_DEMO_HOSTS', '');
    for (const target of [
      { browser: 'chrome', manifestVersion: 3 },
      { browser: 'firefox', manifestVersion: 2 },
    ] as const) {
      const manifest = await manifestOf({ ...target, command: 'build' });
      expect(hosts(manifest)).toEqual([]);
      expect(JSON.stringify(manifest)).not.toMatch(local);
    }
  });

  it('keeps only optional access to web sites in a release build, for "Enable on this site"', async () => {
    vi.stubEnv('NZ_DEMO_HOSTS', '');
    const chrome = (await manifestOf({
      browser: 'chrome',
      manifestVersion: 3,
      command: 'build',
    })) as Manifest & {
      optional_host_permissions?: string[];
    };
    expect(chrome.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    const firefox = await manifestOf({ browser: 'firefox', manifestVersion: 2, command: 'build' });
    expect(firefox.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('a test build (NZ_DEMO_HOSTS=1: npm start, npm test) and wxt dev reach the demo desk', async () => {
    vi.stubEnv('NZ_DEMO_HOSTS', '1');
    const chrome = await manifestOf({ browser: 'chrome', manifestVersion: 3, command: 'build' });
    expect((chrome as { host_permissions?: string[] }).host_permissions).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
    expect(chrome.content_scripts?.[0]?.matches).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    const firefox = await manifestOf({ browser: 'firefox', manifestVersion: 2, command: 'build' });
    expect(firefox.content_scripts?.[0]?.matches).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    // Host access proper, so that the background may inject the interface stage there too.
    expect(firefox.permissions).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));

    vi.stubEnv('NZ_DEMO_HOSTS', '');
    const dev = await manifestOf({ browser: 'chrome', manifestVersion: 3, command: 'serve' });
    expect(hosts(dev)).toContain('http://127.0.0.1/*');
  });

  it('refuses to make store packages from a build with the demo desk', () => {
    const zipStart = hooks['zip:start'] as (wxt: unknown) => void;
    vi.stubEnv('NZ_DEMO_HOSTS', '1');
    expect(() => zipStart({})).toThrow(/store package never reaches the demo desk/);
    vi.stubEnv('NZ_DEMO_HOSTS', '');
    expect(() => zipStart({})).not.toThrow();
  });
});
