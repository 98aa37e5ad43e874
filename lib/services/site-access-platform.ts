import { browser } from 'wxt/browser';
import type { SiteAccessPlatform } from './site-access';

const SCRIPT_ID = 'nezabudka-helpdesk';
const SCRIPT_FILE = '/content-scripts/helpdesk.js';

type RegisteredScript = { unregister(): Promise<void> };
type FirefoxContentScripts = {
  register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<RegisteredScript>;
};

/**
 * Chrome (MV3): scripting.registerContentScripts, persisted by the browser.
 * Firefox (MV2): contentScripts.register, which lasts while the background page
 * lives; `restore()` registers again at every start.
 */
export function createSiteAccessPlatform(): SiteAccessPlatform {
  const firefox = (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
  let firefoxHandle: RegisteredScript | null = null;

  return {
    async registerContentScript(patterns) {
      if (firefox) {
        await firefoxHandle?.unregister();
        firefoxHandle =
          patterns.length > 0
            ? await firefox.register({
                matches: patterns,
                js: [{ file: SCRIPT_FILE }],
                runAt: 'document_idle',
              })
            : null;
        return;
      }
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
      // Chrome keeps registrations across restarts: leave an identical one alone.
      const same = (existing[0]?.matches ?? []).join(' ') === patterns.join(' ');
      if (existing.length > 0 && same) return;
      if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      if (patterns.length === 0) return;
      await browser.scripting.registerContentScripts([
        {
          id: SCRIPT_ID,
          matches: patterns,
          js: [SCRIPT_FILE],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    },
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    async removePermission(pattern) {
      await browser.permissions.remove({ origins: [pattern] });
    },
    async injectInto(tabId) {
      if (firefox) {
        await browser.tabs.executeScript(tabId, { file: SCRIPT_FILE });
        return;
      }
      await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT_FILE] });
    },
  };
}
