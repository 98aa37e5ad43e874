import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../../../demo/src/sim/desk-limits.ts';
import { DeskSim } from '../../../demo/src/sim/desk-sim.ts';
import { PERSONA_KINDS } from '../../../demo/src/sim/personas.ts';
import type { Conversation } from '../../../demo/src/sim/types.ts';

// A fixed page-load instant: the sim never reads the real clock.
const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);

const names = (sim: DeskSim) => Object.fromEntries(sim.conversations().map((conv) => [conv.id, conv.name]));
const lastMessage = (conv: Conversation | undefined) => conv?.messages.at(-1);

describe('demo desk simulation: determinism', () => {
  it('gives the same desk, history and schedule for the same seed and instant', () => {
    const a = new DeskSim({ seed: 7, chats: 12, now: NOW });
    const b = new DeskSim({ seed: 7, chats: 12, now: NOW });
    expect(a.conversations()).toEqual(b.conversations());
    expect(a.pending()).toEqual(b.pending());

    a.advance(90 * MINUTE, NOW + SECOND);
    b.advance(90 * MINUTE, NOW + SECOND);
    expect(a.conversations()).toEqual(b.conversations());
  });

  it('keeps names and scripts when only the page-load time differs', () => {
    const a = new DeskSim({ seed: 7, chats: 12, now: NOW });
    const b = new DeskSim({ seed: 7, chats: 12, now: NOW + 3 * 3600_000 });
    expect(names(a)).toEqual(names(b));
    const texts = (sim: DeskSim) =>
      sim.conversations().map((conv) => conv.messages.map((m) => [m.author, m.text]));
    expect(texts(a)).toEqual(texts(b));
  });

  it('gives different customers for different seeds', () => {
    expect(names(new DeskSim({ seed: 7, chats: 12, now: NOW }))).not.toEqual(
      names(new DeskSim({ seed: 8, chats: 12, now: NOW })),
    );
  });

  it('starts a bigger desk with the same customers as a smaller one', () => {
    const small = names(new DeskSim({ seed: 7, chats: 12, now: NOW }));
    const big = names(new DeskSim({ seed: 7, chats: 20, now: NOW }));
    for (const [id, name] of Object.entries(small)) expect(big[id]).toBe(name);
  });

  it('never gives two customers the same name', () => {
    const all = Object.values(names(new DeskSim({ seed: 3, chats: 200, now: NOW })));
    expect(new Set(all).size).toBe(200);
  });
});

describe('demo desk simulation: the desk at page load', () => {
  it('clamps the number of chats to 1–200 and ignores garbage', () => {
    expect(new DeskSim({ seed: 7, chats: 0, now: NOW }).conversations()).toHaveLength(1);
    expect(new DeskSim({ seed: 7, chats: -5, now: NOW }).chats).toBe(1);
    expect(new DeskSim({ seed: 7, chats: 500, now: NOW }).conversations()).toHaveLength(200);
    expect(new DeskSim({ seed: 7, chats: Number.NaN, now: NOW }).chats).toBe(12);
    expect(new DeskSim({ seed: 7, chats: 3.6, now: NOW }).chats).toBe(4);
  });

  it('numbers conversations c-001… and shows every persona on a dozen chats', () => {
    const sim = new DeskSim({ seed: 7, chats: 12, now: NOW });
    const ids = sim
      .conversations()
      .map((conv) => conv.id)
      .sort();
    expect(ids[0]).toBe('c-001');
    expect(ids.at(-1)).toBe('c-012');
    expect(new Set(sim.conversations().map((conv) => conv.persona))).toEqual(new Set(PERSONA_KINDS));
    expect(sim.conversations().filter((conv) => conv.vip).length).toBeGreaterThan(0);
  });

  it('backdates history by wall-clock time: 2 to 40 minutes old, some waiting, some answered', () => {
    const sim = new DeskSim({ seed: 7, chats: 12, now: NOW });
    const conversations = sim.conversations();
    for (const conv of conversations) {
      expect(conv.messages.length).toBeGreaterThan(0);
      expect(conv.startedAt).toBeGreaterThanOrEqual(NOW - 40 * MINUTE);
      expect(conv.startedAt).toBeLessThanOrEqual(NOW - 2 * MINUTE);
      expect(conv.lastAt).toBeLessThanOrEqual(NOW);
    }
    expect(conversations.some((conv) => conv.unread > 0)).toBe(true);
    expect(conversations.some((conv) => lastMessage(conv)?.author === 'operator')).toBe(true);
    expect(conversations.every((conv) => conv.unread === 0 || lastMessage(conv)?.author !== 'operator')).toBe(
      true,
    );
  });

  it('sorts by last activity, newest first', () => {
    const sim = new DeskSim({ seed: 7, chats: 30, now: NOW });
    const times = sim.conversations().map((conv) => conv.lastAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('demo desk simulation: time', () => {
  it('advance() fires the due events in order, stamped with the real time', () => {
    const sim = new DeskSim({ seed: 7, chats: 12, speed: 0, now: NOW });
    const pending = sim.pending();
    expect(pending.length).toBeGreaterThan(1);
    const first = pending[0]!;

    sim.advance(first.dueInMs - 1, NOW + SECOND);
    expect(sim.pending()).toHaveLength(pending.length);

    const horizon = pending[1]!.dueInMs;
    const due = pending.filter((event) => event.dueInMs <= horizon);
    sim.advance(horizon - (first.dueInMs - 1), NOW + 2 * SECOND);
    const fired = sim
      .conversations()
      .flatMap((conv) => conv.messages.map((message) => ({ conv, message })))
      .filter(({ message }) => message.at === NOW + 2 * SECOND)
      .sort((a, b) => a.message.seq - b.message.seq)
      .map(({ conv, message }) => ({ conversationId: conv.id, author: message.author, text: message.text }));
    expect(fired).toEqual(due.map(({ conversationId, author, text }) => ({ conversationId, author, text })));
  });

  it('runs at speed × real time, and not at all when paused', () => {
    const paused = new DeskSim({ seed: 7, chats: 12, speed: 0, now: NOW });
    paused.tick(NOW + 3600_000);
    expect(paused.simElapsed).toBe(0);

    const fast = new DeskSim({ seed: 7, chats: 12, speed: 60, now: NOW });
    fast.tick(NOW + 2 * SECOND);
    expect(fast.simElapsed).toBe(2 * MINUTE);
    fast.setSpeed(1, NOW + 2 * SECOND);
    fast.tick(NOW + 3 * SECOND);
    expect(fast.simElapsed).toBe(2 * MINUTE + SECOND);
  });
});

describe('demo desk simulation: customers react to replies', () => {
  it('answers after 1–3 sim minutes, the slow answerer after a long delay; nags are cancelled', () => {
    const sim = new DeskSim({ seed: 7, chats: 40, speed: 0, now: NOW });
    const before = new Set(sim.pending().map((event) => JSON.stringify(event)));
    expect(sim.pending().some((event) => event.nag)).toBe(true);

    for (const conv of sim.conversations()) sim.reply(conv.id, 'Здравствуйте! Уже смотрю.', NOW + SECOND);

    expect(sim.pending().some((event) => event.nag)).toBe(false);
    const reactions = sim.pending().filter((event) => !before.has(JSON.stringify(event)));
    expect(reactions.length).toBeGreaterThan(5);
    const personaOf = (id: string) => sim.conversation(id)?.persona;
    const slow = reactions.filter((event) => personaOf(event.conversationId) === 'slow');
    const others = reactions.filter((event) => personaOf(event.conversationId) !== 'slow');
    expect(slow.length).toBeGreaterThan(0);
    for (const event of slow) expect(event.dueInMs).toBeGreaterThanOrEqual(15 * MINUTE);
    for (const event of others) {
      expect(event.author).toBe('customer');
      expect(event.dueInMs).toBeGreaterThanOrEqual(30 * SECOND);
      expect(event.dueInMs).toBeLessThanOrEqual(3 * MINUTE);
    }

    // The reactions arrive as customer messages when their time comes.
    sim.advance(3 * MINUTE, NOW + 2 * SECOND);
    for (const event of others) {
      const conv = sim.conversation(event.conversationId);
      expect(conv?.messages.some((m) => m.text === event.text && m.at === NOW + 2 * SECOND)).toBe(true);
    }
  });

  it('answers a burst of operator messages once', () => {
    const sim = new DeskSim({ seed: 7, chats: 12, speed: 0, now: NOW });
    const complainer = sim.conversations().find((conv) => conv.persona === 'complainer')!;
    const count = () => sim.pending().filter((event) => event.conversationId === complainer.id).length;
    sim.reply(complainer.id, 'Здравствуйте!', NOW + 1);
    const afterOne = count();
    sim.reply(complainer.id, 'Сейчас разберусь.', NOW + 2);
    sim.reply(complainer.id, 'Минутку.', NOW + 3);
    expect(count()).toBe(afterOne);
  });

  it('keeps conversations added by hand free of scripts', () => {
    const sim = new DeskSim({ seed: 7, chats: 12, speed: 0, now: NOW });
    const id = sim.addConversation({ name: 'Пётр Иванов', text: 'Добрый день' }, NOW + 1);
    expect(id).toBe('c-013');
    expect(sim.addConversation({ name: 'Ann Lee', text: 'hi', lang: 'en', vip: true }, NOW + 2)).toBe(
      'c-014',
    );
    sim.reply(id, 'Здравствуйте!', NOW + 3);
    expect(sim.pending().some((event) => event.conversationId === id)).toBe(false);
    expect(sim.conversations()[0]?.id).toBe(id);
    expect(sim.conversation('c-014')?.vip).toBe(true);
  });
});

describe('demo desk simulation: unread and read', () => {
  it('counts customer messages as unread until the chat is opened or answered', () => {
    const sim = new DeskSim({ seed: 7, chats: 12, speed: 0, now: NOW });
    const [a, b] = sim.conversations().slice(-2);
    const before = a!.unread;

    sim.addCustomerMessage(a!.id, 'Ау?', NOW + 1);
    expect(sim.conversation(a!.id)?.unread).toBe(before + 1);
    expect(sim.conversations()[0]?.id).toBe(a!.id); // the row moved to the top

    sim.open(a!.id);
    expect(sim.activeId).toBe(a!.id);
    expect(sim.conversation(a!.id)?.unread).toBe(0);

    // Messages into the open chat are read as they arrive.
    sim.addCustomerMessage(a!.id, 'Вы тут?', NOW + 2);
    expect(sim.conversation(a!.id)?.unread).toBe(0);

    sim.addCustomerMessage(b!.id, 'Hello?', NOW + 3);
    sim.addCustomerMessage(b!.id, 'Anyone?', NOW + 4);
    const unreadB = sim.conversation(b!.id)!.unread;
    expect(unreadB).toBeGreaterThanOrEqual(2);

    // Notes and bot messages are not the customer's: they do not change unread.
    sim.addNote(b!.id, 'Проверить заказ', NOW + 5);
    sim.addBotMessage(b!.id, 'Оператор скоро ответит', NOW + 6);
    expect(sim.conversation(b!.id)?.unread).toBe(unreadB);

    sim.reply(b!.id, 'Здравствуйте!', NOW + 7);
    expect(sim.conversation(b!.id)?.unread).toBe(0);
  });

  it('rejects unknown conversations with a clear message', () => {
    const sim = new DeskSim({ seed: 7, chats: 3, now: NOW });
    expect(() => sim.open('c-999')).toThrow(/unknown conversation "c-999"/);
    expect(() => sim.addCustomerMessage('nope', 'x', NOW)).toThrow(/unknown conversation/);
  });
});
