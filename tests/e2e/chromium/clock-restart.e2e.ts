import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBadge, waitForBadgeState } from '../harness/badges';
import { addConversation } from '../harness/desk';
import { startDemoDesk, type DemoDesk } from '../harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from '../harness/extension-browser';
import { waitForChip } from '../harness/overlay';
import { setTargets } from '../harness/settings';

let desk: DemoDesk;
let ext: ExtensionBrowser;

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser('chromium');
  await setTargets(ext, { warn: '3 s', target: '6 s', forgotten: '30 s' });
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

describe('clocks across a service-worker restart (chromium)', () => {
  it('keeps counting from the same instant and still raises the breach', async () => {
    const page = await ext.openPage(desk.url('/?seed=5&chats=3&speed=0&lang=en'));
    await waitForChip(page);
    const id = await addConversation(page, 'Worker Wanda', 'Hello there');
    await waitForBadgeState(page, id, 'ok');
    const before = (await readBadge(page, id))!.waitSeconds;

    await ext.stopServiceWorker();
    await waitForChip(page); // reconnected to a fresh worker

    const after = await readBadge(page, id);
    expect(after!.waitSeconds).toBeGreaterThanOrEqual(before);
    await waitForBadgeState(page, id, 'breach', 15_000);
    expect(ext.backgroundErrors).toEqual([]);
  });
});
