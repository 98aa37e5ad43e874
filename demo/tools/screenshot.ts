// `npm run screenshot`: PNGs of the demo desk with the overlay, the popup and the
// options page, taken in headless Chromium with the real built extension. The
// README shows them. Builds first, so the pictures match the code.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchExtensionBrowser } from '../../tests/e2e/harness/extension-browser';
import { openPanel, waitForChip } from '../../tests/e2e/harness/overlay';
import { repoRoot } from '../../tests/e2e/harness/paths';
import { startDemoDesk } from '../../tests/e2e/harness/demo-server';

const outDir = path.join(repoRoot, 'assets/screenshots');
const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name);

for (const [title, command, args] of [
  ['extension', bin('wxt'), ['build']],
  ['demo desk', bin('vite'), ['build', '--config', 'demo/vite.config.ts', '--logLevel', 'warn']],
] as const) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`✖ Building the ${title} failed.`);
    process.exit(1);
  }
}

mkdirSync(outDir, { recursive: true });
const desk = await startDemoDesk();
const ext = await launchExtensionBrowser('chromium', {
  locale: (process.env.NZ_LOCALE as 'ru' | 'en') ?? 'ru',
});
try {
  const page = await ext.openPage(desk.url('/?seed=7&chats=14&speed=0'));
  await page.setViewport({ width: 1280, height: 800 });
  await waitForChip(page);
  // Badges on the waiting customers, and the queue open.
  await page.waitForSelector('nezabudka-overlay >>> [data-testid="nz-badge"]');
  await openPanel(page);
  // Docked right, over the desk's own statistics column, so the list's badges show.
  await page.click('nezabudka-overlay >>> [data-testid="nz-dock"]');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: path.join(outDir, 'desk.png') });

  const popup = await ext.openExtensionPage('popup.html', 'h1');
  await popup.setViewport({ width: 380, height: 600 });
  const popupBody = await popup.$('main');
  await popupBody!.screenshot({ path: path.join(outDir, 'popup.png') });

  const options = await ext.openExtensionPage('options.html', 'form');
  await options.setViewport({ width: 900, height: 560 });
  await options.screenshot({ path: path.join(outDir, 'options.png'), fullPage: true });
  console.log(
    `✔ Screenshots written to ${path.relative(repoRoot, outDir)}/ (desk.png, popup.png, options.png)`,
  );
} finally {
  await ext.close();
  await desk.close();
}
