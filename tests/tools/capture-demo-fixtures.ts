// Captures the demo desk's real markup into tests/fixtures/demo-desk/, for the
// adapter tests: `npx tsx tests/tools/capture-demo-fixtures.ts`. Builds the demo
// first when demo/dist is missing or older than demo/src. Timestamps in the
// fixtures are those of the capture; the tests never depend on them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import puppeteer, { type Page } from 'puppeteer-core';
import { serveDemo } from '../../demo/tools/serve.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repoRoot, 'tests/fixtures/demo-desk');
const chromium = process.env.NZ_CHROMIUM ?? '/usr/bin/chromium';

import type {} from '../../demo/src/runtime/test-api';

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function ensureDemoBuild() {
  const built = path.join(repoRoot, 'demo/dist/index.html');
  let builtAt = 0;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    // not built yet
  }
  const sources = Math.max(
    newestChange(path.join(repoRoot, 'demo/src')),
    statSync(path.join(repoRoot, 'demo/index.html')).mtimeMs,
  );
  if (builtAt > sources) return;
  console.log('Building the demo desk (npm run build:demo)…');
  const result = spawnSync('npm', ['run', 'build:demo'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build:demo failed');
}

/** The desk's markup without scripts, formatted like the rest of the repo (npm run format:check). */
async function deskMarkup(page: Page): Promise<string> {
  const html = await page.evaluate(() => {
    const desk = document.querySelector('[data-demo-desk]');
    if (!desk) throw new Error('no [data-demo-desk] on the page');
    const copy = desk.cloneNode(true) as Element;
    for (const script of copy.querySelectorAll('script')) script.remove();
    return copy.outerHTML;
  });
  const config = (await prettier.resolveConfig(path.join(outDir, 'x.html'))) ?? {};
  return prettier.format(html, { ...config, parser: 'html' });
}

async function load(page: Page, base: string, query: string) {
  await page.goto(`${base}${query}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-demo-desk] .conv-row[data-conversation-id]');
}

async function save(page: Page, file: string) {
  const html = await deskMarkup(page);
  writeFileSync(path.join(outDir, file), html);
  console.log(`✔ tests/fixtures/demo-desk/${file} (${Math.round(html.length / 1024)} KB)`);
}

/** Opens the first chat with unread messages (the interesting one for a sensor). */
async function openFirstUnread(page: Page): Promise<string> {
  return page.evaluate(() => {
    const api = window.nzDemo!;
    const target = api.list().find((row) => row.unread > 0) ?? api.list()[0]!;
    api.open(target.id);
    return target.id;
  });
}

ensureDemoBuild();
mkdirSync(outDir, { recursive: true });
const server = await serveDemo({ port: 0, quiet: true });
const base = server.url.replace(/\/$/, '');
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });

  await load(page, base, '/?seed=7&chats=12&speed=0');
  await save(page, 'list-12.html');

  const id = await openFirstUnread(page);
  await page.evaluate((conversation: string) => {
    const api = window.nzDemo!;
    api.addMessage(conversation, { author: 'operator', text: 'Здравствуйте! Сейчас посмотрю, минуту.' });
    api.addMessage(conversation, { author: 'note', text: 'Проверить заказ в бэк-офисе' });
  }, id);
  await save(page, 'chat-open.html');

  await load(page, base, '/?seed=7&chats=12&speed=0&composer=contenteditable');
  await openFirstUnread(page);
  await page.waitForSelector('.composer__input--rich');
  await save(page, 'rich-composer.html');

  await load(page, base, '/?seed=7&chats=200&speed=0');
  await save(page, 'list-200.html');
} finally {
  await browser.close();
  await server.close();
}
