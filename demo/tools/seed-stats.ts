import type { StatsEvent } from '../../lib/domain/stats/types';
import type { ExtensionBrowser } from '../../tests/e2e/harness/extension-browser';

/**
 * Replaces the statistics events in the extension's own database with these,
 * from one of its pages, so `npm run screenshot` can show a month of realistic
 * figures. A tool's shortcut, like the tests' readTable: the extension itself
 * has no way to take events from outside.
 */
export async function replaceStatsEvents(
  ext: ExtensionBrowser,
  events: readonly StatsEvent[],
): Promise<void> {
  const page = await ext.openExtensionPage('stats.html', 'h1');
  try {
    await page.evaluate(
      (rows: StatsEvent[]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('nezabudka');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('events', 'readwrite');
            const store = tx.objectStore('events');
            store.clear();
            for (const row of rows) store.add(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      events.map(({ id: _id, ...event }) => event) as StatsEvent[],
    );
  } finally {
    await page.close();
  }
}
