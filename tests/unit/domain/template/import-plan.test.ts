import { describe, expect, it } from 'vitest';
import { freeShortcut, planImport, previewImport } from '../../../../lib/domain/template/import-plan';
import type { Template } from '../../../../lib/domain/template/template';
import type { IncomingTemplate } from '../../../../lib/domain/template/template-file';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const T1 = T0 + 60_000;

const mine = (id: string, patch: Partial<Template> = {}): Template => ({
  id,
  title: `Mine ${id}`,
  language: 'en',
  shortcut: null,
  tags: [],
  body: `My ${id}`,
  variants: [],
  usageCount: 7,
  lastUsedAt: T0,
  createdAt: T0 - 1000,
  updatedAt: T0,
  ...patch,
});
const theirs = (patch: Partial<IncomingTemplate> = {}): IncomingTemplate => ({
  id: null,
  title: 'Theirs',
  language: 'en',
  shortcut: null,
  tags: ['x'],
  body: 'Their words',
  variants: [],
  ...patch,
});
const content = ({
  id: _id,
  usageCount: _u,
  lastUsedAt: _l,
  createdAt: _c,
  updatedAt: _up,
  ...rest
}: Template) => rest;

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

const library = [
  mine('refund', { title: 'Refund', shortcut: 'refund', body: 'We refund.' }),
  mine('hello', { title: 'Hello', shortcut: 'hi', body: 'Hi!' }),
  mine('ru-hello', { title: 'Привет', shortcut: 'hi', language: 'ru', body: 'Привет!' }),
];

describe('import preview', () => {
  it('counts new and identical templates, and lists conflicts by id or by shortcut in the same language', () => {
    const incoming = [
      theirs({ title: 'New one' }),
      theirs({ id: 'refund', title: 'Refund', shortcut: 'refund', body: 'We refund.', tags: [] }), // identical
      theirs({ id: 'hello', title: 'Hello again', shortcut: 'hi', body: 'Hey!' }), // same id
      theirs({ title: 'Refund v2', shortcut: 'refund', body: 'Money back.' }), // same shortcut, en
      theirs({ title: 'Refund ru', shortcut: 'refund', language: 'ru' }), // another language: new
    ];
    const preview = previewImport(incoming, library);
    expect(preview).toMatchObject({ total: 5, fresh: 2, unchanged: 1 });
    expect(preview.conflicts.map((c) => [c.index, c.existing.id, c.by])).toEqual([
      [2, 'hello', 'id'],
      [3, 'refund', 'shortcut'],
    ]);
  });
});

describe('import plan', () => {
  it('adds new templates with fresh usage figures, keeping a file id that is free', () => {
    const plan = planImport(
      [theirs({ id: 'shared-1' }), theirs({ title: 'No id' })],
      library,
      {},
      {
        now: T1,
        newId: ids(),
      },
    );
    expect(plan).toMatchObject({
      ok: true,
      summary: { added: 2, replaced: 0, kept: 0, unchanged: 0, renamed: [] },
    });
    if (!plan.ok) return;
    expect(plan.write.map((t) => [t.id, t.usageCount, t.lastUsedAt, t.createdAt])).toEqual([
      ['shared-1', 0, null, T1],
      ['new-1', 0, null, T1],
    ]);
  });

  it('keep mine skips the incoming template', () => {
    const incoming = [theirs({ id: 'hello', shortcut: 'hi' })];
    const plan = planImport(incoming, library, { 0: 'keep' }, { now: T1, newId: ids() });
    expect(plan).toEqual({
      ok: true,
      write: [],
      summary: { added: 0, replaced: 0, kept: 1, unchanged: 0, renamed: [] },
    });
  });

  it("replace takes the incoming words but keeps the operator's id, uses and creation time", () => {
    const incoming = [theirs({ title: 'Refund v2', shortcut: 'refund', body: 'Money back.' })];
    const plan = planImport(incoming, library, { 0: 'replace' }, { now: T1, newId: ids() });
    if (!plan.ok) throw new Error('planned');
    expect(plan.write).toEqual([
      {
        ...incoming[0],
        id: 'refund',
        usageCount: 7,
        lastUsedAt: T0,
        createdAt: T0 - 1000,
        updatedAt: T1,
      },
    ]);
    expect(plan.summary.replaced).toBe(1);
  });

  it('keep both gives a new id when the id is taken, and a free shortcut when the shortcut is', () => {
    const incoming = [
      theirs({ id: 'hello', title: 'Hello again', shortcut: 'hi' }),
      theirs({ id: 'free-id', title: 'Refund v2', shortcut: 'refund' }),
    ];
    const plan = planImport(incoming, library, { 0: 'both', 1: 'both' }, { now: T1, newId: ids() });
    if (!plan.ok) throw new Error('planned');
    expect(plan.write.map((t) => [t.id, t.shortcut])).toEqual([
      ['new-1', 'hi2'],
      ['free-id', 'refund2'],
    ]);
    expect(plan.summary).toEqual({
      added: 2,
      replaced: 0,
      kept: 0,
      unchanged: 0,
      renamed: [
        { title: 'Hello again', language: 'en', from: 'hi', to: 'hi2' },
        { title: 'Refund v2', language: 'en', from: 'refund', to: 'refund2' },
      ],
    });
  });

  it('a renamed shortcut never takes one another incoming template keeps', () => {
    const incoming = [theirs({ id: 'a', shortcut: 'hi' }), theirs({ id: 'b', title: 'B', shortcut: 'hi2' })];
    const plan = planImport(incoming, library, { 0: 'both' }, { now: T1, newId: ids() });
    if (!plan.ok) throw new Error('planned');
    expect(plan.write.map((t) => [t.id, t.shortcut])).toEqual([
      ['a', 'hi3'],
      ['b', 'hi2'],
    ]);
  });

  it('replacing by id with a shortcut another of mine has gives the replacement a free shortcut', () => {
    const incoming = [theirs({ id: 'hello', title: 'Hello', shortcut: 'refund' })];
    const plan = planImport(incoming, library, { 0: 'replace' }, { now: T1, newId: ids() });
    if (!plan.ok) throw new Error('planned');
    expect(plan.write.map((t) => [t.id, t.shortcut])).toEqual([['hello', 'refund2']]);
  });

  it('two incoming templates aimed at one of mine cannot both replace it: the second is kept beside it', () => {
    const incoming = [
      theirs({ id: 'refund', title: 'By id', shortcut: 'money' }),
      theirs({ id: 'other', title: 'By shortcut', shortcut: 'refund' }),
    ];
    const plan = planImport(incoming, library, { 0: 'replace', 1: 'replace' }, { now: T1, newId: ids() });
    if (!plan.ok) throw new Error('planned');
    expect(plan.write.map((t) => [t.id, t.title, t.shortcut])).toEqual([
      ['refund', 'By id', 'money'],
      ['other', 'By shortcut', 'refund'],
    ]);
    expect(plan.summary).toMatchObject({ added: 1, replaced: 1 });
  });

  it('identical templates are left alone and need no choice', () => {
    const incoming = [theirs(content(library[1]!))];
    expect(planImport(incoming, library, {}, { now: T1, newId: ids() })).toEqual({
      ok: true,
      write: [],
      summary: { added: 0, replaced: 0, kept: 0, unchanged: 1, renamed: [] },
    });
  });

  it('refuses to plan while a conflict has no choice (the library changed since the preview)', () => {
    const incoming = [theirs(), theirs({ shortcut: 'hi' }), theirs({ id: 'refund' })];
    expect(planImport(incoming, library, { 1: 'keep' }, { now: T1, newId: ids() })).toEqual({
      ok: false,
      unanswered: [2],
    });
  });
});

describe('free shortcuts', () => {
  it('counts up from 2 past the taken ones, and stays within 30 characters', () => {
    const taken = new Set(['refund', 'refund2']);
    expect(freeShortcut('refund', (candidate) => taken.has(candidate))).toBe('refund3');
    expect(freeShortcut('x'.repeat(30), () => false)).toBe(`${'x'.repeat(29)}2`);
  });
});
