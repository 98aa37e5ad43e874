// `npm start`: build the extension and the demo desk, serve the desk on
// 127.0.0.1, and open a browser with the extension loaded on it. Without a
// display it says what it did and how to load the extension by hand, and keeps
// serving. Errors are explained in a sentence, never as a stack trace.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_HOSTS_ENV } from './demo-hosts';
import { serveDemo } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const target = args.includes('--firefox') ? 'firefox' : 'chromium';
const portArg = args.indexOf('--port');
const portText = String(portArg >= 0 ? args[portArg + 1] : (process.env.NZ_DEMO_PORT ?? 5317));
const port = Number(portText);
const extensionDir = path.join(root, target === 'firefox' ? '.output/firefox-mv2' : '.output/chrome-mv3');
const binary = target === 'firefox' ? '/usr/bin/firefox-esr' : '/usr/bin/chromium';
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

function fail(message: string): never {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function step(title: string, command: string, commandArgs: string[]) {
  console.log(`▶ ${title}`);
  // A development build: it reaches the demo desk out of the box (a store package does not).
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, [DEMO_HOSTS_ENV]: '1' },
  });
  if (result.status !== 0) fail(`${title} failed (see the messages above).`);
}

function launchBrowser(url: string): ChildProcess {
  if (target === 'firefox') {
    return spawn(
      bin('web-ext'),
      ['run', '--source-dir', extensionDir, '--firefox', binary, '--start-url', url, '--no-reload'],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nezabudka-chromium-'));
  return spawn(
    binary,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium refuses to run as root with its sandbox (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      url,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

function howToLoadByHand(url: string) {
  const chrome = path.join(root, '.output/chrome-mv3');
  const firefox = path.join(root, '.output/firefox-mv2');
  return [
    'Load the built extension by hand:',
    `  Chrome/Chromium: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and pick`,
    `                   ${chrome}`,
    `  Firefox:         open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and pick`,
    `                   ${path.join(firefox, 'manifest.json')}`,
    `                   (build it first with: ${DEMO_HOSTS_ENV}=1 npm run build:firefox)`,
    `Then open ${url}`,
  ].join('\n');
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`The port must be a number from 1 to 65535, not "${portText}".`);
  step(
    `Building the extension for ${target === 'firefox' ? 'Firefox' : 'Chrome'}`,
    bin('wxt'),
    target === 'firefox' ? ['build', '-b', 'firefox'] : ['build'],
  );
  step('Building the demo helpdesk', bin('vite'), [
    'build',
    '--config',
    'demo/vite.config.ts',
    '--logLevel',
    'warn',
  ]);

  let server: Awaited<ReturnType<typeof serveDemo>>;
  try {
    server = await serveDemo({ port, host: '127.0.0.1', quiet: true });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const url = `${server.url.replace(/\/$/, '')}/?seed=7&chats=12`;
  console.log(`\n✔ The demo helpdesk is served at ${url}`);
  console.log(`✔ The gallery of other consoles is at ${server.url}gallery/`);
  console.log(`✔ The extension is built in ${extensionDir}`);

  let browser: ChildProcess | undefined;
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) {
    console.log('\nThere is no display here (no $DISPLAY), so no browser window was opened.');
    console.log(howToLoadByHand(url));
  } else if (!existsSync(binary)) {
    console.log(
      `\n${binary} is not installed. Install it with: sudo apt-get install ${target === 'firefox' ? 'firefox-esr' : 'chromium'}`,
    );
    console.log(howToLoadByHand(url));
  } else {
    browser = launchBrowser(url);
    console.log(
      `✔ Opened ${target === 'firefox' ? 'Firefox' : 'Chromium'} with the extension loaded, on the demo desk.`,
    );
    browser.on('exit', () =>
      console.log(`\nThe browser was closed; the desk is still served at ${url} (Ctrl+C to stop).`),
    );
    browser.on('error', (error) =>
      console.log(`\nCould not start the browser: ${error.message}\n${howToLoadByHand(url)}`),
    );
  }
  console.log('\nServing until you press Ctrl+C.');

  const stop = () => {
    browser?.kill();
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
