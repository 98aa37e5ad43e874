import type { Page } from 'puppeteer-core';

export const paletteSelector = 'nezabudka-overlay >>> [data-testid="nz-palette"]';

/** Alt+Shift+T, as the operator presses it. */
export async function openPalette(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyT');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

export async function paletteClosed(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () =>
        !document.querySelector('nezabudka-overlay')?.shadowRoot?.querySelector('[data-testid="nz-palette"]'),
      { timeout: 10_000 },
    );
  } catch (error) {
    // Say what the operator would see: a problem in the palette, or where the focus went.
    const seen = await page.evaluate(() => {
      const root = document.querySelector('nezabudka-overlay')?.shadowRoot;
      const focused = root?.activeElement ?? document.activeElement;
      const palette = root?.querySelector('[data-testid="nz-palette"]');
      return {
        problem: root?.querySelector('[data-testid="nz-palette-problem"]')?.textContent ?? null,
        focus: focused ? `${focused.tagName}.${focused.className}` : null,
        search: palette?.querySelector('input')?.value ?? null,
        selected: palette?.querySelector('[aria-selected="true"]')?.textContent ?? null,
        busy: palette?.querySelector('[data-testid="nz-palette-preview"]')?.getAttribute('aria-busy') ?? null,
      };
    });
    throw new Error(`The palette stayed open: ${JSON.stringify(seen)}`, { cause: error });
  }
}

/**
 * Opens the palette, searches `query`, waits for this customer's wording and
 * inserts it with Enter. `typeRightAfter`: keys typed at once after Enter, as a
 * fast operator goes on writing. Returns the preview the operator saw.
 */
export async function insertFromPalette(
  page: Page,
  query: string,
  { typeRightAfter = '' }: { typeRightAfter?: string } = {},
): Promise<string> {
  await openPalette(page);
  await page.waitForSelector(`${paletteSelector} [data-testid="nz-palette-item"]`);
  await page.keyboard.type(query);
  const ready = `${paletteSelector} [data-testid="nz-palette-preview"][aria-busy="false"]`;
  await page.waitForSelector(ready);
  const preview = await page.$eval(ready, (p) => p.textContent ?? '');
  await page.keyboard.press('Enter');
  if (typeRightAfter) await page.keyboard.type(typeRightAfter);
  await paletteClosed(page);
  return preview;
}
