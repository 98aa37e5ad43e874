import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { chipSelector, openPanel, waitForChip } from './harness/overlay';
import { currentBrowserKind } from './harness/paths';

const kind = currentBrowserKind();
let desk: DemoDesk;
let ext: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser(kind);
  page = await ext.openPage(desk.url('/?seed=7&chats=12&speed=0'));
});

afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

describe(`overlay on the demo desk (${kind})`, () => {
  it('renders inside a shadow root, invisible to the page’s own selectors', async () => {
    await waitForChip(page);
    const facts = await page.evaluate(() => {
      const hosts = document.querySelectorAll('nezabudka-overlay');
      const host = hosts[0];
      return {
        hosts: hosts.length,
        inShadow: Boolean(host?.shadowRoot?.querySelector('[data-testid="nz-overlay"]')),
        inLightDom: Boolean(document.querySelector('[data-testid="nz-overlay"]')),
      };
    });
    expect(facts).toEqual({ hosts: 1, inShadow: true, inLightDom: false });
  });

  it('gets an answer from the background: a content → background → content round trip', async () => {
    await waitForChip(page);
    // Measured once the page's start has passed (the chip's tooltip is all that shows it).
    const chip = await page.waitForSelector(`${chipSelector}[data-round-trip-ms]`, { timeout: 15_000 });
    const roundTrip = await chip!.evaluate((element) => element.getAttribute('data-round-trip-ms'));
    expect(roundTrip).toMatch(/^\d+$/);
    expect(await chip!.evaluate((element) => element.textContent)).toContain('on watch');
  });

  it('neither moves the helpdesk’s layout nor takes its focus', async () => {
    await waitForChip(page);
    const measure = () =>
      page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.conv-row, .composer, .chat')].map((element) => {
          const rect = element.getBoundingClientRect();
          return [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
        });
        return { boxes, scrollHeight: document.documentElement.scrollHeight };
      });
    const withOverlay = await measure();
    const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    expect(focused).not.toBe('nezabudka-overlay');
    expect(withOverlay.boxes.length).toBeGreaterThan(3);

    // Take the overlay out and measure again: nothing of the desk may move.
    await page.evaluate(() => {
      const host = document.querySelector('nezabudka-overlay') as HTMLElement;
      host.style.setProperty('display', 'none', 'important');
    });
    expect(await measure()).toEqual(withOverlay);
    await page.evaluate(() =>
      (document.querySelector('nezabudka-overlay') as HTMLElement).style.removeProperty('display'),
    );
  });

  it('opens the queue panel from the keyboard and closes it with Escape', async () => {
    await waitForChip(page);
    const toggle = `${chipSelector} button`;
    // Collapsed at first: an open panel could cover the desk's own controls.
    await page.waitForSelector(`${toggle}[aria-expanded="false"]`);
    await page.focus(toggle);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${toggle}[aria-expanded="true"]`);
    await page.waitForSelector('nezabudka-overlay >>> #nz-panel-body');
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${toggle}[aria-expanded="false"]`);
    expect(await page.$('nezabudka-overlay >>> #nz-panel-body')).toBeNull();
  });

  it('stays off a page on the same host that is not a helpdesk', async () => {
    const other = await ext.openPage(desk.url('/not-a-desk.txt'));
    // The content script runs here too (same match pattern); give it time to decide.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await other.$('nezabudka-overlay')).toBeNull();
    await other.close();
  });

  it('remembers the panel open and in the corner the operator moved it to, in the next tab', async () => {
    await openPanel(page);
    await page.click('nezabudka-overlay >>> [data-testid="nz-dock"]');
    await page.waitForSelector('nezabudka-overlay >>> .nz-panel--right');
    const next = await ext.openPage(desk.url('/?seed=7&chats=12&speed=0'));
    await waitForChip(next);
    await next.waitForSelector('nezabudka-overlay >>> .nz-panel--right #nz-panel-body');
    expect(
      await next.$eval(`${chipSelector} button[aria-expanded]`, (button) =>
        button.getAttribute('aria-expanded'),
      ),
    ).toBe('true');
    await next.close();
  });
});
