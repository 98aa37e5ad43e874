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
  // The first stage's chip is replaced by the interface's own once that loads (on its own, a few
  // seconds after the console starts, later in a tab that was hidden): a click that finds the old
  // one gone (detached, or without a box by the time the click is aimed) looks again.
  for (let attempt = 0; ; attempt += 1) {
    await page.waitForSelector(toggle);
    try {
      if ((await page.$eval(toggle, (button) => button.getAttribute('aria-expanded'))) === 'false')
        await page.click(toggle);
      break;
    } catch (error) {
      if (attempt >= 3 || !/detached|not found|No element|not clickable/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await page.waitForSelector('nezabudka-overlay >>> #nz-panel-body');
}

/**
 * How the chip is drawn: first-stage.css floats it in a corner of the window, white
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

/**
 * How the open panel is drawn: the interface stage brings overlay.css with it, which
 * makes the panel's body a white, rounded, 300-pixel card; without it, bare text.
 */
export function panelLook(page: Page) {
  return page.$eval('nezabudka-overlay >>> #nz-panel-body', (body) => ({
    width: getComputedStyle(body).width,
    borderRadius: getComputedStyle(body).borderTopLeftRadius,
    background: getComputedStyle(body).backgroundColor,
  }));
}
