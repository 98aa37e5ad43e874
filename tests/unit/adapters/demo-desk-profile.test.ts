// @vitest-environment happy-dom
// (jsdom is not installed in this repo; happy-dom is the unit-test DOM.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBadgeAnchor, findRowElement, observe } from '../../../lib/adapters/engine';
import { builtInProfiles } from '../../../lib/adapters/profiles';

const profile = builtInProfiles.find((candidate) => candidate.id === 'demo-desk')!;
const SITE = 'http://127.0.0.1:5317';
// Paths, not URLs: the DOM environment replaces the global URL class.
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo-desk');
const LABELS = ['Вы: ', 'Заметка: ', 'Бот: ', 'You: ', 'Note: ', 'Bot: '];

/** Puts a captured fixture (tests/tools/capture-demo-fixtures.ts) into the page and observes it. */
function load(fixture: string) {
  document.body.innerHTML = readFileSync(path.join(fixtures, fixture), 'utf8');
  return observe(document, profile, SITE);
}

/** A number the desk itself prints, e.g. its "с непрочитанными: 9" header. */
function deskNumber(selector: string): number {
  return Number(/\d+/.exec(document.querySelector(selector)?.textContent ?? '')?.[0]);
}

describe('demo desk profile on captured markup', () => {
  it('reads the twelve conversations of the list as the desk shows them', () => {
    const observation = load('list-12.html');
    expect(observation).toMatchObject({ site: SITE, profileId: 'demo-desk' });
    expect(observation.rows).toHaveLength(12);
    expect(observation.rows).toHaveLength(deskNumber('.sidebar__count'));
    expect(observation.rows.map((row) => row.key).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `c-${String(i + 1).padStart(3, '0')}`),
    );
    for (const row of observation.rows) {
      expect(row.name, row.key).toMatch(/\S/);
      expect(row.unreadKnown).toBe(true);
      expect(row.lastAt, row.key).toEqual(expect.any(Number));
      expect(row.previewAuthor, row.key).not.toBeNull();
      expect(row.preview, row.key).toMatch(/\S/);
      for (const label of LABELS)
        expect(row.preview!.startsWith(label), `${row.key}: ${row.preview}`).toBe(false);
      expect(row.rowText).toContain(row.name!);
      expect(row.active).toBe(false);
    }
    // The desk's header counts the chats with unread messages; so do we.
    const unread = observation.rows.filter((row) => row.unread > 0);
    expect(unread.length).toBeGreaterThan(0);
    expect(unread).toHaveLength(deskNumber('.sidebar__unread'));
    const vip = observation.rows.filter((row) => row.vipMarker);
    expect(vip.length).toBeGreaterThan(0);
    // A VIP list entry "VIP" is matched as a whole word of the row's text.
    for (const row of vip) expect(row.rowText).toMatch(/(^| )VIP( |$)/);
    // Operator replies are shown as «Вы: …»: the label is gone, the author stays.
    expect(observation.rows.some((row) => row.previewAuthor === 'operator')).toBe(true);
    expect(observation.chat).toBeNull();
    expect(observation.composerFound).toBe(false);
  });

  it('reads the open chat: its row, its key and every kind of author', () => {
    const observation = load('chat-open.html');
    const active = observation.rows.filter((row) => row.active);
    expect(active).toHaveLength(1);
    expect(observation.chat).not.toBeNull();
    const chat = observation.chat!;
    expect(chat.key).toBe(active[0]!.key);
    // Opening a chat marks it read.
    expect(active[0]!.unread).toBe(0);
    const authors = new Set(chat.messages.map((message) => message.author));
    expect([...authors]).toEqual(expect.arrayContaining(['customer', 'operator', 'note']));
    for (const message of chat.messages) {
      expect(message.id).toMatch(/^m-\d+$/);
      expect(message.text).toMatch(/\S/);
      expect(message.at).toEqual(expect.any(Number));
    }
    // The capture's last two messages: our reply, then an internal note (without its label).
    expect(chat.messages.slice(-2)).toMatchObject([
      { author: 'operator', text: 'Здравствуйте! Сейчас посмотрю, минуту.' },
      { author: 'note', text: 'Проверить заказ в бэк-офисе' },
    ]);
    expect(active[0]).toMatchObject({ preview: 'Проверить заказ в бэк-офисе', previewAuthor: 'note' });
    expect(observation.composerFound).toBe(true);
  });

  it('finds the composer of the contenteditable editor kind too', () => {
    const observation = load('rich-composer.html');
    expect(document.querySelector('.composer__input--rich')).not.toBeNull();
    expect(observation.composerFound).toBe(true);
    expect(observation.chat?.messages.length).toBeGreaterThan(0);
  });

  it('reads all 200 rows of a full desk', () => {
    const observation = load('list-200.html');
    expect(observation.rows).toHaveLength(200);
    expect(new Set(observation.rows.map((row) => row.key)).size).toBe(200);
    expect(observation.rows.filter((row) => row.unread > 0)).toHaveLength(deskNumber('.sidebar__unread'));
  });

  it('finds a row by its key and hangs its badge before the time', () => {
    const observation = load('list-12.html');
    const key = observation.rows[3]!.key;
    const row = findRowElement(document, profile, key);
    expect(row?.getAttribute('data-conversation-id')).toBe(key);
    expect(findBadgeAnchor(row!, profile).matches('time.conv-row__time')).toBe(true);
    expect(findRowElement(document, profile, 'c-999')).toBeNull();
  });
});
