import type { ExtensionBrowser } from './extension-browser';

/**
 * Shortens every response target through the options page, as an operator would
 * type them (e.g. "2 s"), so clocks move within a test.
 */
export async function setTargets(
  ext: ExtensionBrowser,
  targets: { warn: string; target: string; forgotten: string },
): Promise<void> {
  const options = await ext.openExtensionPage('options.html', '[data-testid="nz-thresholds-general"]');
  for (const level of ['normal', 'priority', 'vip']) {
    for (const [field, value] of [
      ['warnSec', targets.warn],
      ['targetSec', targets.target],
      ['forgottenSec', targets.forgotten],
    ] as const) {
      const selector = `[data-testid="nz-thresholds-general"] input[name="${level}.${field}"]`;
      await options.click(selector, { count: 3 });
      await options.keyboard.press('Backspace');
      await options.type(selector, value);
    }
  }
  await options.click('[data-testid="nz-thresholds-general"] button[type="submit"]');
  await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.length, {
    timeout: 10_000,
  });
  await options.close();
}

/** Reads a table of the extension's own database from one of its pages. */
export async function readTable<T>(ext: ExtensionBrowser, table: string): Promise<T[]> {
  const page = await ext.openExtensionPage('options.html', 'h1');
  try {
    return await page.evaluate(
      (name: string) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open('nezabudka');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result as T[]);
            request.onerror = () => reject(request.error);
          };
        }),
      table,
    );
  } finally {
    await page.close();
  }
}
