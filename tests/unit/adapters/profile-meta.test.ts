import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../../lib/adapters/profiles';

// Paths, not URLs: the DOM environment replaces the global URL class.
const here = path.dirname(fileURLToPath(import.meta.url));
const fixturesDir = (id: string) => path.join(here, '../../fixtures', id);
const testFile = (id: string) => path.join(here, `${id}-profile.test.ts`);

// DESIGN.md: every built-in profile has committed HTML fixtures and a test that counts what it finds.
describe.each(builtInProfiles.map((profile) => [profile.id]))('built-in profile %s', (id) => {
  it('has captured HTML fixtures in tests/fixtures/<id>/', () => {
    const html = existsSync(fixturesDir(id))
      ? readdirSync(fixturesDir(id)).filter((f) => f.endsWith('.html'))
      : [];
    expect(html, `tests/fixtures/${id}/*.html`).not.toHaveLength(0);
  });

  it('has its own test, tests/unit/adapters/<id>-profile.test.ts', () => {
    expect(existsSync(testFile(id)), `tests/unit/adapters/${id}-profile.test.ts`).toBe(true);
  });
});
