// The sensor's time budget on pages too big for it: a list of 20,000 rows read
// by the built-in profile, and the same page under a profile whose row selector
// is valid but costly. Measured as the page's own 100 ms timer: how often it ran
// with the extension, against the same page without it, in the same run.
import { builtInProfiles } from '../../lib/adapters/profiles';
import { launchExtensionBrowser } from '../e2e/harness/extension-browser';
import { sendRequest } from '../e2e/harness/settings';
import { serveHeavyPage } from './heavy-page';

const ROWS = 20_000;
const SETTLE_MS = 3000;
const WINDOW_MS = 20_000;
const LOADS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Every row is tested against every later row: quadratic in the list's length. */
const costlyProfile = {
  ...builtInProfiles.find((profile) => profile.id === 'demo-desk')!,
  id: 'bench-costly',
  name: 'Costly selector',
  matches: ['http://127.0.0.1/costly/*'],
  rows: [{ css: 'li.conv-row:not(:has(~ li .no-such-thing))', why: 'bench: valid but costly' }],
};

interface Load {
  ticksPerSecond: number;
  paused: boolean;
  rowsCapped: boolean;
}

async function timerRate(
  withExtension: boolean,
  url: string,
  setUp?: (ext: Awaited<ReturnType<typeof launchExtensionBrowser>>) => Promise<void>,
): Promise<Load> {
  const browser = await launchExtensionBrowser('chromium', { withExtension });
  try {
    await setUp?.(browser);
    const page = await browser.openPage(url);
    await sleep(SETTLE_MS);
    const ticks = () => page.evaluate(() => (window as unknown as { nzTicks: number }).nzTicks);
    const before = await ticks();
    await sleep(WINDOW_MS);
    const after = await ticks();
    const chip = await page.evaluate(() => {
      const chip = document
        .querySelector('nezabudka-overlay')
        ?.shadowRoot?.querySelector('[data-testid="nz-overlay"]');
      return {
        paused: chip?.querySelector('[data-testid="nz-profile-too-heavy"]') != null,
        rowsCapped: chip?.getAttribute('title')?.includes('20000') ?? false,
      };
    });
    return { ticksPerSecond: (after - before) / (WINDOW_MS / 1000), ...chip };
  } finally {
    await browser.close();
  }
}

async function medianRate(withExtension: boolean, url: string, setUp?: Parameters<typeof timerRate>[2]) {
  const loads: Load[] = [];
  for (let i = 0; i < LOADS; i += 1) loads.push(await timerRate(withExtension, url, setUp));
  return { rate: median(loads.map((load) => load.ticksPerSecond)), last: loads.at(-1)! };
}

export async function benchHeavyPages(log: (message: string) => void): Promise<Record<string, number>> {
  const server = await serveHeavyPage(ROWS);
  try {
    const without = await medianRate(false, server.url('/heavy'));
    log('heavy page without the extension done');
    const builtIn = await medianRate(true, server.url('/heavy'));
    log('heavy page with the extension done');
    const costly = await medianRate(true, server.url('/costly/heavy'), async (ext) => {
      await sendRequest(ext, 'importProfiles', { text: JSON.stringify(costlyProfile) });
    });
    log('costly selector done');
    const pct = (rate: number) => Number(((100 * rate) / without.rate).toFixed(1));
    return {
      heavy_20000_rows_timer_rate_pct: pct(builtIn.rate),
      heavy_20000_rows_capped: builtIn.last.rowsCapped ? 1 : 0,
      costly_selector_timer_rate_pct: pct(costly.rate),
      costly_selector_paused: costly.last.paused ? 1 : 0,
      budget_heavy_timer_rate_min_pct: 90,
    };
  } finally {
    await server.close();
  }
}
