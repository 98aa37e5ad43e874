import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const extensionDirs = {
  chromium: path.join(repoRoot, '.output/chrome-mv3'),
  firefox: path.join(repoRoot, '.output/firefox-mv2'),
} as const;

export const browserBinaries = {
  chromium: process.env.NZ_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.NZ_FIREFOX ?? '/usr/bin/firefox-esr',
} as const;

export type BrowserKind = keyof typeof extensionDirs;

/** The browser a suite runs in; set by tests/run-all.mjs (or by hand). */
export function currentBrowserKind(): BrowserKind {
  const kind = process.env.NZ_E2E_BROWSER;
  if (kind === 'chromium' || kind === 'firefox') return kind;
  throw new Error('Set NZ_E2E_BROWSER=chromium or NZ_E2E_BROWSER=firefox (npm test does this).');
}
