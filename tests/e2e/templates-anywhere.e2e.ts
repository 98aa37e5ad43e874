import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { insertFromPalette } from './harness/palette';
import { currentBrowserKind } from './harness/paths';
import { sendRequest } from './harness/settings';

// Templates on a page of an enabled site that no profile detects (demo/public/lab/reply-box.html: a
// support form with reply boxes and no conversation list): no conversation is known, so the name
// falls back; the text goes only into the box the operator is in.
const kind = currentBrowserKind();
let desk: DemoDesk;
let ext: ExtensionBrowser;

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser(kind);
  await sendRequest(ext, 'saveTemplate', {
    title: 'Anywhere hello',
    body: 'Hi {firstName|there}, how can I help?',
    language: 'en',
    shortcut: 'anyhello',
    tags: [],
    variants: [],
  });
  await sendRequest(ext, 'saveTemplate', {
    title: 'Anywhere order line',
    body: 'Order:\tA-1\nThank you!',
    language: 'en',
    shortcut: 'anyorder',
    tags: [],
    variants: [],
  });
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

const HELLO = 'Hi there, how can I help?';

async function openForm(query = ''): Promise<Page> {
  const page = await ext.openPage(desk.url(`/lab/reply-box.html${query}`));
  await page.waitForFunction(() => document.readyState === 'complete');
  // Nothing on screen tells that the content script runs here: give it the moment it takes to start.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return page;
}

const fields = (page: Page) =>
  page.evaluate(() => ({
    subject: (document.querySelector('#subject') as HTMLInputElement).value,
    reply: (document.querySelector('#reply') as HTMLTextAreaElement).value,
    note: document.querySelector('#note')!.textContent,
    focused: document.activeElement?.id ?? null,
  }));

describe(`templates with no site profile (${kind})`, () => {
  it(';shortcut + Tab expands in a plain textarea, with the fallback name', async () => {
    const page = await openForm();
    await page.click('#reply');
    await page.keyboard.type(';anyhello');
    await page.keyboard.press('Tab');
    await page.waitForFunction(
      () => (document.querySelector('#reply') as HTMLTextAreaElement).value !== ';anyhello',
    );
    expect(await fields(page)).toEqual({ subject: '', reply: HELLO, note: '', focused: 'reply' });
    await page.close();
  });

  it('the palette inserts into the focused contenteditable, and nowhere else', async () => {
    const page = await openForm();
    await page.click('#note');
    const preview = await insertFromPalette(page, 'Anywhere hello');
    expect(preview).toBe(HELLO);
    await page.waitForFunction(() => document.querySelector('#note')!.textContent !== '');
    expect(await fields(page)).toEqual({ subject: '', reply: '', note: HELLO, focused: 'note' });
    await page.close();
  });
});

describe(`a template's layout in the box it goes into (${kind})`, () => {
  it('joins its lines with a space in a single-line field, and keeps a tab as a tab in a contenteditable', async () => {
    const page = await openForm();
    await page.click('#subject');
    await insertFromPalette(page, 'Anywhere order line');
    await page.waitForFunction(() => (document.querySelector('#subject') as HTMLInputElement).value !== '');
    expect((await fields(page)).subject).toBe('Order:\tA-1 Thank you!');

    await page.click('#note');
    await insertFromPalette(page, 'Anywhere order line');
    await page.waitForFunction(() => document.querySelector('#note')!.textContent !== '');
    // The tab is in the box's text (how it shows is the page's white-space), the line break a line.
    const note = await page.$eval('#note', (note) => ({
      text: note.textContent,
      lines: (note as HTMLElement).innerText.split(/\n+/).filter(Boolean),
    }));
    expect(note.text).toContain('Order:\tA-1');
    expect(note.lines).toHaveLength(2);
    expect(note.lines[1]).toBe('Thank you!');
    await page.close();
  });
});

describe(`shortcut keys win over the page's (${kind})`, () => {
  for (const on of ['document', 'window'] as const) {
    it(`;shortcut + Tab expands where the page moves the focus on Tab (its handler on the ${on})`, async () => {
      const page = await openForm(`?tab-moves-focus=${on}`);
      // The page's own Tab works: from the subject to the reply box.
      await page.click('#subject');
      await page.keyboard.press('Tab');
      expect((await fields(page)).focused).toBe('reply');
      await page.keyboard.type(';anyhello');
      await page.keyboard.press('Tab');
      await page.waitForFunction(
        () => (document.querySelector('#reply') as HTMLTextAreaElement).value !== ';anyhello',
      );
      expect(await fields(page)).toEqual({ subject: '', reply: HELLO, note: '', focused: 'reply' });
      // A Tab after a word that is no shortcut is the page's again.
      await page.keyboard.press('Tab');
      expect((await fields(page)).focused).toBe('note');
      await page.close();
    });
  }
});
