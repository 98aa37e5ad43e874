import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { createKvRepository } from '../../../lib/db/kv-repository';
import { createTemplateRepository } from '../../../lib/db/template-repository';
import { createTemplateService, type StarterTemplate } from '../../../lib/services/template-service';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

const starter: StarterTemplate = {
  id: 'starter-hi-en',
  title: 'Hello',
  language: 'en',
  shortcut: 'hi',
  tags: ['greeting'],
  body: '{greeting}, {firstName|there}!',
  variants: ['Hi {firstName|there}!', 'Hello {firstName|there}, happy to help.'],
};

function setup(random = () => 0) {
  const name = `nz-templates-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const db = createDatabase(name);
  let counter = 0;
  let now = T0;
  const uses: Array<{ id: string; at: number }> = [];
  const service = createTemplateService({
    repository: createTemplateRepository(db),
    kv: createKvRepository(db),
    starters: [starter],
    // A stand-in for the salted hash: the key itself must not be stored.
    hash: async (site, key) =>
      `h${[...`${site}|${key}`].reduce((a, c) => (a * 31 + c.charCodeAt(0)) | 0, 7)}`,
    recordUse: async (id, at) => void uses.push({ id, at }),
    now: () => now,
    random,
    newId: () => `t-${++counter}`,
  });
  return { service, uses, db, tick: () => (now += 1000) };
}

const draft = {
  title: 'Refund',
  body: 'We refund [[amount: Amount]].',
  variants: [],
  shortcut: 'refund',
  tags: [],
  language: 'en' as const,
};

describe('template library', () => {
  it('installs the starter library once, and never again after the operator deletes a starter', async () => {
    const t = setup();
    await t.service.installStarters();
    expect((await t.service.list()).map((x) => x.id)).toEqual(['starter-hi-en']);
    await t.service.remove('starter-hi-en');
    await t.service.installStarters();
    expect(await t.service.list()).toEqual([]);
  });

  it('creates with an id and timestamps, updates keeping the usage figures', async () => {
    const t = setup();
    const created = await t.service.save(draft);
    expect(created).toMatchObject({ id: 't-1', usageCount: 0, createdAt: T0, updatedAt: T0 });
    t.tick();
    const updated = await t.service.save({ ...created, title: 'Refund (card)', usageCount: 99 });
    expect(updated).toMatchObject({
      title: 'Refund (card)',
      usageCount: 0,
      createdAt: T0,
      updatedAt: T0 + 1000,
    });
  });

  it('refuses an invalid template or a shortcut taken in the same language, naming the field', async () => {
    const t = setup();
    await t.service.save(draft);
    await expect(t.service.save({ ...draft, title: '  ' })).rejects.toThrow(/^title:/);
    await expect(t.service.save({ ...draft, title: 'Other' })).rejects.toThrow(
      /;refund" is already used by "Refund"/,
    );
    await expect(t.service.save({ ...draft, language: 'ru', title: 'Возврат' })).resolves.toMatchObject({
      shortcut: 'refund',
    });
    expect(await t.service.list()).toHaveLength(2);
  });

  it('deletes with undo, and duplicates without the shortcut', async () => {
    const t = setup();
    const created = await t.service.save(draft);
    const removed = await t.service.remove(created.id);
    expect(await t.service.list()).toEqual([]);
    await t.service.restore(removed);
    expect(await t.service.list()).toEqual([created]);
    const copy = await t.service.duplicate(created.id);
    expect(copy).toMatchObject({ title: 'Refund (2)', shortcut: null });
  });

  it('gives each customer a wording they have not had, counts the use, stores no customer key', async () => {
    const t = setup(() => 0);
    await t.service.installStarters();
    const first = await t.service.use('starter-hi-en', 'https://desk.test', 'c-1');
    const second = await t.service.use('starter-hi-en', 'https://desk.test', 'c-1');
    const third = await t.service.use('starter-hi-en', 'https://desk.test', 'c-1');
    expect(new Set([first.variant, second.variant, third.variant]).size).toBe(3);
    // Another customer may get the first wording again.
    expect((await t.service.use('starter-hi-en', 'https://desk.test', 'c-2')).variant).toBe(0);
    const [stored] = await t.service.list();
    expect(stored).toMatchObject({ usageCount: 4, lastUsedAt: T0 });
    expect(t.uses).toHaveLength(4);
    expect(JSON.stringify(await t.db.kv.toArray())).not.toContain('c-1');
  });

  it('previews a wording without counting it, then records exactly the one inserted', async () => {
    const t = setup(() => 0.99);
    await t.service.installStarters();
    const picked = await t.service.pick('starter-hi-en', 'https://desk.test', 'c-1');
    expect((await t.service.list())[0]!.usageCount).toBe(0);
    const used = await t.service.use('starter-hi-en', 'https://desk.test', 'c-1', picked.variant);
    expect(used).toEqual(picked);
    const next = await t.service.pick('starter-hi-en', 'https://desk.test', 'c-1');
    expect(next.variant).not.toBe(picked.variant);
  });
});
