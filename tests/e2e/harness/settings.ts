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

/**
 * Sends one request of the extension's protocol from one of its pages, as the
 * settings page would (e.g. saving a template the test needs).
 */
export async function sendRequest<T>(ext: ExtensionBrowser, type: string, payload: unknown): Promise<T> {
  const page = await ext.openExtensionPage('options.html', 'h1');
  try {
    const reply = await page.evaluate(
      (envelope) => {
        type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
        const api = scope.browser ?? scope.chrome;
        return api.runtime.sendMessage(envelope) as Promise<{ ok: boolean; data?: unknown; error?: string }>;
      },
      { nz: 1, type, payload },
    );
    if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error ?? 'no reply'}`);
    return reply.data as T;
  } finally {
    await page.close();
  }
}
