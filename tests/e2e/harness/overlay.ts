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

/** Opens the overlay's queue panel (collapsed by default) unless it is open already. */
export async function openPanel(page: Page): Promise<void> {
  const toggle = `${chipSelector} button[aria-expanded]`;
  await page.waitForSelector(toggle);
  if ((await page.$eval(toggle, (button) => button.getAttribute('aria-expanded'))) === 'false')
    await page.click(toggle);
  await page.waitForSelector('nezabudka-overlay >>> #nz-panel-body');
}
