import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { currentBrowserKind } from './harness/paths';
import { readTable, sendRequest } from './harness/settings';
import type { Template } from '../../lib/domain/template/template';

// The reply library in the options page, stored in the extension's own database.
const kind = currentBrowserKind();
let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchExtensionBrowser(kind);
});
afterAll(async () => {
  await ext?.close();
});

const ids = (page: Page) =>
  page.$$eval('[data-testid="nz-template"]', (items) =>
    items.map((item) => item.getAttribute('data-template-id')),
  );

async function typeInto(page: Page, label: string, text: string) {
  const id = await page.$$eval(
    '[data-testid="nz-templates"] label',
    (labels, wanted) => labels.find((l) => l.textContent === wanted)?.getAttribute('for'),
    label,
  );
  await page.type(`[id="${id}"]`, text);
}

describe(`reply templates (${kind})`, () => {
  it('starts with the starter library in both languages', async () => {
    const options = await ext.openExtensionPage('options.html', '[data-testid="nz-template"]');
    const all = await ids(options);
    expect(all).toHaveLength(16);
    expect(all).toEqual(expect.arrayContaining(['starter-complaint-ru', 'starter-complaint-en']));
    await options.close();
  });

  it('creates a template with a live preview, keeps it, and deletes it with undo', async () => {
    const options = await ext.openExtensionPage('options.html', '[data-testid="nz-template"]');
    await options.click('[data-testid="nz-templates"] > button.nz-button');
    await typeInto(options, 'Title', 'Delivery date');
    await typeInto(
      options,
      'Text',
      '{greeting}, {firstName}! Your parcel arrives {onWeekday+2}. [[track: Tracking number]]',
    );
    const preview = await options.$eval('[data-testid="nz-template-preview"]', (p) => p.textContent ?? '');
    expect(preview).toMatch(/^Good (morning|afternoon|evening)|^Hello|^Добр|^Доброй/);
    expect(preview).toContain('Oliver');
    expect(await options.$eval('[data-testid="nz-template-missing"]', (p) => p.textContent)).toContain(
      'Tracking number',
    );
    await options.click('[data-testid="nz-template-editor"] .nz-button');
    await options.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="nz-template"] strong')].some(
        (s) => s.textContent === 'Delivery date',
      ),
    );
    // Kept in the database: a freshly opened settings page lists it.
    await options.close();
    const again = await ext.openExtensionPage('options.html', '[data-testid="nz-template"]');
    expect(await ids(again)).toHaveLength(17);

    const first = await again.$eval('[data-testid="nz-template"]', (item) =>
      item.getAttribute('data-template-id'),
    );
    await again.click('[data-testid="nz-template"] .nz-profile__actions button:last-child');
    await again.waitForSelector('[data-testid="nz-template-deleted"] button');
    expect(await ids(again)).not.toContain(first);
    await again.click('[data-testid="nz-template-deleted"] button');
    await again.waitForFunction((id) => document.querySelector(`[data-template-id="${id}"]`), {}, first);
    expect(await ids(again)).toHaveLength(17);
    await again.close();
  });

  it('in Russian: tags typed key by key, a taken shortcut refused by name with the field focused', async () => {
    await sendRequest(ext, 'updateSettings', { language: 'ru' });
    const options = await ext.openExtensionPage('options.html', '[data-testid="nz-template"]');
    try {
      await options.click('[data-testid="nz-templates"] > button.nz-button');
      await typeInto(options, 'Название', 'Оплата картой');
      await typeInto(options, 'Сокращение (набирается как ;сокращение)', 'оплата');
      await typeInto(options, 'Метки через запятую', 'оплата, vip');
      await typeInto(options, 'Текст', 'Проверим платёж, {firstName}.');
      await options.click('[data-testid="nz-template-editor"] .nz-button');
      const alert = await options.waitForSelector('[data-testid="nz-template-editor"] [role="alert"]');
      expect(await alert!.evaluate((p) => p.textContent)).toBe(
        'Сокращение (набирается как ;сокращение): «;оплата» — уже сокращение шаблона «Не проходит оплата»',
      );
      // The operator lands in the shortcut field, marked as the one at fault.
      expect(
        await options.evaluate(() => [
          document.activeElement?.getAttribute('data-field'),
          document.activeElement?.getAttribute('aria-invalid'),
        ]),
      ).toEqual(['shortcut', 'true']);
      await options.keyboard.type('-карта');
      await options.click('[data-testid="nz-template-editor"] .nz-button');
      await options.waitForSelector('[data-testid="nz-template-editor"]', { hidden: true });
      const saved = (await readTable<Template>(ext, 'templates')).find((t) => t.title === 'Оплата картой');
      expect(saved).toMatchObject({ shortcut: 'оплата-карта', tags: ['оплата', 'vip'], language: 'ru' });
    } finally {
      await options.close();
      await sendRequest(ext, 'updateSettings', { language: 'auto' });
    }
  });
});
