import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { createEventRepository } from '../../../lib/db/event-repository';
import { createKvRepository } from '../../../lib/db/kv-repository';
import { createTemplateRepository } from '../../../lib/db/template-repository';
import { createTemplateService, type StarterTemplate } from '../../../lib/services/template-service';
import { parseCsv, toCsv } from '../../../lib/domain/csv';

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

function setup(random = () => 0, failingWrites = false, failingStats = false) {
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
    recordUse: async (use) => {
      // The statistics row is written in the same transaction as the count.
      await createEventRepository(db).addMany([
        {
          at: use.at,
          type: 'template-used',
          site: use.site,
          operator: use.operator,
          conversation: use.conversation,
          template: use.templateId,
        },
      ]);
      if (failingStats) throw new DOMException('The disk is full', 'QuotaExceededError');
      uses.push({ id: use.templateId, at: use.at });
    },
    operator: async () => 'op-test',
    now: () => now,
    random,
    newId: () => `t-${++counter}`,
    atomically: (task) => db.transaction('rw', [db.templates, db.kv, db.events], task),
  });
  if (failingWrites)
    // The disk is full when the use is counted: the template write fails after the memory's.
    db.templates.hook('updating', () => {
      throw new Error('QuotaExceededError');
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

  it('a settings page that asks while the starters are being installed gets them, not an empty library', async () => {
    const t = setup();
    const installing = t.service.installStarters();
    expect((await t.service.list()).map((x) => x.id)).toEqual(['starter-hi-en']);
    await installing;
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
    await expect(t.service.save({ ...draft, title: '  ' })).rejects.toMatchObject({
      key: 'templatesProblemRequired',
      field: 'title',
    });
    await expect(t.service.save({ ...draft, variants: ['ok', ' '] })).rejects.toMatchObject({
      key: 'templatesProblemRequired',
      field: 'variants.1',
    });
    await expect(t.service.save({ ...draft, title: 'Other' })).rejects.toMatchObject({
      key: 'templatesShortcutTaken',
      params: { shortcut: 'refund', title: 'Refund' },
      field: 'shortcut',
      message: '“;refund” is already the shortcut of “Refund”',
    });
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

  it('counts a use, remembers its wording and records it in the statistics together, or none of them', async () => {
    const t = setup(() => 0, false, true);
    await t.service.installStarters();
    await expect(t.service.use('starter-hi-en', 'https://desk.test', 'c1')).rejects.toThrow(/disk is full/);
    expect((await t.db.templates.get('starter-hi-en'))?.usageCount).toBe(0);
    expect(await t.db.events.count()).toBe(0);
    // The wording the failed use picked is not remembered as given: the customer never got it.
    expect(await t.db.kv.get('variantMemory')).toBeUndefined();
  });

  it('counts ten uses at once as ten, and remembers each wording', async () => {
    const t = setup(() => 0);
    await t.service.installStarters();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.service.use('starter-hi-en', 'https://desk.test', `c-${i % 2}`)),
    );
    expect((await t.service.list())[0]!.usageCount).toBe(10);
    const [memory] = await t.db.kv.where('key').equals('variantMemory').toArray();
    const remembered = Object.values(memory!.value as Record<string, Record<string, number[]>>).map(
      (byTemplate) => byTemplate['starter-hi-en']!.length,
    );
    expect(remembered).toEqual([5, 5]);
  });

  it('a use that cannot be written changes neither the count nor the wordings remembered', async () => {
    const t = setup(() => 0, true);
    await t.service.installStarters();
    await expect(t.service.use('starter-hi-en', 'https://desk.test', 'c-1')).rejects.toThrow(/Quota/);
    expect(await t.db.kv.where('key').equals('variantMemory').count()).toBe(0);
    expect(t.uses).toEqual([]);
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

describe('template files', () => {
  const csvFile = (...rows: string[][]) =>
    toCsv([['title', 'body', 'shortcut', 'tags', 'language'], ...rows]);

  it('exports all templates as JSON, and a colleague imports them into an empty library', async () => {
    const lead = setup();
    await lead.service.installStarters();
    const refund = await lead.service.save(draft);
    await lead.service.use(refund.id, 'https://desk.test', 'c-1');
    const text = await lead.service.exportFile(null, 'json');

    const colleague = setup();
    const preview = await colleague.service.previewImport(text, 'team.json');
    expect(preview).toMatchObject({
      ok: true,
      format: 'json',
      total: 2,
      fresh: 2,
      unchanged: 0,
      conflicts: [],
    });
    expect(await colleague.service.importFile(text, 'team.json', {})).toEqual({
      added: 2,
      replaced: 0,
      kept: 0,
      unchanged: 0,
      renamed: [],
    });
    const imported = await colleague.service.list();
    expect(imported.map((t) => t.id).sort()).toEqual(['starter-hi-en', 't-1']);
    // The reply travels; the lead's usage does not.
    expect(imported.find((t) => t.id === 't-1')).toMatchObject({ ...draft, usageCount: 0, lastUsedAt: null });
  });

  it('exports the chosen templates in the given order, as CSV for a spreadsheet', async () => {
    const t = setup();
    await t.service.installStarters();
    const refund = await t.service.save(draft);
    const text = await t.service.exportFile([refund.id, 'starter-hi-en', 'gone'], 'csv');
    const rows = parseCsv(text).rows;
    expect(rows.map((row) => row.title)).toEqual(['Refund', 'Hello']);
    expect(rows[1]).toMatchObject({
      shortcut: 'hi',
      tags: 'greeting',
      language: 'en',
      'variant 3': starter.variants[1],
    });
  });

  it('imports a CSV whose shortcut clashes: replace keeps my id and usage, keep both renames the shortcut', async () => {
    const t = setup();
    const mine = await t.service.save(draft);
    await t.service.use(mine.id, 'https://desk.test', 'c-1');
    const file = csvFile(['Refund', 'Your money is on its way.', 'refund', 'money', 'en']);
    const preview = await t.service.previewImport(file, 'team.csv');
    expect(preview.ok && preview.conflicts.map((c) => [c.index, c.existing.id, c.by])).toEqual([
      [0, mine.id, 'shortcut'],
    ]);

    t.tick();
    await t.service.importFile(file, 'team.csv', { 0: 'replace' });
    expect(await t.service.list()).toEqual([
      expect.objectContaining({
        id: mine.id,
        body: 'Your money is on its way.',
        usageCount: 1,
        tags: ['money'],
      }),
    ]);

    const other = csvFile(['Refund (short)', 'Refunded.', 'refund', '', 'en']);
    const summary = await t.service.importFile(other, 'other.csv', { 0: 'both' });
    expect(summary).toMatchObject({ added: 1, renamed: [{ from: 'refund', to: 'refund2' }] });
    expect((await t.service.list()).map((x) => x.shortcut).sort()).toEqual(['refund', 'refund2']);
  });

  it('a broken file is refused with its problems, and importing it changes nothing', async () => {
    const t = setup();
    await t.service.installStarters();
    const before = await t.service.list();
    const broken = csvFile(['Fine', 'Fine body', '', '', 'en'], ['Bad', 'Body', '', '', 'de']);
    const preview = await t.service.previewImport(broken, 'broken.csv');
    expect(preview).toMatchObject({
      ok: false,
      problems: [{ place: { kind: 'row', row: 3 }, field: 'language', code: 'language' }],
    });
    await expect(t.service.importFile(broken, 'broken.csv', {})).rejects.toThrow(/problems/);
    expect(await t.service.list()).toEqual(before);
  });

  it('a conflict left unanswered (the library changed after the preview) changes nothing', async () => {
    const t = setup();
    const file = csvFile(['New', 'New body', '', '', 'en'], ['Refund', 'Other words', 'refund', '', 'en']);
    const preview = await t.service.previewImport(file, 'team.csv');
    expect(preview).toMatchObject({ ok: true, fresh: 2 });
    await t.service.save(draft); // meanwhile, in another tab
    await expect(t.service.importFile(file, 'team.csv', {})).rejects.toThrow(/changed since/);
    expect((await t.service.list()).map((x) => x.title)).toEqual(['Refund']);
  });
});

describe('template repository merge', () => {
  it('writes every planned template or none: a failed write rolls the others back', async () => {
    const name = `nz-merge-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const repository = createTemplateRepository(createDatabase(name));
    const good = { ...draft, id: 'good', usageCount: 0, lastUsedAt: null, createdAt: T0, updatedAt: T0 };
    // No primary key: IndexedDB refuses this one after the first was put.
    const bad = { ...good, id: undefined } as unknown as typeof good;
    await expect(repository.merge(() => ({ write: [good, bad], result: null }))).rejects.toThrow();
    expect(await repository.all()).toEqual([]);
  });
});
