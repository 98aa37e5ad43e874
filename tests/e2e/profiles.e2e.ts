import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../lib/adapters/profiles';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { chooseProfileFile } from './harness/profile-file';
import { currentBrowserKind } from './harness/paths';

// A team lead's profile file, imported through the options page as an operator would.
const kind = currentBrowserKind();
let ext: ExtensionBrowser;

const acme = {
  ...builtInProfiles[0]!,
  id: 'acme-desk',
  name: 'Acme Desk',
  matches: ['https://support.acme.test/*'],
};

beforeAll(async () => {
  ext = await launchExtensionBrowser(kind);
});
afterAll(async () => {
  await ext?.close();
});

async function importFile(options: Page, name: string, text: string) {
  await chooseProfileFile(options, name, text);
  return options.waitForSelector('[data-testid="nz-import-result"]', { timeout: 10_000 });
}

const profileIds = (options: Page) =>
  options.$$eval('[data-testid="nz-profile"]', (items) =>
    items.map((item) => item.getAttribute('data-profile-id')),
  );

describe(`profiles from a file (${kind})`, () => {
  it('imports a valid file and lists the profile', async () => {
    const options = await ext.openExtensionPage('options.html', '[data-testid="nz-profiles"]');
    const result = await importFile(
      options,
      'team.json',
      JSON.stringify({ kind: 'nezabudka-site-profiles', version: 1, exportedAt: '', profiles: [acme] }),
    );
    expect(await result!.evaluate((element) => element.textContent)).toContain('acme-desk');
    await options.waitForFunction(() => document.querySelector('[data-profile-id="acme-desk"]'));
    expect(await profileIds(options)).toEqual(['demo-desk', 'acme-desk']);
    await options.close();
  });

  it('refuses a broken file with a clear message and changes nothing', async () => {
    const options = await ext.openExtensionPage('options.html', '[data-profile-id="acme-desk"]');
    const broken = { ...acme, id: 'beta-desk', rows: [{ css: 'li >', why: 'typo' }] };
    const result = await importFile(options, 'broken.json', JSON.stringify([broken]));
    const message = await result!.evaluate((element) => element.textContent ?? '');
    expect(message).toMatch(/Nothing was imported/);
    expect(message).toMatch(/rows\[0\]\.css/);
    expect(await profileIds(options)).toEqual(['demo-desk', 'acme-desk']);
    await options.close();
  });

  it('refuses a site pattern that is not one, naming it, and changes nothing', async () => {
    const options = await ext.openExtensionPage('options.html', '[data-profile-id="acme-desk"]');
    const broken = { ...acme, id: 'beta-desk', matches: ['not a pattern'] };
    const result = await importFile(options, 'broken.json', JSON.stringify([broken]));
    const message = await result!.evaluate((element) => element.textContent ?? '');
    expect(message).toMatch(/Nothing was imported/);
    expect(message).toContain('matches[0]: "not a pattern" is not a site pattern');
    expect(await profileIds(options)).toEqual(['demo-desk', 'acme-desk']);
    expect(await options.$('[data-testid="nz-profile-off"]')).toBeNull();
    await options.close();
  });
});
