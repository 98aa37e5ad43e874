import { describe, expect, it } from 'vitest';
import { profilesForUrl } from '../../../lib/adapters/find-profile';
import { builtInProfiles } from '../../../lib/adapters/profiles';

const demo = builtInProfiles[0]!;
const acme = { ...demo, id: 'acme-desk', matches: ['https://support.acme.test/*'] };
const beta = { ...demo, id: 'beta-desk', matches: ['https://*.beta.test/*'] };
// Stored before patterns were checked: only this one is switched off.
const broken = { ...demo, id: 'broken', matches: ['https://support.acme.test/*', 'not a pattern'] };

describe('profiles for a page', () => {
  it('keeps every other profile working when one stored profile has a bad pattern', () => {
    const all = [acme, broken, beta, demo];
    expect(profilesForUrl(all, 'https://support.acme.test/inbox').map((p) => p.id)).toEqual(['acme-desk']);
    expect(profilesForUrl(all, 'https://desk.beta.test/').map((p) => p.id)).toEqual(['beta-desk']);
    expect(profilesForUrl(all, 'http://127.0.0.1:5173/').map((p) => p.id)).toEqual(['demo-desk']);
  });
});
