import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { serialiseProfiles } from '../../../lib/adapters/profile-file';
import { builtInProfiles } from '../../../lib/adapters/profiles';
import { createDatabase } from '../../../lib/db/database';
import { createProfileRepository } from '../../../lib/db/profile-repository';
import { createProfileService } from '../../../lib/services/profile-service';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const demo = builtInProfiles[0]!;
const acme = { ...demo, id: 'acme-desk', name: 'Acme Desk', matches: ['https://support.acme.test/*'] };
const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

function setup() {
  const name = `nz-profiles-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const repository = createProfileRepository(createDatabase(name));
  return Object.assign(createProfileService({ repository, builtIn: builtInProfiles, now: () => T0 }), {
    repository,
  });
}

describe('profile service', () => {
  it('saves a profile, lists it next to the built-in ones, and finds it for its pages', async () => {
    const service = setup();
    await service.save(acme, null);
    const list = await service.list();
    expect(list.builtIn.map((p) => p.id)).toEqual(['demo-desk']);
    expect(list.own).toEqual([{ profile: acme, updatedAt: T0 }]);
    expect((await service.forUrl('https://support.acme.test/inbox')).map((p) => p.id)).toEqual(['acme-desk']);
    expect(await service.forUrl('https://elsewhere.test/')).toEqual([]);
  });

  it('refuses an invalid edit with every problem named, and keeps the stored profile', async () => {
    const service = setup();
    await service.save(acme, null);
    await expect(service.save({ ...acme, rows: [] }, 'acme-desk')).rejects.toThrow(/rows/);
    await expect(service.save({ ...acme, id: 'demo-desk' }, 'acme-desk')).rejects.toThrow(/built-in/);
    expect((await service.list()).own[0]!.profile).toEqual(acme);
  });

  it('refuses a site pattern that is not one, on edit and on import, and changes nothing', async () => {
    const service = setup();
    await service.save(acme, null);
    const bad = { ...acme, matches: ['not a pattern'] };
    await expect(service.save(bad, 'acme-desk')).rejects.toThrow(
      /matches\[0\]: "not a pattern" is not a site pattern/,
    );
    await expect(service.importFile(JSON.stringify([{ ...bad, id: 'beta-desk' }]))).rejects.toThrow(
      /profile 1: matches\[0\]/,
    );
    expect((await service.list()).own.map((stored) => stored.profile)).toEqual([acme]);
    expect((await service.forUrl('https://support.acme.test/inbox')).map((p) => p.id)).toEqual(['acme-desk']);
  });

  it('switches off only a stored profile whose pattern cannot be read', async () => {
    const service = setup();
    await service.save(acme, null);
    // Written before patterns were checked.
    await service.repository.putMany([{ ...acme, id: 'broken', matches: ['not a pattern'] }], T0);
    expect((await service.forUrl('https://support.acme.test/inbox')).map((p) => p.id)).toEqual(['acme-desk']);
    expect((await service.forUrl('http://127.0.0.1:5173/')).map((p) => p.id)).toEqual(['demo-desk']);
  });

  it('renames, duplicates without overwriting, and deletes', async () => {
    const service = setup();
    await service.save(acme, null);
    await expect(service.save(acme, null)).rejects.toThrow(/already exists/);
    await service.save({ ...acme, id: 'acme-2' }, 'acme-desk');
    expect((await service.list()).own.map((s) => s.profile.id)).toEqual(['acme-2']);
    await service.remove('acme-2');
    expect((await service.list()).own).toEqual([]);
  });

  it('imports a team lead’s file all or nothing and exports it back', async () => {
    const service = setup();
    await service.save(acme, null);
    const other = { ...acme, id: 'beta-desk', matches: ['https://beta.test/*'] };
    const result = await service.importFile(serialiseProfiles([acme, other], T0));
    expect(result).toEqual({ added: ['beta-desk'], replaced: ['acme-desk'] });

    const broken = JSON.stringify([
      { ...other, id: 'gamma' },
      { ...other, id: 'delta', chat: { root: [] } },
    ]);
    await expect(service.importFile(broken)).rejects.toThrow(/profile 2/);
    await expect(service.importFile(JSON.stringify(demo))).rejects.toThrow(/built-in/);
    expect((await service.list()).own.map((s) => s.profile.id).sort()).toEqual(['acme-desk', 'beta-desk']);

    const exported = JSON.parse(await service.exportFile(null));
    expect(exported.profiles.map((p: { id: string }) => p.id).sort()).toEqual(['acme-desk', 'beta-desk']);
  });
});
