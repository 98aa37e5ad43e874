import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../../lib/adapters/profiles';
import { validBuiltInProfiles } from '../../../lib/adapters/profiles/valid-built-in-profiles';

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

describe('built-in profiles', () => {
  it('all pass the schema (the background refuses to start otherwise)', () => {
    expect(validBuiltInProfiles().map((profile) => profile.id)).toEqual(builtInProfiles.map((p) => p.id));
  });

  it('a broken one is named loudly', () => {
    const broken = { ...builtInProfiles[0]!, rows: [{ css: 'div >', why: 'broken' }] };
    expect(() => validBuiltInProfiles([broken])).toThrow(/demo-desk is invalid:\n {2}rows\[0\]\.css/);
  });
});
