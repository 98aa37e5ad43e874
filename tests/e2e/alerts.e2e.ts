import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadgeState } from './harness/badges';
import { addConversation } from './harness/desk';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { openPanel, waitForChip } from './harness/overlay';
import { currentBrowserKind } from './harness/paths';
import { setTargets } from './harness/settings';

const kind = currentBrowserKind();
let desk: DemoDesk;
let ext: ExtensionBrowser;
let page: Page;

type NotificationsApi = {
  notifications: {
    getAll(): Promise<Record<string, unknown>>;
    onClosed: { addListener(listener: (id: string) => void): void };
  };
};
type ProbeWindow = { nzSeen?: string[]; browser?: NotificationsApi; chrome?: NotificationsApi };

/**
 * Opens an extension page that records the extension's notifications: those on
 * screen (getAll) and those already closed. Headless Firefox has no notification
 * server, so there a notification closes the moment it is shown.
 */
async function watchNotifications(): Promise<{ page: Page; ids(): Promise<string[]> }> {
  const probe = await ext.openExtensionPage('options.html', 'h1');
  await probe.evaluate(() => {
    const scope = globalThis as unknown as ProbeWindow;
    scope.nzSeen = [];
    (scope.browser ?? scope.chrome)!.notifications.onClosed.addListener((id) => scope.nzSeen!.push(id));
  });
  return {
    page: probe,
    ids: () =>
      probe.evaluate(async () => {
        const scope = globalThis as unknown as ProbeWindow;
        const open = Object.keys(await (scope.browser ?? scope.chrome)!.notifications.getAll());
        return [...open, ...(scope.nzSeen ?? [])];
      }),
  };
}

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser(kind);
  await setTargets(ext, { warn: '2 s', target: '3 s', forgotten: '6 s' });
  page = await ext.openPage(desk.url('/?seed=11&chats=3&speed=0&lang=en'));
  await waitForChip(page);
});

afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

describe(`alerts (${kind})`, () => {
  it('notifies about a missed target while the helpdesk tab is hidden', async () => {
    // An extension page in front: the helpdesk's timers are throttled, its frames stop.
    const probe = await watchNotifications();
    await probe.page.bringToFront();
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');

    const id = await addConversation(page, 'Hidden Harriet', 'Hello? Anyone?');
    await expect
      .poll(() => probe.ids(), { timeout: 15_000, interval: 500 })
      .toContainEqual(expect.stringContaining(`\n${id}`));
    // The toolbar icon counts the customers past their target.
    const count = await probe.page.evaluate(async () => {
      type Toolbar = { getBadgeText(details: object): Promise<string> };
      const scope = globalThis as unknown as Record<string, Record<string, Toolbar> | undefined>;
      const api = (scope.browser ?? scope.chrome)!;
      return (api.action ?? api.browserAction)!.getBadgeText({});
    });
    expect(Number(count)).toBeGreaterThanOrEqual(1);
    await page.bringToFront();
    await probe.page.close();
  });

  it('holds alerts during focus and then tells who waited', async () => {
    await page.bringToFront();
    await openPanel(page);
    await page.click('nezabudka-overlay >>> [data-testid="nz-focus"] button'); // 15 min
    await page.waitForSelector('nezabudka-overlay >>> [data-testid="nz-focus"][data-active="true"]');
    const probe = await watchNotifications();
    await page.bringToFront();
    const before = await probe.ids();

    const id = await addConversation(page, 'Focus Fiona', 'I need help with my invoice');
    await waitForBadgeState(page, id, 'breach', 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await probe.ids()).filter((n) => n.includes(`\n${id}`) && !before.includes(n))).toEqual([]);

    await page.click('nezabudka-overlay >>> [data-testid="nz-focus"] button');
    const item = await page.waitForSelector(
      `nezabudka-overlay >>> [data-testid="nz-focus-summary-item"][data-conversation="${id}"]`,
      { timeout: 10_000 },
    );
    expect(await item!.evaluate((element) => element.textContent)).toContain('Focus Fiona');
    // The summary is also a desktop notification, so held alerts are never lost.
    await expect.poll(() => probe.ids(), { timeout: 5000, interval: 250 }).toContain('nz|focus');
    await item!.click();
    await page.waitForSelector(`section.chat[data-conversation-id="${id}"]`, { timeout: 5000 });
    await probe.page.close();
  });
});
