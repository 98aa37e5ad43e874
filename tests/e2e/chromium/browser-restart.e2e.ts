import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBadge, waitForBadge, waitForBadgeState } from '../harness/badges';
import { addConversation } from '../harness/desk';
import { startDemoDesk, type DemoDesk } from '../harness/demo-server';
import { launchExtensionBrowser } from '../harness/extension-browser';
import { waitForChip } from '../harness/overlay';
import { setTargets } from '../harness/settings';

let desk: DemoDesk;
let profile: string;

beforeAll(async () => {
  desk = await startDemoDesk();
  profile = await mkdtemp(path.join(os.tmpdir(), 'nz-restart-'));
});
afterAll(async () => {
  await desk?.close();
  await rm(profile, { recursive: true, force: true });
});

// Firefox is left out: a temporary add-on (the only kind a test can install
// unsigned) is removed with its storage when Firefox closes.
describe('clocks across a browser restart (chromium)', () => {
  it('remembers when a seeded customer started waiting, and the tab closed and reopened too', async () => {
    const url = desk.url('/?seed=9&chats=4&speed=0&lang=en');
    let ext = await launchExtensionBrowser('chromium', { userDataDir: profile });
    await setTargets(ext, { warn: '20 s', target: '40 s', forgotten: '80 s' });
    let page = await ext.openPage(url);
    await waitForChip(page);
    const id = await addConversation(page, 'Restart Rita', 'Is anyone there?');
    await waitForBadgeState(page, id, 'ok');
    await new Promise((resolve) => setTimeout(resolve, 2200));

    // The tab closed and reopened: the desk rebuilds from its seed, without Rita,
    // so watch a seeded customer who waits.
    const waiting = await page.$$eval('.conv-row', (rows) =>
      rows.map((row) => row.getAttribute('data-conversation-id')!),
    );
    let seeded: { key: string; wait: number; at: number } | undefined;
    for (const key of waiting) {
      const badge = key === id ? null : await readBadge(page, key);
      if (badge && badge.state !== 'idle') seeded = { key, wait: badge.waitSeconds, at: Date.now() };
    }
    expect(seeded).toBeDefined();
    await page.close();
    page = await ext.openPage(url);
    await waitForChip(page);
    await waitForBadge(page, seeded!.key);
    expect((await readBadge(page, seeded!.key))!.waitSeconds).toBeGreaterThanOrEqual(seeded!.wait);

    await ext.close();
    ext = await launchExtensionBrowser('chromium', { userDataDir: profile });
    try {
      page = await ext.openPage(url);
      await waitForChip(page);
      await waitForBadge(page, seeded!.key);
      const after = await readBadge(page, seeded!.key);
      // Still counting from the first instant, not from the restart (the display
      // clock ticks once a second, so it may lag by one).
      const elapsedSec = Math.floor((Date.now() - seeded!.at) / 1000);
      expect(after!.waitSeconds).toBeGreaterThanOrEqual(seeded!.wait + elapsedSec - 1);
    } finally {
      await ext.close();
    }
  });
});
