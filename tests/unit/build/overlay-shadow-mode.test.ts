import { afterEach, describe, expect, it, vi } from 'vitest';
import { overlayShadowMode } from '../../../demo/tools/overlay-shadow-mode';
import config from '../../../wxt.config';

type ViteEnv = { command: 'build' | 'serve'; mode: string; browser: string; manifestVersion: 2 | 3 };

afterEach(() => {
  vi.unstubAllEnvs();
});

/** What the content script of a build reads as its shadow roots' mode. */
async function builtMode(command: 'build' | 'serve', browser = 'chrome'): Promise<unknown> {
  const vite = config.vite as (env: ViteEnv) => Promise<{ define?: Record<string, string> }>;
  const { define } = await vite({
    command,
    mode: command === 'serve' ? 'development' : 'production',
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
  });
  const value = define?.['import.meta.env.NZ_SHADOW_MODE'];
  return value === undefined ? undefined : JSON.parse(value);
}

describe("the overlay's shadow root in each build", () => {
  it('is closed in a release build (wxt build, wxt zip), for Chrome and Firefox', async () => {
    vi.stubEnv('NZ_DEMO_HOSTS', '');
    expect(overlayShadowMode('build', {})).toBe('closed');
    expect(await builtMode('build')).toBe('closed');
    expect(await builtMode('build', 'firefox')).toBe('closed');
  });

  it('is open in a test build (NZ_DEMO_HOSTS=1: npm test, the bench, the screenshots) and in wxt dev', async () => {
    expect(overlayShadowMode('build', { NZ_DEMO_HOSTS: '1' })).toBe('open');
    expect(overlayShadowMode('serve', {})).toBe('open');
    vi.stubEnv('NZ_DEMO_HOSTS', '1');
    expect(await builtMode('build')).toBe('open');
    expect(await builtMode('build', 'firefox')).toBe('open');
  });

  it('stays closed for any other value of the flag', () => {
    for (const value of ['0', 'true', 'yes', ''])
      expect(overlayShadowMode('build', { NZ_DEMO_HOSTS: value })).toBe('closed');
  });
});
