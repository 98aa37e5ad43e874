import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { chooseFile } from './harness/choose-file';
import { catchDownloads, nextDownload } from './harness/downloads';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { waitForChip } from './harness/overlay';
import { currentBrowserKind } from './harness/paths';

// Template files through the options page, as operators pass them around: a CSV
// from a spreadsheet whose shortcut clashes, a broken CSV, and a JSON export that
// a colleague imports into a fresh browser, where the template then works.
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

const files = '[data-testid="nz-template-files"]';
const review = '[data-testid="nz-template-import-review"]';
const SHIP_BODY = 'It ships today; the tracking number follows by e-mail.';
const REFUND_BODY = 'Your money is on its way: 3 to 5 days, "no fees".';

const csv = (...rows: string[]) => `\uFEFFtitle,body,shortcut,tags,language\r\n${rows.join('\r\n')}\r\n`;

const ids = (page: Page) =>
  page.$$eval('[data-testid="nz-template"]', (items) =>
    items.map((item) => item.getAttribute('data-template-id')),
  );

const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());

function chooseTemplateFile(page: Page, name: string, text: string) {
  return chooseFile(page, `${files} input[type="file"]`, name, text);
}

async function openOptions(browser: ExtensionBrowser) {
  return browser.openExtensionPage('options.html', '[data-testid="nz-template"]');
}

/** Only the template whose words contain `phrase` is listed (the search covers every wording). */
async function searchFor(page: Page, phrase: string) {
  await page.type('[data-testid="nz-templates"] input[type="search"]', phrase);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="nz-template"]').length <= 1, {
    timeout: 5000,
  });
  return ids(page);
}

describe(`template files (${kind})`, () => {
  it('imports a CSV whose shortcut clashes with a starter: replace changes the words, not the id', async () => {
    const options = await openOptions(ext);
    await chooseTemplateFile(
      options,
      'from-sheet.csv',
      csv(
        `Shipping,${SHIP_BODY},ship,delivery,en`,
        `Refund (team),"${REFUND_BODY.replace(/"/g, '""')}",refund,money,en`,
      ),
    );
    await options.waitForSelector(review);
    expect(await textOf(options, '[data-testid="nz-template-import-counts"]')).toBe(
      'Templates in the file: 2. New: 1. Already in your library: 0. In conflict with yours: 1.',
    );
    const conflict = `${review} [data-testid="nz-template-import-conflict"][data-index="1"]`;
    expect(await textOf(options, `${conflict} legend`)).toContain('same shortcut ;refund (en)');
    await options.click(`${conflict} input[value="replace"]`);
    await options.click(`${review} .nz-button:not(.nz-button--secondary)`);
    await options.waitForSelector('[data-testid="nz-template-import-result"]', { timeout: 10_000 });
    expect(await textOf(options, '[data-testid="nz-template-import-result"]')).toContain(
      'added 1, replaced 1, kept yours 0',
    );
    await options.waitForFunction(
      () => document.querySelectorAll('[data-testid="nz-template"]').length === 17,
    );
    expect(await searchFor(options, 'on its way: 3 to 5 days')).toEqual(['starter-refund-en']);
    await options.close();
  });

  it('refuses a broken CSV, naming the row and column, and changes nothing', async () => {
    const options = await openOptions(ext);
    const before = await ids(options);
    await chooseTemplateFile(
      options,
      'broken.csv',
      csv('Fine,A fine body,,,en', 'Guten Tag,Hallo,,,de', 'Cut short,"never closed'),
    );
    await options.waitForSelector('[data-testid="nz-template-import-problems"]', { timeout: 10_000 });
    const message = await textOf(options, '[data-testid="nz-template-import-problems"]');
    expect(message).toContain('Nothing was imported from “broken.csv”');
    expect(message).toContain('row 3 (“Guten Tag”), language: “de” is not ru or en');
    expect(message).toMatch(/row 4/);
    expect(await options.$(review)).toBeNull();
    // A fresh page reads the library again: the same templates.
    await options.close();
    const again = await openOptions(ext);
    expect(await ids(again)).toEqual(before);
    await again.close();
  });

  it('exports JSON and CSV from the options page; a colleague imports the JSON and the template works', async () => {
    const options = await openOptions(ext);
    await catchDownloads(options);
    await options.click(`${files} > .nz-profile__actions > button:nth-of-type(1)`);
    const json = await nextDownload(options);
    expect(json.name).toMatch(/^nezabudka-templates-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(json.text);
    expect(exported).toMatchObject({ kind: 'nezabudka-templates', version: 1 });
    expect(exported.templates).toHaveLength(17);
    expect(exported.templates[0]).not.toHaveProperty('usageCount');

    await options.click(`${files} > .nz-profile__actions > button:nth-of-type(2)`);
    const sheet = await nextDownload(options);
    expect(sheet.name).toMatch(/\.csv$/);
    // A BOM for Excel, then the columns a spreadsheet shows.
    expect(sheet.text.startsWith('\uFEFFtitle,body,shortcut,tags,language,variant 2,variant 3,id\r\n')).toBe(
      true,
    );
    expect(sheet.text).toContain(`"${REFUND_BODY.replace(/"/g, '""')}"`);
    await options.close();

    const colleague = await launchExtensionBrowser(kind);
    try {
      const theirs = await openOptions(colleague);
      await chooseTemplateFile(theirs, json.name, json.text);
      await theirs.waitForSelector(review);
      // Their starters are word for word the same, except the refund replaced above.
      expect(await textOf(theirs, '[data-testid="nz-template-import-counts"]')).toBe(
        'Templates in the file: 17. New: 1. Already in your library: 15. In conflict with yours: 1.',
      );
      await theirs.click(`${review} [data-testid="nz-template-import-conflict"] input[value="replace"]`);
      await theirs.click(`${review} .nz-button:not(.nz-button--secondary)`);
      await theirs.waitForSelector('[data-testid="nz-template-import-result"]', { timeout: 10_000 });
      expect(await textOf(theirs, '[data-testid="nz-template-import-result"]')).toContain(
        'added 1, replaced 1, kept yours 0, already there 15',
      );
      await theirs.close();

      // The imported template works: ;ship then Tab in the desk's reply box.
      const page = await colleague.openPage(desk.url('/?seed=7&chats=5&speed=0&lang=en'));
      await waitForChip(page);
      await page.click('.conv-row[data-conversation-id="c-002"]');
      await page.waitForSelector('section.chat[data-conversation-id="c-002"]');
      await page.click('.composer__input');
      await page.keyboard.type(';ship');
      await page.keyboard.press('Tab');
      await page.waitForFunction(
        (body: string) => (document.querySelector('.composer__input') as HTMLTextAreaElement).value === body,
        { timeout: 5000 },
        SHIP_BODY,
      );
    } finally {
      await colleague.close();
    }
  });
});
