import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { badgesOnScreen, teachConsole, truth, waitForGallery, type BadgeOnScreen } from './harness/gallery';
import { currentBrowserKind } from './harness/paths';

// A badge belongs to its row and never lies over another part of the console: the
// gallery's SPA console (demo/gallery/routes) opens its status filter as a menu drawn
// over the top of its list, as such consoles do, covering the first rows' badges.
const kind = currentBrowserKind();
let desk: DemoDesk;
let ext: ExtensionBrowser;
let page: Page;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The badges drawn (a hidden one has no box). */
const drawn = async (): Promise<BadgeOnScreen[]> =>
  (await badgesOnScreen(page)).filter((badge) => badge.rect.width > 0 && badge.rect.height > 0);
const menuBox = () =>
  page.$eval('.status-filter__menu', (menu) => {
    const box = menu.getBoundingClientRect();
    return { x: box.left, y: box.top, width: box.width, height: box.height };
  });

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser(kind);
  page = await ext.browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(desk.url('/gallery/routes/?seed=7&traffic=0&lang=en'), { waitUntil: 'domcontentloaded' });
  await waitForGallery(page);
  const rows = (await truth(page)).filter((conversation) => conversation.rendered).length;
  const taught = await teachConsole(ext, page, rows);
  expect(taught.saved).toBe(true);
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

describe(`badges under a console's menu (${kind})`, () => {
  it('hides the badges a menu opened over the list would cover, and brings them back when it closes', async () => {
    // The waiting customers' badges, the first rows' among them.
    await page.waitForFunction(
      () =>
        (document.querySelector('nezabudka-overlay')?.shadowRoot?.querySelectorAll('[data-testid="nz-badge"]')
          .length ?? 0) > 2,
      { timeout: 15_000 },
    );
    const before = await drawn();

    await page.click('.conversations__status');
    await page.waitForSelector('.status-filter__menu');
    const menu = await menuBox();
    // The menu does lie where badges were: the check below means something.
    const underMenu = before.filter((badge) => overlaps(badge.rect, menu));
    expect(underMenu.length, 'badges the open menu would cover').toBeGreaterThan(0);
    await expect
      .poll(async () => (await drawn()).filter((badge) => overlaps(badge.rect, menu)).map((b) => b.key), {
        timeout: 5_000,
        interval: 200,
      })
      .toEqual([]);
    // Rows the menu leaves free keep theirs.
    const free = before.filter((badge) => !overlaps(badge.rect, menu)).map((badge) => badge.key);
    expect((await drawn()).map((badge) => badge.key)).toEqual(expect.arrayContaining(free));

    // The operator picks a status: the menu closes, every badge is back on its row.
    await page.click('.status-filter__menu [role="menuitem"]');
    await page.waitForFunction(() => !document.querySelector('.status-filter__menu'));
    await expect
      .poll(async () => (await drawn()).map((badge) => badge.key).sort(), { timeout: 5_000, interval: 200 })
      .toEqual(expect.arrayContaining(underMenu.map((badge) => badge.key)));
  });
});
