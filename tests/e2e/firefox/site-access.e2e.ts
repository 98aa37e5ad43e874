import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../../lib/adapters/profiles';
import { startDemoDesk, type DemoDesk } from '../harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from '../harness/extension-browser';
import { waitForChip } from '../harness/overlay';
import { chooseProfileFile } from '../harness/profile-file';

// Firefox only: its optional-permission prompt can be switched off for tests
// (extensions.webextOptionalPermissionPrompts); Chromium's prompt cannot be
// answered by a driver. The popup asks the same way (unit and component tests).
let ext: ExtensionBrowser;
let desk: DemoDesk;
const SITE = 'http://127.0.0.2/*';

beforeAll(async () => {
  ext = await launchExtensionBrowser('firefox');
  desk = await startDemoDesk('127.0.0.2');
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

/** Sends one request to the background from an extension page, as the popup does. */
function ask(page: Page, type: string, payload: unknown) {
  return page.evaluate(
    async (t: string, p: unknown) => {
      const api = (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).browser;
      return api.runtime.sendMessage({ nz: 1, type: t, payload: p });
    },
    type,
    payload,
  ) as Promise<{ ok: boolean; data?: { enabled: boolean }; error?: string }>;
}

const overlayIn = (page: Page) => page.$('nezabudka-overlay');

describe('enable on this site (firefox)', () => {
  it('stays off a site that was not enabled', async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=4&speed=0&lang=en'));
    await page.waitForSelector('.conv-row');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await overlayIn(page)).toBeNull();
    await page.close();
  });

  it('runs there once enabled (at once and after a reload), with a profile from a file, and stops when disabled', async () => {
    // A team lead's profile for this desk's address.
    const options = await ext.openExtensionPage('options.html', '[data-testid="nz-profiles"]');
    await chooseProfileFile(
      options,
      'second.json',
      JSON.stringify([{ ...builtInProfiles[0]!, id: 'second-desk', matches: [SITE] }]),
    );
    await options.waitForSelector('[data-profile-id="second-desk"]');

    const page = await ext.openPage(desk.url('/?seed=7&chats=4&speed=0&lang=en'));
    await page.waitForSelector('.conv-row');

    // The operator's click asks for this one site.
    await options.bringToFront();
    await options.evaluate((pattern: string) => {
      const button = Object.assign(document.createElement('button'), { id: 'grant', textContent: 'grant' });
      const api = (
        globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }
      ).browser;
      button.addEventListener('click', () => {
        void api.permissions
          .request({ origins: [pattern] })
          .then((ok) => (button.dataset.granted = String(ok)));
      });
      document.body.append(button);
    }, SITE);
    await options.click('#grant');
    await options.waitForSelector('#grant[data-granted="true"]');
    const tabId = await options.evaluate(async () => {
      const api = (
        globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
      ).browser;
      return (await api.tabs.query({ url: 'http://127.0.0.2/*' }))[0]!.id;
    });
    const enabled = await ask(options, 'enableSite', { url: page.url(), tabId });
    expect(enabled.data?.enabled).toBe(true);

    // Started in the open tab without a reload, and the clocks work there.
    await page.bringToFront();
    await waitForChip(page);
    await page.waitForFunction(
      () =>
        document.querySelector('nezabudka-overlay')?.shadowRoot?.querySelector('[data-testid="nz-badge"]'),
      { timeout: 10_000 },
    );
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForChip(page);

    const disabled = await ask(options, 'disableSite', { url: page.url() });
    expect(disabled.data?.enabled).toBe(false);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.conv-row');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await overlayIn(page)).toBeNull();
  });
});
