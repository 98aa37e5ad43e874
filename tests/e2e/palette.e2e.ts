import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { addConversation } from './harness/desk';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { waitForChip } from './harness/overlay';
import { openPalette, paletteClosed, paletteSelector as palette } from './harness/palette';
import { currentBrowserKind } from './harness/paths';
import { sendRequest } from './harness/settings';

// The palette next to the helpdesk's own composer: the guard before inserting, and
// typed shortcuts in a textarea reply box. Inserting into every editor kind, and
// the desk's Send sending it: editors.e2e.ts.
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

async function openChat(page: Page, id: string) {
  await page.click(`.conv-row[data-conversation-id="${id}"]`);
  await page.waitForSelector(`section.chat[data-conversation-id="${id}"]`);
  await page.click('.composer__input');
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
    await paletteClosed(page);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('composer__input'))).toBe(
      true,
    );
    await page.close();
  });
});

describe(`only the box the operator is in (${kind})`, () => {
  it('says to click into the reply box first when the operator is not in one, and writes nothing', async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=5&speed=0&lang=en'));
    await waitForChip(page);
    await page.click('.conv-row[data-conversation-id="c-004"]');
    await page.waitForSelector('section.chat[data-conversation-id="c-004"]');
    // Opening a chat puts the caret in its reply box; the operator then clicks its title, away from it.
    await page.click('section.chat .chat__title');
    await openPalette(page);
    await page.waitForSelector(`${palette} [data-testid="nz-palette-item"]`);
    await page.keyboard.type(';hi');
    await page.waitForSelector(`${palette} [data-testid="nz-palette-preview"][aria-busy="false"]`);
    await page.keyboard.press('Enter');
    const problem = await page.waitForSelector(`${palette} [data-testid="nz-palette-problem"]`);
    expect(await problem!.evaluate((p) => p.textContent)).toMatch(/click into the reply box first/i);
    expect(await page.$eval('.composer__input', (el) => (el as HTMLTextAreaElement).value)).toBe('');
    await page.close();
  });
});

describe(`only the operator's keys (${kind})`, () => {
  it("ignores a page script's synthetic Alt+Shift+T and ;hi + Tab", async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=5&speed=0&lang=en'));
    await waitForChip(page);
    await openChat(page, 'c-003');
    await page.evaluate(() => {
      const box = document.querySelector('.composer__input') as HTMLTextAreaElement;
      const key = (init: KeyboardEventInit) =>
        box.dispatchEvent(
          new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init }),
        );
      key({ key: 'T', code: 'KeyT', altKey: true, shiftKey: true });
      box.value = ';hi';
      box.setSelectionRange(3, 3);
      key({ key: 'Tab', code: 'Tab' });
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.$(palette)).toBeNull();
    expect(await page.$eval('.composer__input', (el) => (el as HTMLTextAreaElement).value)).toBe(';hi');
    // The operator's own keys still work.
    await openPalette(page);
    await page.waitForSelector(`${palette} [data-testid="nz-palette-item"]`);
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

    // Filled in and inserted from the palette, the template takes the typed shortcut's place.
    const ready = `${palette} [data-testid="nz-palette-preview"][aria-busy="false"]`;
    await page.waitForSelector(ready);
    for (let field = 0; field < 3; field += 1) {
      // Enter inserts, or focuses the first field still empty.
      await page.keyboard.press('Enter');
      // …so wait until it has done one or the other.
      await page.waitForFunction(() => {
        const root = document.querySelector('nezabudka-overlay')?.shadowRoot;
        const active = root?.activeElement as HTMLInputElement | HTMLSelectElement | null | undefined;
        return (
          !root?.querySelector('[data-testid="nz-palette"]') ||
          (active?.id.startsWith('nz-fill-') && !active.value)
        );
      });
      const empty = await page.evaluate(() => {
        const active = document.querySelector('nezabudka-overlay')?.shadowRoot?.activeElement;
        return active?.id.startsWith('nz-fill-')
          ? { id: active.id, select: active.localName === 'select' }
          : null;
      });
      if (!empty) break;
      if (!empty.select) await page.keyboard.type('25 EUR');
      else {
        const choice = await page.$eval(
          `nezabudka-overlay >>> #${empty.id} option:nth-child(2)`,
          (o) => o.textContent!,
        );
        await (await page.$(`nezabudka-overlay >>> #${empty.id}`))!.select(choice);
      }
    }
    await paletteClosed(page);
    const replaced = await page.$eval('.composer__input', (el) => (el as HTMLTextAreaElement).value);
    expect(replaced.startsWith(value)).toBe(true);
    expect(replaced).not.toContain(';refund');
    expect(replaced).toContain('25 EUR');
    await page.close();
  });
});

describe(`a visitor who gave no name (${kind})`, () => {
  it('is greeted with the fallback, never by the stand-in the desk shows ("Visitor 5531")', async () => {
    await sendRequest(ext, 'saveTemplate', {
      title: 'Visitor hello',
      body: 'Hi {firstName|there}, how can I help?',
      language: 'en',
      shortcut: 'vh',
      tags: [],
      variants: [],
    });
    const page = await ext.openPage(desk.url('/?seed=7&chats=5&speed=0&lang=en'));
    await waitForChip(page);
    const id = await addConversation(page, 'Visitor 5531', 'hello? anyone there');
    await openChat(page, id);
    await page.keyboard.type(';vh');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() =>
      (document.querySelector('.composer__input') as HTMLTextAreaElement).value.includes('help'),
    );
    expect(await page.$eval('.composer__input', (el) => (el as HTMLTextAreaElement).value)).toBe(
      'Hi there, how can I help?',
    );
    await page.close();
  });
});
