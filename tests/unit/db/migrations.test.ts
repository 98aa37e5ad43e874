import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/domain/settings';
import { latestSchemaVersion, schemaVersions } from '../../../lib/db/schema';
import { createSettingsRepository } from '../../../lib/db/settings-repository';
import { newRecord } from '../../../lib/domain/conversation-record';
import { messageSig } from '../../../lib/domain/message-sig';

// The migration harness: open a database with the schema of an older release,
// write data as that release did, close it, open it with today's schema and
// check that nothing was lost. Each new schema version adds a case here.
let names: string[] = [];
const freshName = () => {
  const name = `nz-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  await Promise.all(names.map((name) => Dexie.delete(name)));
  names = [];
});

function versionsUpTo(version: number) {
  return schemaVersions.filter((entry) => entry.version <= version);
}

describe('database schema', () => {
  it('numbers versions 1, 2, 3… with no gaps', () => {
    expect(schemaVersions.map((entry) => entry.version)).toEqual(schemaVersions.map((_, index) => index + 1));
  });

  it('creates every table of the latest version on a fresh install', async () => {
    const db = createDatabase(freshName());
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      ['conversations', 'events', 'kv', 'profiles', 'templates'].sort(),
    );
    db.close();
  });

  it('v1: settings written by version 1 survive an upgrade to the latest schema', async () => {
    const name = freshName();
    const old = createDatabase(name, versionsUpTo(1));
    // Exactly what the first release stored: settings had two fields then.
    await old.kv.put({ key: 'settings', value: { language: 'ru', operatorName: 'Анна' } });
    await old.table('events').add({ at: 1_700_000_000_000, type: 'breach', site: 'demo-desk' });
    old.close();

    const current = createDatabase(name);
    expect(await createSettingsRepository(current).load()).toEqual({
      ...defaultSettings,
      language: 'ru',
      operatorName: 'Анна',
    });
    expect(await current.table('events').where('type').equals('breach').count()).toBe(1);
    current.close();
  });

  it('v2: statistics events of version 1 gain an operator and priority, and first responses become events', async () => {
    const name = freshName();
    const old = createDatabase(name, versionsUpTo(1));
    // What version 1's recorder wrote (level, firstResponseMs on the reply).
    await old.table('events').bulkAdd([
      { at: 1000, type: 'customer-message', site: 's', conversation: 'c1', level: 'vip' },
      {
        at: 5000,
        type: 'reply',
        site: 's',
        conversation: 'c1',
        level: 'vip',
        replyMs: 4000,
        firstResponseMs: 4000,
      },
      {
        at: 9000,
        type: 'reply',
        site: 's',
        conversation: 'c1',
        level: 'normal',
        replyMs: 1000,
        firstResponseMs: null,
      },
      { at: 9500, type: 'template-used', site: '', conversation: '', template: 't1' },
    ]);
    old.close();

    const current = createDatabase(name);
    const events = await current.events.orderBy('at').toArray();
    expect(events.map((e) => [e.type, e.operator, e.priority, e.replyMs, e.firstResponseMs])).toEqual([
      ['customer-message', 'unknown', 'vip', undefined, undefined],
      ['reply', 'unknown', 'vip', 4000, undefined],
      ['first-response', 'unknown', 'vip', undefined, 4000],
      ['reply', 'unknown', 'normal', 1000, undefined],
      ['template-used', 'unknown', undefined, undefined, undefined],
    ]);
    expect(events.every((e) => !('level' in e))).toBe(true);
    expect(events.find((e) => e.type === 'first-response')).toMatchObject({ at: 5000, conversation: 'c1' });
    current.close();
  });

  it('v2: old events take the operator id already in the settings', async () => {
    const name = freshName();
    const old = createDatabase(name, versionsUpTo(1));
    await old.kv.put({ key: 'settings', value: { language: 'en', operatorId: 'op-beef' } });
    await old.table('events').add({ at: 1, type: 'breach', site: 's', conversation: 'c', level: 'normal' });
    old.close();

    const current = createDatabase(name);
    expect((await current.events.toArray())[0]).toMatchObject({ operator: 'op-beef', priority: 'normal' });
    current.close();
  });

  it("v3: clock records of version 2 keep fingerprints instead of the customer's words, and still recognise the chat", async () => {
    const name = freshName();
    const old = createDatabase(name, versionsUpTo(2));
    const record = {
      ...newRecord('https://desk.example', 'c-1', 1_700_000_000_000),
      name: 'Анна Смирнова',
      previewSig: 'customer|Где мой заказ? Номер 4411',
      lastMessageSig: ['m-17', 'customer|1700000000000|Где мой заказ? Номер 4411'].join('\u001f'),
    };
    await old.table('conversations').put(record);
    old.close();

    const current = createDatabase(name);
    const [upgraded] = await current.conversations.toArray();
    current.close();
    expect(JSON.stringify(upgraded)).not.toMatch(/заказ|4411/);
    // What the tracker computes today for the same messages: the chat continues, nothing counts twice.
    const messages = [
      { id: 'm-17', author: 'customer' as const, text: 'Здравствуйте', at: null },
      { id: null, author: 'customer' as const, text: 'Где мой заказ? Номер 4411', at: 1_700_000_000_000 },
    ];
    expect(upgraded!.lastMessageSig).toBe(messages.map(messageSig).join('\u001f'));
    expect(upgraded!.name).toBe('Анна Смирнова');
  });
});
