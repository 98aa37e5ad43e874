import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page, type Protocol } from 'puppeteer-core';
import { DEMO_HOSTS, DEMO_HOSTS_ENV } from '../../../demo/tools/demo-hosts';
import { browserBinaries, extensionDirs, type BrowserKind } from './paths';

// One driver for both browsers: puppeteer-core over CDP (Chromium) and over
// WebDriver BiDi (Firefox), pointed at Debian's binaries. See
// ../shared/REAL-BROWSERS.md for the facts this relies on.

const GECKO_ID = 'nezabudka@nezabudka.local';
// Fixed so that moz-extension:// URLs of the popup and options are known.
const FIREFOX_UUID = '3b0c5a52-8e0c-4c47-a7a0-6f4f2b1e9d01';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--window-size=1400,900',
];

export interface LaunchOptions {
  /** The browser's own interface language (needs Debian's l10n packages for ru). */
  locale?: 'ru' | 'en';
  /** false launches the same browser without the extension (a bench baseline). */
  withExtension?: boolean;
  /** Chromium only: a profile directory that outlives the browser (to test a browser restart). */
  userDataDir?: string;
  /** Another build of the extension than .output's (a bench variant). */
  extensionDir?: string;
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  extensionOrigin: string;
  openPage(url: string): Promise<Page>;
  /** Opens popup.html / options.html of the extension as a tab. */
  openExtensionPage(file: string, readySelector: string): Promise<Page>;
  /** Chromium only: stops the MV3 service worker as Chrome does when idle. */
  stopServiceWorker(): Promise<void>;
  /** Console errors printed by the background since launch. */
  backgroundErrors: string[];
  close(): Promise<void>;
}

export async function launchExtensionBrowser(
  kind: BrowserKind,
  {
    locale = 'en',
    withExtension = true,
    userDataDir,
    extensionDir = extensionDirs[kind],
  }: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  if (withExtension) await demandDemoHosts(extensionDir);
  return kind === 'chromium'
    ? launchChromium(locale, withExtension && extensionDir, userDataDir)
    : launchFirefox(locale, withExtension && extensionDir);
}

/**
 * A release build never reaches the demo desk, and its overlay's shadow root is closed to the
 * tests' selectors: say so at once, not by a timeout in every test.
 */
async function demandDemoHosts(extensionDir: string) {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[] }[];
  };
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  if (!DEMO_HOSTS.every((host) => matches.includes(host)))
    throw new Error(
      `${extensionDir} is a release build (no demo desk, the overlay's root closed): build it with ${DEMO_HOSTS_ENV}=1, as npm test does.`,
    );
}

async function launchChromium(
  locale: 'ru' | 'en',
  /** The extension's directory, or false for none. */
  extension: string | false,
  keptProfile: string | undefined,
): Promise<ExtensionBrowser> {
  const userDataDir = keptProfile ?? (await mkdtemp(path.join(os.tmpdir(), 'nz-chromium-')));
  const browser = await puppeteer.launch({
    executablePath: browserBinaries.chromium,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: extension ? [extension] : false,
    args: chromiumArgs,
    // Chromium on Linux takes its interface language from LANGUAGE.
    env: { ...process.env, LANGUAGE: locale === 'ru' ? 'ru' : 'en-US' },
  });
  const backgroundErrors: string[] = [];
  // URL.origin is "null" for non-web schemes, so build it from the host.
  const extensionOrigin = extension
    ? `chrome-extension://${new URL((await browser.waitForTarget((target) => target.type() === 'service_worker', { timeout: 15_000 })).url()).host}`
    : 'chrome-extension://none';

  // Errors of every incarnation of the worker, reported without attaching to it:
  // attaching a debugger to the worker makes its next start wait for that
  // debugger, and a restarted worker would then never run.
  const [firstPage] = await browser.pages();
  const cdp: CDPSession = await (firstPage ?? (await browser.newPage())).createCDPSession();
  cdp.on('ServiceWorker.workerErrorReported', (event) => {
    if (event.errorMessage.sourceURL.startsWith(extensionOrigin))
      backgroundErrors.push(event.errorMessage.errorMessage);
  });
  await cdp.send('ServiceWorker.enable');

  return {
    kind: 'chromium',
    browser,
    extensionOrigin,
    backgroundErrors,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async openExtensionPage(file, readySelector) {
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}/${file}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector(readySelector, { timeout: 10_000 });
      return page;
    },
    async stopServiceWorker() {
      const session = cdp;
      const stopped = new Promise<void>((resolve) => {
        const onUpdate = (event: Protocol.ServiceWorker.WorkerVersionUpdatedEvent) => {
          const ours = event.versions.filter((version) => version.scriptURL.startsWith(extensionOrigin));
          if (ours.length > 0 && ours.every((version) => version.runningStatus === 'stopped')) {
            session.off('ServiceWorker.workerVersionUpdated', onUpdate);
            resolve();
          }
        };
        session.on('ServiceWorker.workerVersionUpdated', onUpdate);
      });
      await session.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    async close() {
      await browser.close();
      if (!keptProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(
  locale: 'ru' | 'en',
  /** The extension's directory, or false for none. */
  extension: string | false,
): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserBinaries.firefox,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1400', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': locale === 'ru' ? 'ru' : 'en-US',
      // Grant optional permissions without the doorhanger a test cannot click.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  if (extension) await browser.installExtension(extension);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  return {
    kind: 'firefox',
    browser,
    extensionOrigin,
    backgroundErrors: [],
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async openExtensionPage(file, readySelector) {
      // Over BiDi, navigation to a moz-extension:// page may never report
      // completion: start it, then wait for the page's own content instead.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const page = await browser.newPage();
        page.goto(`${extensionOrigin}/${file}`).catch(() => undefined);
        try {
          await page.waitForSelector(readySelector, { timeout: Math.max(1, deadline - Date.now()) });
          return page;
        } catch (error) {
          // Now and then a tab's script realm breaks while about:blank gives way to
          // the extension page (a protocol error on every evaluation, seen on
          // Firefox ESR 153 under load): a fresh tab loads it normally.
          await page.close().catch(() => undefined);
          if ((error as Error).name === 'TimeoutError' || Date.now() >= deadline) throw error;
        }
      }
    },
    stopServiceWorker() {
      return Promise.reject(new Error('Firefox (MV2) has a background page, not a service worker.'));
    },
    close: () => browser.close(),
  };
}
