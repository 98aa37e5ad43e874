import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSER_KINDS, type ComposerKind } from '../../demo/src/ui/composers/composer-kind';
import { composerModel, modelWhen } from './harness/composer-model';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { waitForChip } from './harness/overlay';
import { insertFromPalette } from './harness/palette';
import { currentBrowserKind } from './harness/paths';
import { sendRequest } from './harness/settings';

// Every editor the demo desk offers (?composer=): a template goes into the
// editor's own model (read through its API, not the DOM), the operator's
// Ctrl+Z takes it back, the desk's own Send sends exactly it, and a typed
// ;shortcut expands in place.
const kind = currentBrowserKind();
let desk: DemoDesk;
let ext: ExtensionBrowser;

/** A reply whose {cursor} sits mid-text: the operator types the order number there. */
const ASK_ORDER = 'Could you send me the order number? {cursor} Thanks!';

beforeAll(async () => {
  desk = await startDemoDesk();
  ext = await launchExtensionBrowser(kind);
  await sendRequest(ext, 'saveTemplate', {
    title: 'Ask for the order number',
    body: ASK_ORDER,
    shortcut: 'askorder',
    language: 'en',
    tags: [],
    variants: [],
  });
});
afterAll(async () => {
  await ext?.close();
  await desk?.close();
});

interface NzDemo {
  nzDemo: { addConversation(o: object): string };
}

/** A desk with this editor, a fresh chat with Lena open, the caret in its (loaded) editor. */
async function openDesk(composer: ComposerKind): Promise<Page> {
  const page = await ext.openPage(desk.url(`/?seed=7&chats=5&speed=0&lang=en&composer=${composer}`));
  await waitForChip(page);
  const id = await page.evaluate(() =>
    (window as unknown as NzDemo).nzDemo.addConversation({
      name: 'Lena Fischer',
      text: 'Hello?',
      lang: 'en',
    }),
  );
  await page.click(`.conv-row[data-conversation-id="${id}"]`);
  // Rich editors load on demand: the model answers once the editor is there.
  expect(await modelWhen(page, (text) => text === '')).toBe('');
  await page.click('.composer .composer__input');
  return page;
}

async function pressWithCtrl(page: Page, key: 'KeyZ'): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

/**
 * A person's pause between keys. Editors read the caret from the page's
 * selectionchange (Slate on a 100 ms throttle); keys sent faster than any hand
 * could type can open the palette before the editor has seen the caret move.
 */
async function operatorPause(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))));
}

/** Clicks the desk's own Send button and returns the operator message it posted. */
async function sendWithDeskButton(page: Page): Promise<string | null> {
  const count = () => page.$$eval('.msg--operator .msg__text', (items) => items.length);
  const before = await count();
  await page.click('.composer__send');
  await page.waitForFunction(
    (n: number) => document.querySelectorAll('.msg--operator .msg__text').length > n,
    { timeout: 5000 },
    before,
  );
  return plain(await page.$$eval('.msg--operator .msg__text', (items) => items.at(-1)?.textContent ?? ''));
}

/** The browser shows a space at a line's end as a non-breaking one; it is still a space. */
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? null;

for (const composer of COMPOSER_KINDS) {
  describe(`${composer} composer (${kind})`, () => {
    it('takes a template into its own model; Ctrl+Z undoes it; the desk’s Send sends it', async () => {
      const page = await openDesk(composer);
      // ;allinone has three wordings, one of them five lines long, and this
      // customer gets a fresh one each time: insert, Ctrl+Z, insert again until
      // the long one has been in the model (the third insertion at the latest).
      const seen: string[] = [];
      let inserted = '';
      for (;;) {
        inserted = await insertFromPalette(page, ';allinone');
        expect(plain(await modelWhen(page, (text) => plain(text) === inserted))).toBe(inserted);
        seen.push(inserted);
        if (seen.length > 1 && seen.some((text) => text.includes('\n'))) break;
        expect(seen.length).toBeLessThan(3);
        await pressWithCtrl(page, 'KeyZ');
        const firstLine = inserted.split('\n')[0]!;
        expect(await modelWhen(page, (text) => !text.includes(firstLine))).toBe('');
      }
      expect(seen.some((text) => text.split('\n').length === 6)).toBe(true);

      expect(await sendWithDeskButton(page)).toBe(inserted.trim());
      expect(await modelWhen(page, (text) => text.trim() === '')).toBe('');
      await page.close();
    });

    it('puts a template where the caret is, and expands a typed ;hi there with Tab', async () => {
      const page = await openDesk(composer);
      await page.keyboard.type('Thanks!');
      for (let i = 0; i < 'Thanks!'.length; i += 1) await page.keyboard.press('ArrowLeft');
      await operatorPause(page);
      const greeting = await insertFromPalette(page, ';hi');
      const withGreeting = `${greeting}Thanks!`;
      expect(plain(await modelWhen(page, (text) => plain(text) === withGreeting))).toBe(withGreeting);

      await operatorPause(page);
      await page.keyboard.type('Hey! ;hi');
      await page.keyboard.press('Tab');
      const expanded = plain(await modelWhen(page, (text) => !text.includes(';hi')));
      expect(expanded).not.toContain(';hi');
      expect(expanded?.startsWith(`${greeting}Hey! `)).toBe(true);
      expect(expanded?.endsWith('Thanks!')).toBe(true);
      expect(expanded?.length).toBeGreaterThan(withGreeting.length + 'Hey! '.length + 20);
      expect(expanded).not.toMatch(/[{}[\]]/);
      // Tab did not move the caret away from the reply box.
      expect(await page.evaluate(() => !!document.activeElement?.closest('.composer'))).toBe(true);

      expect(await sendWithDeskButton(page)).toBe(expanded!.trim());
      expect(await composerModel(page)).toBe('');
      await page.close();
    });

    it('leaves the caret at the template’s {cursor}: keys typed at once after Tab or Enter land there', async () => {
      const expected = 'Could you send me the order number? #4711 Thanks!';
      const typedAt = (page: Page) =>
        modelWhen(page, (text) => plain(text)?.includes('#4711') === true).then((text) =>
          plain(text)?.trim(),
        );
      // A typed shortcut, and the next keys without a pause.
      const page = await openDesk(composer);
      await page.keyboard.type(';askorder');
      await page.keyboard.press('Tab');
      await page.keyboard.type('#4711');
      expect(await typedAt(page)).toBe(expected);
      await page.close();
      // The palette, and the next keys right after Enter.
      const again = await openDesk(composer);
      await insertFromPalette(again, ';askorder', { typeRightAfter: '#4711' });
      expect(await typedAt(again)).toBe(expected);
      await again.close();
    });
  });
}
