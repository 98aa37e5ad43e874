import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoDesk, type DemoDesk } from './harness/demo-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { waitForChip } from './harness/overlay';
import { textOf, waitForText } from './harness/pages';
import { currentBrowserKind } from './harness/paths';

const kind = currentBrowserKind();
let desk: DemoDesk;

beforeAll(async () => {
  desk = await startDemoDesk();
});
afterAll(async () => {
  await desk?.close();
});

describe(`popup and options in a Russian browser (${kind})`, () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtensionBrowser(kind, { locale: 'ru' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens the popup in Russian', async () => {
    const popup = await ext.openExtensionPage('popup.html', 'h1');
    expect(await textOf(popup, 'h1')).toBe('Незабудка');
    expect(await textOf(popup, 'footer button')).toBe('Настройки');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ru');
    await popup.close();
  });

  it('opens the options page in Russian, and the overlay speaks Russian', async () => {
    const options = await ext.openExtensionPage('options.html', 'form');
    expect(await textOf(options, 'h1')).toBe('Настройки Незабудки');
    await options.close();
    const page = await ext.openPage(desk.url('/?seed=7&chats=5&speed=0'));
    const chip = await waitForChip(page);
    expect(await chip.evaluate((element) => element.textContent)).toContain('на посту');
    await page.close();
  });

  it('switches everything to English when chosen in the options, and remembers it', async () => {
    const page = await ext.openPage(desk.url('/?seed=7&chats=5&speed=0'));
    await waitForChip(page);
    const options = await ext.openExtensionPage('options.html', 'form');
    await options.select('select', 'en');
    await waitForText(options, 'h1', 'Nezabudka settings');
    // The open helpdesk tab follows at once: the background pushes the change.
    await page.waitForFunction(
      () =>
        document
          .querySelector('nezabudka-overlay')
          ?.shadowRoot?.querySelector('[data-testid="nz-overlay"]')
          ?.textContent?.includes('on watch'),
      { timeout: 10_000 },
    );
    await options.close();

    const reopened = await ext.openExtensionPage('popup.html', 'h1');
    await waitForText(reopened, 'h1', 'Nezabudka');
    await reopened.close();

    // Back to the browser's language.
    const again = await ext.openExtensionPage('options.html', 'form');
    await again.select('select', 'auto');
    await waitForText(again, 'h1', 'Настройки Незабудки');
    await again.close();
    await page.close();
  });

  it('keeps the operator’s name across a reopen of the options page', async () => {
    const options = await ext.openExtensionPage('options.html', 'form');
    await options.type('input[type="text"]', 'Анна Петрова');
    await options.click('button[type="submit"]');
    await waitForText(options, '[role="status"]', 'Сохранено');
    await options.close();
    const reopened = await ext.openExtensionPage('options.html', 'form');
    await reopened.waitForFunction(
      () =>
        (document.querySelector('input[type="text"]') as HTMLInputElement | null)?.value === 'Анна Петрова',
      { timeout: 10_000 },
    );
    await reopened.close();
  });
});

describe(`popup in an English browser (${kind})`, () => {
  it('opens the popup and options in English', async () => {
    const ext = await launchExtensionBrowser(kind, { locale: 'en' });
    try {
      const popup = await ext.openExtensionPage('popup.html', 'h1');
      expect(await textOf(popup, 'h1')).toBe('Nezabudka');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
      const options = await ext.openExtensionPage('options.html', 'form');
      expect(await textOf(options, 'h1')).toBe('Nezabudka settings');
    } finally {
      await ext.close();
    }
  });
});
