import { describe, expect, it } from 'vitest';
import { parseProfileFile, serialiseProfiles } from '../../../lib/adapters/profile-file';
import { builtInProfiles } from '../../../lib/adapters/profiles';

const demo = builtInProfiles[0]!;
const mine = { ...demo, id: 'acme-desk', name: 'Acme Desk', matches: ['https://support.acme.test/*'] };
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);

describe('profile files', () => {
  it('round-trips an export', () => {
    const text = serialiseProfiles([mine], T0);
    expect(JSON.parse(text).exportedAt).toBe('2026-11-25T09:00:00.000Z');
    expect(parseProfileFile(text)).toEqual({ ok: true, profiles: [mine] });
  });

  it('accepts a bare profile or a list of them', () => {
    expect(parseProfileFile(JSON.stringify(mine))).toEqual({ ok: true, profiles: [mine] });
    expect(parseProfileFile(JSON.stringify([mine]))).toEqual({ ok: true, profiles: [mine] });
  });

  it('names what is wrong and accepts nothing from a file with one bad profile', () => {
    const bad = { ...mine, id: 'other', rows: [{ css: 'li >', why: 'broken' }] };
    const result = parseProfileFile(JSON.stringify([mine, bad]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/profile 2: rows\[0\]\.css/);
  });

  it('refuses a file whose profile has a site pattern that is not one', () => {
    const result = parseProfileFile(
      JSON.stringify([mine, { ...mine, id: 'other', matches: ['not a pattern'] }]),
    );
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^profile 2: matches\[0\]: "not a pattern" is not a site pattern/)],
    });
  });

  it('refuses files that are not ours, not JSON, empty, too new, or with a repeated id', () => {
    const problems = (text: string) => {
      const result = parseProfileFile(text);
      return result.ok ? [] : result.errors;
    };
    expect(problems('{ not json')[0]).toMatch(/not JSON/);
    expect(problems(JSON.stringify({ kind: 'something-else', profiles: [] }))[0]).toMatch(/not a Nezabudka/);
    expect(
      problems(JSON.stringify({ kind: 'nezabudka-site-profiles', version: 99, profiles: [mine] }))[0],
    ).toMatch(/newer/);
    expect(problems('[]')[0]).toMatch(/no profiles/);
    expect(problems(JSON.stringify([mine, mine]))[0]).toMatch(/appears twice/);
    expect(problems('x'.repeat(1_000_001))[0]).toMatch(/larger than 1 MB/);
  });
});
