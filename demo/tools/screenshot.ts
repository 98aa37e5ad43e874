// `npm run screenshot`: PNGs of the demo desk with the overlay, the popup and the
// options page, taken in headless Chromium with the real built extension. The
// README shows them. Builds first, so the pictures match the code.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO_HOSTS_ENV } from './demo-hosts';
import { launchExtensionBrowser } from '../../tests/e2e/harness/extension-browser';
import { openPanel, waitForChip } from '../../tests/e2e/harness/overlay';
import { openPalette } from '../../tests/e2e/harness/palette';
import { startTeaching } from '../../tests/e2e/harness/teach';
import { waitForGallery } from '../../tests/e2e/harness/gallery';
import { repoRoot } from '../../tests/e2e/harness/paths';
import { startDemoDesk } from '../../tests/e2e/harness/demo-server';
import { chooseFiles } from '../../tests/e2e/harness/choose-file';
import { readTable } from '../../tests/e2e/harness/settings';
import { operatorEvents, operatorExport } from '../../tests/bench/stats-data';
import type { StatsEvent } from '../../lib/domain/stats/types';
import { replaceStatsEvents } from './seed-stats';

const outDir = path.join(repoRoot, 'assets/screenshots');
const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name);

for (const [title, command, args] of [
  ['extension', bin('wxt'), ['build']],
  ['demo desk', bin('vite'), ['build', '--config', 'demo/vite.config.ts', '--logLevel', 'warn']],
] as const) {
  // A test build: it reaches the demo desk the screenshots are taken on.
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, [DEMO_HOSTS_ENV]: '1' },
  });
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

  // The template palette next to the reply box of a waiting customer, previewing
  // the wording this customer will get (their name, today's greeting).
  const chat = await ext.openPage(desk.url('/?seed=7&chats=14&speed=0'));
  await chat.setViewport({ width: 1280, height: 800 });
  await waitForChip(chat);
  const lang = process.env.NZ_LOCALE === 'en' ? 'en' : 'ru';
  const waiting = await chat.evaluate(
    (language) =>
      (window as unknown as { nzDemo: { list(): { id: string; lang: string; unread: number }[] } }).nzDemo
        .list()
        .find((conv) => conv.lang === language && conv.unread > 0)!.id,
    lang,
  );
  // The queue folded away: the picture is about the reply box.
  await chat.click('nezabudka-overlay >>> [data-testid="nz-overlay"] button[aria-expanded="true"]');
  await chat.click(`.conv-row[data-conversation-id="${waiting}"]`);
  await chat.click('.composer__input');
  await openPalette(chat);
  await chat.waitForSelector('nezabudka-overlay >>> [data-testid="nz-palette-item"]');
  await chat.keyboard.type(process.env.NZ_LOCALE === 'en' ? 'sorry' : 'ожидан');
  await new Promise((resolve) => setTimeout(resolve, 400));
  await chat.screenshot({ path: path.join(outDir, 'palette.png') });
  await chat.close();

  // Teach mode on the alt skin (markup the built-in profile does not know), at the
  // step after Nezabudka proposed the rows, with the pointer outlining a name.
  const alt = await ext.openPage(desk.url('/?seed=7&chats=8&speed=0&skin=alt'));
  await alt.setViewport({ width: 1280, height: 800 });
  await alt.waitForSelector('[data-thread="c-001"]');
  await alt.click('[data-thread="c-001"]');
  await startTeaching(ext, alt);
  await alt.bringToFront();
  await alt.waitForSelector('nezabudka-teach >>> [data-testid="nz-teach"]');
  await alt.hover('[data-thread="c-003"] [role="gridcell"]:nth-child(2) span');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await alt.screenshot({ path: path.join(outDir, 'teach.png') });
  await alt.close();

  // Teaching consoles built unlike the desk: the rows Nezabudka proposes, outlined
  // before any click, on a table-based console and on one made of web components.
  for (const [consoleId, file] of [
    ['table-desk', 'teach-table.png'],
    ['web-components', 'teach-shadow.png'],
  ] as const) {
    const gallery = await ext.openPage(desk.url(`/gallery/${consoleId}/?seed=7&traffic=0`));
    await gallery.setViewport({ width: 1280, height: 800 });
    await waitForGallery(gallery);
    await startTeaching(ext, gallery);
    await gallery.bringToFront();
    await gallery.waitForSelector('nezabudka-teach >>> [data-testid="nz-teach-proposed"]');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await gallery.screenshot({ path: path.join(outDir, file) });
    await gallery.close();
  }

  const popup = await ext.openExtensionPage('popup.html', 'h1');
  await popup.setViewport({ width: 380, height: 600 });
  const popupBody = await popup.$('main');
  await popupBody!.screenshot({ path: path.join(outDir, 'popup.png') });

  const options = await ext.openExtensionPage('options.html', 'form');
  await options.setViewport({ width: 900, height: 560 });
  await options.setViewport({ width: 900, height: 1500 });
  await options.screenshot({ path: path.join(outDir, 'options.png') });

  // The template library: one starter template open in the editor, with its live preview.
  const search = await options.$$eval('[data-testid="nz-templates"] label', (labels) =>
    labels.find((label) => label.nextElementSibling?.getAttribute('type') === 'search')?.getAttribute('for'),
  );
  await options.type(`[id="${search}"]`, process.env.NZ_LOCALE === 'en' ? 'complaint' : 'жалоба');
  await options.click('[data-testid="nz-template"] .nz-profile__actions button');
  const library = await options.$('[data-testid="nz-templates"]');
  await library!.screenshot({ path: path.join(outDir, 'templates.png') });

  // Statistics: a month of generated events (the shape the recorder writes),
  // on two sites, with the starter templates' real ids.
  const templateIds = (await readTable<{ id: string }>(ext, 'templates')).map((template) => template.id);
  const tomorrow = new Date();
  tomorrow.setHours(24, 0, 0, 0);
  const realistic = (events: StatsEvent[]) =>
    events.map((event, index) => ({
      ...event,
      site: event.site && (index % 3 ? 'https://support.example.com' : 'https://chat.example.com'),
      ...(event.template
        ? { template: templateIds[Number(event.template.slice(2)) % templateIds.length] }
        : {}),
    }));
  await replaceStatsEvents(ext, realistic(operatorEvents('op-7f3a', 3000, tomorrow.getTime(), 7)));
  const stats = await ext.openExtensionPage('stats.html', '[data-testid="nz-stats-headline"]');
  await stats.setViewport({ width: 1200, height: 900 });
  const loaded = () =>
    stats.waitForFunction(
      () => !document.querySelector('[aria-busy="true"]') && document.querySelector('.u-over'),
    );
  await stats.click('[data-testid="nz-stats-controls"] .nz-segmented__button:nth-child(3)');
  await loaded();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const mine = await stats.$('main');
  await mine!.screenshot({ path: path.join(outDir, 'stats.png') });

  // The team view with three operators' exports.
  await stats.click('#nz-stats-tab-team');
  await chooseFiles(
    stats,
    '[data-testid="nz-team-input"]',
    ['op-7f3a', 'op-2c19', 'op-b4e0'].map((operator, index) => {
      const file = operatorExport(operator, 2500, tomorrow.getTime(), 11 + index);
      return {
        name: `nezabudka-stats-${operator}.json`,
        text: JSON.stringify({ ...file, events: realistic(file.events) }),
      };
    }),
  );
  await stats.waitForSelector('[data-testid="nz-team-operators"]');
  // Tall enough that nothing scrolls; the picture ends under the charts.
  await stats.setViewport({ width: 1200, height: 2400 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const top = await stats.$eval('h1', (h1) => h1.getBoundingClientRect().top);
  const bottom = await stats.$eval(
    '[data-testid="nz-stats-panel-team"] .nz-stats-charts',
    (charts) => charts.getBoundingClientRect().bottom,
  );
  await stats.screenshot({
    path: path.join(outDir, 'stats-team.png'),
    clip: { x: 0, y: Math.max(0, top - 16), width: 1200, height: bottom - top + 32 },
  });
  console.log(
    `✔ Screenshots written to ${path.relative(repoRoot, outDir)}/ (desk.png, palette.png, teach.png, teach-table.png, teach-shadow.png, popup.png, options.png, templates.png, stats.png, stats-team.png)`,
  );
} finally {
  await ext.close();
  await desk.close();
}
