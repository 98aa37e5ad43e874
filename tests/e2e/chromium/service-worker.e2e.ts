import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from '../harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from '../harness/extension-browser';
import { waitForChip } from '../harness/overlay';
import { waitForText } from '../harness/pages';

// Chrome stops an idle MV3 service worker at any time; everything must come back.
let desk: DemoDesk;
let ext: ExtensionBrowser;

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser('chromium');
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

describe('service worker restart (chromium)', () => {
  it('comes back after being stopped, with its data and without errors', async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=8&speed=0'));
    await waitForChip(page);
    const options = await ext.openExtensionPage('options.html', 'form');
    await options.type('input[type="text"]', 'Boris');
    await options.click('button[type="submit"]');
    await waitForText(options, '[role="status"]', 'Saved');
    await options.close();

    // Record every state the overlay passes through while the worker is down.
    await page.evaluate(() => {
      const chip = document
        .querySelector('nezabudka-overlay')!
        .shadowRoot!.querySelector('[data-testid="nz-overlay"]')!;
      const seen: string[] = [];
      (window as unknown as { nzStates: string[] }).nzStates = seen;
      new MutationObserver(() => seen.push(chip.getAttribute('data-state') ?? '')).observe(chip, {
        attributes: true,
        attributeFilter: ['data-state'],
      });
    });

    await ext.stopServiceWorker();

    // The overlay notices the lost port, reconnects and wakes a fresh worker.
    await page.waitForFunction(
      () => {
        const seen = (window as unknown as { nzStates: string[] }).nzStates;
        return seen.includes('connecting') && seen.at(-1) === 'connected';
      },
      { timeout: 15_000 },
    );

    // The new worker reads what the old one stored.
    const reopened = await ext.openExtensionPage('options.html', 'form');
    await reopened.waitForFunction(
      () => (document.querySelector('input[type="text"]') as HTMLInputElement | null)?.value === 'Boris',
      { timeout: 10_000 },
    );
    expect(ext.backgroundErrors).toEqual([]);
  });
});
