import type { Page } from 'puppeteer-core';

export function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.textContent ?? '');
}

/** Waits until the element's text is exactly `expected` (pages render asynchronously). */
export async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    (sel: string, text: string) => document.querySelector(sel)?.textContent === text,
    { timeout: 10_000 },
    selector,
    expected,
  );
}
