import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';

type ExtensionApi = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  permissions: { request(permissions: object): Promise<boolean> };
  tabs: { query(query: object): Promise<{ id: number }[]> };
};

/** Sends one request to the background from an extension page, as the popup does. */
export function askBackground(page: Page, type: string, payload: unknown) {
  return page.evaluate(
    async (t: string, p: unknown) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      return (scope.browser ?? scope.chrome)!.runtime.sendMessage({ nz: 1, type: t, payload: p });
    },
    type,
    payload,
  ) as Promise<{ ok: boolean; data?: { enabled: boolean }; error?: string }>;
}

/**
 * The operator's click on "Enable on this site" asks the browser for one site;
 * here an extension page asks the same way, on a real click. Firefox's prompt is
 * switched off for tests (extensions.webextOptionalPermissionPrompts). Chromium's
 * cannot be answered by a driver, so the site is first allowed where the browser's
 * own settings allow it (chrome://extensions, Site access, add a site); the
 * extension's request then passes without a prompt, as for any site the person
 * already allowed.
 */
export async function grantSite(ext: ExtensionBrowser, page: Page, pattern: string): Promise<void> {
  if (ext.kind === 'chromium') {
    const settings = await ext.browser.newPage();
    await settings.goto('chrome://extensions', { waitUntil: 'domcontentloaded' });
    await settings.evaluate(
      async (id: string, site: string) => {
        const api = (
          globalThis as unknown as {
            chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
          }
        ).chrome.developerPrivate;
        await api.addHostPermission(id, site);
      },
      new URL(ext.extensionOrigin).host,
      pattern,
    );
    await settings.close();
  }
  await page.bringToFront();
  await page.evaluate((site: string) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const button = Object.assign(document.createElement('button'), { id: 'grant', textContent: 'grant' });
    button.addEventListener('click', () => {
      void (scope.browser ?? scope.chrome)!.permissions
        .request({ origins: [site] })
        .then((ok) => (button.dataset.granted = String(ok)));
    });
    document.body.append(button);
  }, pattern);
  await page.click('#grant');
  await page.waitForSelector('#grant[data-granted="true"]');
  await page.$eval('#grant', (button) => button.remove());
}

/** The id of the first tab showing an address of the site, as the popup knows its own tab. */
export function tabOf(page: Page, pattern: string): Promise<number> {
  return page.evaluate(async (site: string) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    return (await (scope.browser ?? scope.chrome)!.tabs.query({ url: site }))[0]!.id;
  }, pattern);
}
