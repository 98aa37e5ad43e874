import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../lib/adapters/profiles';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { chipLook, openPanel, panelLook, waitForChip } from './harness/overlay';
import { currentBrowserKind } from './harness/paths';
import { chooseProfileFile } from './harness/profile-file';
import { askBackground, grantSite, tabOf } from './harness/site-access';

// A site the extension does not know out of the box (not in any manifest), enabled
// the way the popup does it: the browser grants the one site, then the background
// registers the content script there and starts it in the open tab.
const kind = currentBrowserKind();
let ext: ExtensionBrowser;
let desk: DemoDesk;
const SITE = 'http://127.0.0.2/*';

beforeAll(async () => {
  ext = await launchExtensionBrowser(kind);
  desk = await startDemoDesk('127.0.0.2');
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

const overlayIn = (page: Page) => page.$('nezabudka-overlay');

/** What first-stage.css makes of the chip (the dark scheme has its own background). */
const styled = {
  position: 'fixed',
  borderRadius: '999px',
  background: expect.not.stringMatching(/^rgba\(0, 0, 0, 0\)$/),
  inWindowCorner: true,
};

describe(`enable on this site (${kind})`, () => {
  it('stays off a site that was not enabled', async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=4&speed=0&lang=en'));
    await page.waitForSelector('.conv-row');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await overlayIn(page)).toBeNull();
    await page.close();
  });

  it('runs there once enabled (at once and after a reload), styled, with a profile from a file, and stops when disabled', async () => {
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

    await grantSite(ext, options, SITE);
    const enabled = await askBackground(options, 'enableSite', {
      url: page.url(),
      tabId: await tabOf(options, SITE),
    });
    expect(enabled.data?.enabled).toBe(true);

    // Started in the open tab without a reload, drawn as on the demo desk (Chrome
    // lets no page of a site enabled at runtime fetch the style sheet from the
    // extension), and the clocks work there.
    await page.bringToFront();
    await waitForChip(page);
    expect(await chipLook(page)).toEqual(styled);
    await page.waitForFunction(
      () =>
        document.querySelector('nezabudka-overlay')?.shadowRoot?.querySelector('[data-testid="nz-badge"]'),
      { timeout: 10_000 },
    );
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForChip(page);
    expect(await chipLook(page)).toEqual(styled);
    // The interface, which comes later, brings its own look for the panel.
    await openPanel(page);
    expect(await panelLook(page)).toEqual({
      width: '300px',
      borderRadius: '12px',
      background: expect.not.stringMatching(/^rgba\(0, 0, 0, 0\)$/),
    });

    const disabled = await askBackground(options, 'disableSite', { url: page.url() });
    expect(disabled.data?.enabled).toBe(false);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.conv-row');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await overlayIn(page)).toBeNull();
  });
});
