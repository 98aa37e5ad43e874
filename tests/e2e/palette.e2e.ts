import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { waitForChip } from './harness/overlay';
import { currentBrowserKind } from './harness/paths';

// The palette next to the helpdesk's own composer: search, fill in, insert, and the
// desk's Send button sends exactly that (its editor state has the text).
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

const palette = 'nezabudka-overlay >>> [data-testid="nz-palette"]';

async function openChat(page: Page, id: string) {
  await page.click(`.conv-row[data-conversation-id="${id}"]`);
  await page.waitForSelector(`section.chat[data-conversation-id="${id}"]`);
  await page.click('.composer__input');
}

/** Alt+Shift+T, as the operator presses it. */
async function openPalette(page: Page) {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyT');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

async function lastOperatorMessage(page: Page) {
  return page.$$eval('.msg--operator .msg__text', (items) => items.at(-1)?.textContent ?? '');
}

for (const composer of ['textarea', 'contenteditable'] as const) {
  describe(`template palette, ${composer} composer (${kind})`, () => {
    it('inserts the greeting previewed for this customer, and the desk’s Send sends it', async () => {
      const page = await ext.openPage(desk.url(`/?seed=7&chats=5&speed=0&lang=en&composer=${composer}`));
      await waitForChip(page);
      const id = await page.evaluate(() =>
        (window as unknown as { nzDemo: { addConversation(o: object): string } }).nzDemo.addConversation({
          name: 'Lena Fischer',
          text: 'Hello?',
        }),
      );
      await openChat(page, id);
      await openPalette(page);
      await page.waitForSelector(`${palette} [data-testid="nz-palette-item"]`);
      await page.keyboard.type(';hi');
      // Wait for this customer's wording (one they have not had yet) in the preview.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const preview = await page.$eval(
        `${palette} [data-testid="nz-palette-preview"]`,
        (p) => p.textContent ?? '',
      );
      // The name is known, so no wording falls back to "there".
      expect(preview).not.toContain('there');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () =>
          !document
            .querySelector('nezabudka-overlay')
            ?.shadowRoot?.querySelector('[data-testid="nz-palette"]'),
      );
      await page.click('.composer__send');
      await page.waitForFunction(
        (text: string) =>
          [...document.querySelectorAll('.msg--operator .msg__text')].some((m) => m.textContent === text),
        { timeout: 5000 },
        preview.trim(),
      );
      // Exactly what the operator saw, through the desk's own Send: the editor state had it.
      expect(await lastOperatorMessage(page)).toBe(preview.trim());
      expect(preview).not.toMatch(/[{}[\]%$]/);
      await page.close();
    });
  });
}

describe(`template palette guard (${kind})`, () => {
  it('asks for a fill-in before inserting, and Esc gives focus back to the composer', async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=5&speed=0&lang=en'));
    await waitForChip(page);
    await openChat(page, 'c-001');
    await openPalette(page);
    await page.waitForSelector(`${palette} [data-testid="nz-palette-item"]`);
    await page.keyboard.type(';refund');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${palette} [data-testid="nz-palette-problem"]`);
    expect(await page.$eval('.composer__input', (el) => (el as HTMLTextAreaElement).value)).toBe('');
    // It opened right above the reply box, where the operator was typing.
    const gap = await page.evaluate(() => {
      const box = document.querySelector('.composer__input')!.getBoundingClientRect();
      const card = document
        .querySelector('nezabudka-overlay')!
        .shadowRoot!.querySelector('[data-testid="nz-palette"]')!
        .getBoundingClientRect();
      return { above: box.top - card.bottom, left: card.left - box.left };
    });
    expect(gap.above).toBeGreaterThanOrEqual(0);
    expect(gap.above).toBeLessThan(24);
    expect(Math.abs(gap.left)).toBeLessThan(24);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () =>
        !document.querySelector('nezabudka-overlay')?.shadowRoot?.querySelector('[data-testid="nz-palette"]'),
    );
    expect(await page.evaluate(() => document.activeElement?.classList.contains('composer__input'))).toBe(
      true,
    );
    await page.close();
  });
});

describe(`typed shortcuts in the reply box (${kind})`, () => {
  it('expands ;hi with Tab in place, and opens the palette for one that needs a fill-in', async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=5&speed=0&lang=en'));
    await waitForChip(page);
    await openChat(page, 'c-002');
    await page.keyboard.type('Hey! ;hi');
    await page.keyboard.press('Tab');
    await page.waitForFunction(
      () => !(document.querySelector('.composer__input') as HTMLTextAreaElement).value.includes(';hi'),
    );
    const value = await page.$eval('.composer__input', (el) => (el as HTMLTextAreaElement).value);
    expect(value.startsWith('Hey! ')).toBe(true);
    expect(value.length).toBeGreaterThan('Hey! '.length + 10);
    expect(value).not.toMatch(/[{}[\]]/);
    // Focus stayed in the reply box: Tab did not move it away.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('composer__input'))).toBe(
      true,
    );

    await page.keyboard.type(' ;refund');
    await page.keyboard.press('Tab');
    await page.waitForSelector(`${palette} [data-testid="nz-palette-item"]`);
    expect(
      await page.$eval(
        'nezabudka-overlay >>> [role="combobox"]',
        (input) => (input as HTMLInputElement).value,
      ),
    ).toBe(';refund');
    await page.close();
  });
});
