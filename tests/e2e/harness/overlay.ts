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

/**
 * How the chip is drawn: overlay.css floats it in a corner of the window, white
 * and rounded; without the style sheet it is a bare line at the end of the page.
 */
export function chipLook(page: Page) {
  return page.$eval(chipSelector, (chip) => {
    const layer = chip.closest('.nz-layer') ?? chip;
    const { bottom } = layer.getBoundingClientRect();
    return {
      position: getComputedStyle(layer).position,
      borderRadius: getComputedStyle(chip).borderRadius,
      background: getComputedStyle(chip).backgroundColor,
      inWindowCorner: bottom <= innerHeight && bottom >= innerHeight - 40,
    };
  });
}
