import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';

/** What the popup does on "Teach this site": a command to the helpdesk tab (retried until its script listens). */
export async function startTeaching(browser: ExtensionBrowser, page: Page) {
  const probe = await browser.openExtensionPage('options.html', 'h1');
  try {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await probe.evaluate(async () => {
        type Tabs = {
          query(q: object): Promise<{ id: number }[]>;
          sendMessage(id: number, m: unknown): Promise<unknown>;
        };
        const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
        const tabs = (scope.browser ?? scope.chrome)!.tabs;
        // Without the "tabs" permission a tab's address is not visible: send to every tab;
        // only a helpdesk tab's content script answers the command.
        for (const tab of await tabs.query({})) {
          await tabs.sendMessage(tab.id, { nz: 'tab', command: 'teach' }).catch(() => null);
        }
      });
      if (await page.$('nezabudka-teach')) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('teach mode never started');
  } finally {
    await probe.close();
  }
}

/** What the popup asks a helpdesk tab: the profile its overlay reads the page with (null from every other tab). */
export async function profilesInTabs(browser: ExtensionBrowser): Promise<unknown[]> {
  const probe = await browser.openExtensionPage('options.html', 'h1');
  try {
    return await probe.evaluate(async () => {
      type Tabs = {
        query(q: object): Promise<{ id: number }[]>;
        sendMessage(id: number, m: unknown): Promise<unknown>;
      };
      const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
      const tabs = (scope.browser ?? scope.chrome)!.tabs;
      const answers: unknown[] = [];
      for (const tab of await tabs.query({}))
        answers.push(await tabs.sendMessage(tab.id, { nz: 'tab', command: 'profile' }).catch(() => null));
      return answers;
    });
  } finally {
    await probe.close();
  }
}
