import { describe, expect, it } from 'vitest';
import { DeskStore } from '../../../demo/src/runtime/desk-store.ts';
import { createTestApi } from '../../../demo/src/runtime/test-api.ts';
import { MINUTE } from '../../../demo/src/sim/desk-limits.ts';

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);

function setup() {
  let now = NOW;
  const store = new DeskStore({ seed: 7, chats: 12, speed: 0, clock: () => now });
  return { store, api: createTestApi(store), later: (ms: number) => (now += ms) };
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('window.nzDemo test API', () => {
  it('lists conversations as plain JSON, newest first', () => {
    const { api } = setup();
    const list = api.list();
    expect(list).toHaveLength(12);
    expect(plain(list)).toEqual(list);
    expect(Object.keys(list[0]!).sort()).toEqual([
      'id',
      'lang',
      'lastAt',
      'lastAuthor',
      'lastText',
      'name',
      'unread',
      'vip',
    ]);
    const times = list.map((row) => row.lastAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('adds messages and conversations now, and opens chats', () => {
    const { api, later } = setup();
    const target = api.list().at(-1)!;
    later(1000);
    api.addCustomerMessage(target.id, 'Есть кто?');
    expect(api.list()[0]).toMatchObject({
      id: target.id,
      unread: target.unread + 1,
      lastAuthor: 'customer',
      lastText: 'Есть кто?',
    });
    expect(api.messages(target.id).at(-1)).toMatchObject({
      author: 'customer',
      text: 'Есть кто?',
      at: NOW + 1000,
    });

    api.open(target.id);
    expect(api.activeId()).toBe(target.id);
    expect(api.list()[0]?.unread).toBe(0);

    api.addMessage(target.id, { author: 'note', text: 'Клиент из опта' });
    expect(api.messages(target.id).at(-1)).toMatchObject({ author: 'note', text: 'Клиент из опта' });

    const id = api.addConversation({ name: 'Ann Lee', text: 'Hi, is anyone there?', vip: true, lang: 'en' });
    expect(id).toBe('c-013');
    expect(api.list()[0]).toMatchObject({ id, name: 'Ann Lee', vip: true, unread: 1, lang: 'en' });
  });

  it('advances the simulation: customers answer the operator', () => {
    const { api } = setup();
    for (const row of api.list()) api.addMessage(row.id, { author: 'operator', text: 'Здравствуйте!' });
    expect(api.list().every((row) => row.lastAuthor === 'operator' && row.unread === 0)).toBe(true);
    api.advance(60 * MINUTE);
    const answered = api.list().filter((row) => row.lastAuthor === 'customer');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((row) => row.unread > 0)).toBe(true);
  });

  it('resets with new parameters and validates its input', () => {
    const { api, store } = setup();
    const names = api.list().map((row) => row.name);
    api.reset({ seed: 8, chats: 5 });
    expect(api.list()).toHaveLength(5);
    expect(api.list().map((row) => row.name)).not.toEqual(names.slice(0, 5));
    expect(store.getSnapshot()).toMatchObject({ seed: 8, chats: 5, speed: 0 });

    api.setSpeed(60);
    expect(store.getSnapshot().speed).toBe(60);
    expect(() => api.setSpeed(5 as 0)).toThrow(/speed/);
    expect(() => api.open('c-999')).toThrow(/unknown conversation/);
    expect(() => api.addMessage('c-001', { author: 'boss' as 'bot', text: 'x' })).toThrow(/author/);
    expect(() => api.addConversation({ name: ' ', text: 'x' })).toThrow(/name/);
  });
});
