import type { ElementHandle, Page } from 'puppeteer-core';

/** The overlay's status chip, found through its shadow root. */
export const chipSelector = 'nezabudka-overlay >>> [data-testid="nz-overlay"]';

export async function waitForChip(page: Page, state = 'connected'): Promise<ElementHandle> {
  const handle = await page.waitForSelector(`${chipSelector}[data-state="${state}"]`, { timeout: 15_000 });
  if (!handle) throw new Error(`Overlay never reached state ${state}`);
  return handle;
}

export function chipText(page: Page): Promise<string> {
  return page.$eval(chipSelector, (element) => element.textContent ?? '');
}
