import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

// What the gallery e2e expects of each console × capability, in both browsers
// unless a browser overrides it: a cell that is not yet true is an expected
// failure (it.fails) with its reason, never a skip. The README's results table
// is checked against this file (tests/unit/demo/gallery-readme.test.ts).

export interface Expectation {
  pass: boolean;
  /** Why it fails (or a note on how it passes). */
  why?: string;
  chromium?: { pass: boolean; why?: string };
  firefox?: { pass: boolean; why?: string };
}

export interface GalleryExpectations {
  capabilities: Record<string, string>;
  consoles: Record<string, { title: string } & Record<string, Expectation | string>>;
}

export const expectationsFile = path.join(repoRoot, 'tests/e2e/gallery/expectations.json');

export function loadExpectations(): GalleryExpectations {
  return JSON.parse(readFileSync(expectationsFile, 'utf8')) as GalleryExpectations;
}

/** The expectation for one cell in one browser; a cell not written down is expected to pass. */
export function expectationFor(
  all: GalleryExpectations,
  consoleId: string,
  capability: string,
  browser: 'chromium' | 'firefox',
): { pass: boolean; why: string } {
  const cell = all.consoles[consoleId]?.[capability];
  if (!cell || typeof cell === 'string') return { pass: true, why: '' };
  const own = cell[browser];
  return { pass: own?.pass ?? cell.pass, why: own?.why ?? cell.why ?? '' };
}
