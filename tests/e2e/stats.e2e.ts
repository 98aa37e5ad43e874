import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForBadgeState } from './harness/badges';
import { addConversation, replyAsOperator } from './harness/desk';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { waitForChip } from './harness/overlay';
import { currentBrowserKind } from './harness/paths';
import { chooseFiles } from './harness/choose-file';
import { readTable, setTargets } from './harness/settings';

// Statistics end to end: what happens on the demo desk is counted on the stats
// page, exported as a file, and merged in the team view exactly once.
const kind = currentBrowserKind();
let desk: DemoDesk;
let ext: ExtensionBrowser;
let stats: Page;
let exported: { name: string; text: string };
let own: { replies: number; breaches: number };

const teamInput = '[data-testid="nz-team-input"]';

/** The reply count and breach count the headline figures show. */
async function headline(page: Page, scope: string): Promise<{ replies: number; breaches: number }> {
  return page.$eval(scope, (root) => {
    const reply = root.querySelector('[data-testid="nz-figure-reply"]')?.textContent ?? '';
    const breaches = root.querySelector('[data-testid="nz-figure-breaches-value"]')?.textContent ?? '';
    return { replies: Number(/replies: (\d+)/.exec(reply)?.[1] ?? NaN), breaches: Number(breaches) };
  });
}

/** The team table's totals row: replies and breaches. */
async function teamTotals(page: Page): Promise<{ replies: number; breaches: number }> {
  return page.$eval('[data-testid="nz-team-operators"] tfoot tr', (row) => {
    const cells = [...row.children].map((cell) => cell.textContent ?? '');
    return { replies: Number(cells[1]), breaches: Number(/^\d+/.exec(cells[5]!)?.[0]) };
  });
}

async function fileStates(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="nz-team-file"]', (items) =>
    items.map((item) => [item.getAttribute('data-state') ?? '', item.textContent ?? '']),
  );
}

/**
 * The open tab that shows `selector`. Looked for by content: over WebDriver BiDi
 * a new extension tab may report about:blank as its address for a while.
 */
async function pageShowing(selector: string): Promise<Page> {
  for (let tries = 0; tries < 50; tries += 1) {
    for (const page of await ext.browser.pages()) {
      const found = await page.$(selector).catch(() => null);
      if (found) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No tab shows ${selector}`);
}

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser(kind);
  // Seconds, so a breach happens within the test; forgotten far away so nothing
  // else is recorded while the figures are compared.
  await setTargets(ext, { warn: '1 s', target: '2 s', forgotten: '30 min' });
});

afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

describe(`statistics (${kind})`, () => {
  it('counts a reply and a breach recorded on the demo desk', async () => {
    const page = await ext.openPage(desk.url('/?seed=5&chats=2&speed=0&lang=en'));
    await waitForChip(page);
    const id = await addConversation(page, 'Irina Volkova', 'Hello, where is my parcel?');
    await waitForBadgeState(page, id, 'breach');
    await replyAsOperator(page, id, 'Hello Irina, it left the warehouse today.');
    await waitForBadgeState(page, id, null);
    await page.close();

    const events = await readTable<{ type: string }>(ext, 'events');
    const stored = (type: string) => events.filter((event) => event.type === type).length;
    stats = await ext.openExtensionPage('stats.html', '[data-testid="nz-stats-headline"]');
    own = await headline(stats, '[data-testid="nz-stats-panel-mine"]');
    expect(own.replies).toBeGreaterThanOrEqual(1);
    expect(own.breaches).toBeGreaterThanOrEqual(1);
    // The page shows what was recorded: every reply and breach of today.
    expect(own).toEqual({ replies: stored('reply'), breaches: stored('breach') });
    // The breach table names no customer.
    const breachTable = await stats.$eval(
      '[data-testid="nz-breach-table"]',
      (table) => table.textContent ?? '',
    );
    expect(breachTable).not.toContain('Irina');
  });

  it('exports the range as JSON under an alias', async () => {
    // The page offers the file through a link click; catch it instead of saving to disk.
    await stats.evaluate(() => {
      const caught = window as unknown as { nzDownloads: Promise<{ name: string; text: string }>[] };
      caught.nzDownloads = [];
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        const { href, download } = this;
        caught.nzDownloads.push(
          fetch(href)
            .then((response) => response.text())
            .then((text) => ({ name: download, text })),
        );
      };
    });
    await stats.click('[data-testid="nz-stats-export"] button::-p-text(Download JSON)');
    await stats.waitForSelector('[data-testid="nz-export-result"]');
    exported = await stats.evaluate(
      () => (window as unknown as { nzDownloads: Promise<{ name: string; text: string }>[] }).nzDownloads[0]!,
    );
    expect(exported.name).toMatch(/\.json$/);
    const file = JSON.parse(exported.text);
    expect(file.kind).toBe('nezabudka-stats');
    expect(file.operator).toMatch(/^op-/);
    expect(exported.text).not.toContain('Irina');
  });

  it('shows the same totals in the team view, and counts a file chosen twice once', async () => {
    await stats.click('#nz-stats-tab-team');
    await chooseFiles(stats, teamInput, [exported]);
    await stats.waitForSelector('[data-testid="nz-team-operators"]');
    expect(await teamTotals(stats)).toEqual(own);
    expect(await headline(stats, '[data-testid="nz-stats-panel-team"]')).toEqual(own);

    await chooseFiles(stats, teamInput, [exported]);
    await stats.waitForFunction(() => document.querySelectorAll('[data-testid="nz-team-file"]').length === 2);
    expect((await fileStates(stats)).map(([state]) => state)).toEqual(['loaded', 'repeated']);
    expect(await teamTotals(stats)).toEqual(own);
  });

  it('names a broken file and still loads the good one', async () => {
    await stats.click('[data-testid="nz-stats-panel-team"] .nz-dropzone .nz-button--secondary');
    await stats.waitForSelector('[data-testid="nz-team-empty"]');
    await chooseFiles(stats, teamInput, [{ name: 'broken.json', text: '{ not json' }, exported]);
    await stats.waitForSelector('[data-testid="nz-team-operators"]');
    const states = await fileStates(stats);
    expect(states.map(([state]) => state).sort()).toEqual(['failed', 'loaded']);
    expect(states.find(([state]) => state === 'failed')![1]).toMatch(/^broken\.json: not loaded — /);
    expect(await teamTotals(stats)).toEqual(own);
  });

  it('clears every recorded event, and every clock with its names, after asking', async () => {
    // The demo desk's conversations were watched above: their clocks are stored.
    expect((await readTable(ext, 'conversations')).length).toBeGreaterThan(0);
    await stats.click('#nz-stats-tab-mine');
    await stats.click('[data-testid="nz-stats-clear"] button::-p-text(Clear all statistics)');
    await stats.click('[role="alertdialog"] button::-p-text(Yes, delete everything)');
    await stats.waitForSelector('[data-testid="nz-stats-empty"]');
    expect(await readTable(ext, 'events')).toEqual([]);
    expect(await readTable(ext, 'conversations')).toEqual([]);
  });

  it('opens from the settings page and from the popup', async () => {
    const options = await ext.openExtensionPage('options.html', '[data-testid="nz-stats-link"]');
    await options.click('[data-testid="nz-stats-link"]');
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === 'Statistics');
    await options.close();

    await stats?.close();
    const popup = await ext.openExtensionPage('popup.html', 'h1');
    await popup.click('.nz-popup__links button::-p-text(Statistics)');
    const page = await pageShowing('[data-testid="nz-stats-panel-mine"]');
    await page.close();
  });
});
