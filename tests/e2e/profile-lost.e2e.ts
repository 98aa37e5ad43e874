import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { chipSelector, waitForChip } from './harness/overlay';
import { currentBrowserKind } from './harness/paths';

const kind = currentBrowserKind();
let desk: DemoDesk;
let ext: ExtensionBrowser;

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser(kind);
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

describe(`a profile that stops matching (${kind})`, () => {
  it('says so after a while and offers to teach the desk again', async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=4&speed=0&lang=en'));
    await waitForChip(page);
    // The helpdesk ships a redesign: the hooks the profile relies on are gone.
    await page.evaluate(() => {
      for (const row of document.querySelectorAll('[data-conversation-id]')) {
        row.removeAttribute('data-conversation-id');
        row.className = 'row-2027';
      }
    });
    await page.waitForSelector(`${chipSelector} [data-testid="nz-profile-lost"]`, { timeout: 25_000 });
    await page.click(`${chipSelector} [data-testid="nz-profile-lost"] + button`);
    await page.waitForSelector('nezabudka-teach >>> [data-testid="nz-teach"][data-step="rows"]');
    expect(await page.$('nezabudka-teach')).not.toBeNull();
  });
});
