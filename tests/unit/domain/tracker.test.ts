import { describe, expect, it } from 'vitest';
import type { ConversationRecord, PriorityRules, TrackerEvent } from '../../../lib/domain/conversation';
import type {
  Author,
  Observation,
  ObservedChat,
  ObservedMessage,
  ObservedRow,
} from '../../../lib/domain/observation';
import { operatorReplied } from '../../../lib/domain/conversation-record';
import { applyObservation } from '../../../lib/domain/tracker';
import { makeObservedRow } from '../../fixtures/observed-row';

const SITE = 'https://desk.example.com';
const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const SEC = 1000;
const MIN = 60 * SEC;
const rules: PriorityRules = { keywords: ['возврат', 'refund', 'жалоб'], vip: ['VIP'] };

const row = makeObservedRow;

function msg(
  author: Author,
  text: string,
  at: number | null = null,
  id: string | null = null,
): ObservedMessage {
  return { id, author, text, at };
}

function chat(key: string | null, messages: ObservedMessage[]): ObservedChat {
  return { key, messages };
}

function observe(rows: ObservedRow[], openChat: ObservedChat | null = null): Observation {
  const open = rows.some((row) => row.active) ? 'known' : 'none';
  return { site: SITE, profileId: 'demo', rows, open, chat: openChat, composerFound: true };
}

/** One helpdesk as the background sees it: records kept between observations. */
function desk(keywordRules: PriorityRules = rules) {
  const records = new Map<string, ConversationRecord>();
  return {
    records,
    see(observation: Observation, now: number) {
      const result = applyObservation(records, observation, now, keywordRules);
      for (const changed of result.changed) records.set(changed.key, changed);
      return result;
    },
    get(key: string) {
      const record = records.get(key);
      if (!record) throw new Error(`no record for ${key}`);
      return record;
    },
  };
}

const types = (events: TrackerEvent[]) => events.map((event) => event.type);

describe('first sight of a row', () => {
  it('a row with unread messages starts the wait at the row time', () => {
    const d = desk();
    const { events } = d.see(observe([row('a', { unread: 2, lastAt: T0 - 3 * MIN })]), T0);
    expect(d.get('a').waitingSince).toBe(T0 - 3 * MIN);
    expect(events).toEqual([{ type: 'customer-message', site: SITE, key: 'a', at: T0 - 3 * MIN }]);
  });

  it('a customer preview starts the wait too', () => {
    const d = desk();
    const { events } = d.see(
      observe([row('a', { preview: 'Здравствуйте', previewAuthor: 'customer', lastAt: T0 - MIN })]),
      T0,
    );
    expect(d.get('a').waitingSince).toBe(T0 - MIN);
    expect(types(events)).toEqual(['customer-message']);
  });

  it('a row time in the future is not trusted: the wait starts now', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 + 5 * MIN })]), T0);
    expect(d.get('a').waitingSince).toBe(T0);
  });

  it('a row without a time starts the wait now', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1 })]), T0);
    expect(d.get('a').waitingSince).toBe(T0);
  });

  it('an operator preview means we wait on the customer, not the other way round', () => {
    const d = desk();
    const { events } = d.see(
      observe([row('a', { preview: 'Проверю и вернусь', previewAuthor: 'operator', lastAt: T0 - MIN })]),
      T0,
    );
    expect(d.get('a').waitingSince).toBeNull();
    expect(d.get('a').awaitingCustomerSince).toBe(T0 - MIN);
    expect(events).toEqual([]);
  });

  it('a quiet row waits for nothing', () => {
    const d = desk();
    const { events } = d.see(observe([row('a', { name: 'Анна' })]), T0);
    expect(d.get('a')).toMatchObject({ name: 'Анна', waitingSince: null, awaitingCustomerSince: null });
    expect(events).toEqual([]);
  });
});

describe('how sure the start of a wait is', () => {
  it('a row time is a lower bound (its last message), a row without one counts from first sight', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 2, lastAt: T0 - 3 * MIN }), row('b', { unread: 1 })]), T0);
    expect([d.get('a').waitingSince, d.get('a').waitBasis]).toEqual([T0 - 3 * MIN, 'shown']);
    expect([d.get('b').waitingSince, d.get('b').waitBasis]).toEqual([T0, 'seen']);
  });

  it('a row whose shown time (to the second) is under a minute old starts an exact wait', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 - 20 * SEC })]), T0);
    expect(d.get('a').waitingSince).toBe(T0 - 20 * SEC);
    expect(d.get('a')).not.toHaveProperty('waitBasis');
  });

  it('a row showing only the minute ("14:05") is "at least", even within that minute', () => {
    const d = desk();
    // "14:05" read at 14:06:10 is 14:05:59.999: the message may be up to a minute older.
    d.see(observe([row('a', { unread: 1, lastAt: T0 - 10 * SEC, lastAtRough: true })]), T0);
    expect([d.get('a').waitingSince, d.get('a').waitBasis]).toEqual([T0 - 10 * SEC, 'shown']);
  });

  it('a message seen as it arrives is exact', () => {
    const d = desk();
    d.see(observe([row('a')]), T0);
    d.see(observe([row('a', { unread: 1 })]), T0 + MIN);
    expect(d.get('a').waitingSince).toBe(T0 + MIN);
    expect(d.get('a')).not.toHaveProperty('waitBasis');
  });

  it("opening the chat reads the first unanswered message's own time, keeping alerts already raised", () => {
    const d = desk();
    // The row shows 09:00 − 3 min: the last of two unanswered messages.
    d.see(observe([row('a', { unread: 2, lastAt: T0 - 3 * MIN })]), T0);
    d.records.set('a', { ...d.get('a'), alerted: { warn: T0 - 3 * MIN, breach: null, forgotten: null } });
    d.see(
      observe(
        [row('a', { active: true, lastAt: T0 - 3 * MIN })],
        chat('a', [
          msg('operator', 'Hello, how can I help?', T0 - 20 * MIN, 'm1'),
          msg('customer', 'My parcel is lost', T0 - 9 * MIN, 'm2'),
          msg('customer', 'Hello?', T0 - 3 * MIN, 'm3'),
        ]),
      ),
      T0 + MIN,
    );
    expect(d.get('a').waitingSince).toBe(T0 - 9 * MIN);
    expect(d.get('a')).not.toHaveProperty('waitBasis');
    expect(d.get('a').alerted.warn).toBe(T0 - 9 * MIN);
  });

  it('an open chat whose messages show no time keeps the lower bound', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 - 3 * MIN })]), T0);
    d.see(
      observe([row('a', { active: true })], chat('a', [msg('customer', 'Hello?', null, 'm1')])),
      T0 + MIN,
    );
    expect([d.get('a').waitingSince, d.get('a').waitBasis]).toEqual([T0 - 3 * MIN, 'shown']);
  });

  it('a reply ends the wait and its basis', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 - 3 * MIN })]), T0);
    const { record } = operatorReplied(d.get('a'), T0 + MIN);
    expect(record.waitingSince).toBeNull();
    expect(record).not.toHaveProperty('waitBasis');
  });
});

describe('a row that ends in an internal note or a bot', () => {
  const noteRow = (extra: Partial<ObservedRow> = {}) =>
    row('a', { preview: 'Escalated to billing', previewAuthor: 'note', lastAt: T0 - 5 * MIN, ...extra });
  /** First seen in the list, then opened a minute later showing `messages`. */
  const seenThenOpened = (messages: ObservedMessage[]) => {
    const d = desk();
    d.see(observe([noteRow()]), T0);
    const { events } = d.see(observe([noteRow({ active: true })], chat('a', messages)), T0 + MIN);
    return { d, events };
  };

  it('may be waiting: a wait from the note, marked maybe, not yet a customer message', () => {
    const d = desk();
    const { events } = d.see(observe([noteRow()]), T0);
    expect([d.get('a').waitingSince, d.get('a').waitBasis]).toEqual([T0 - 5 * MIN, 'maybe']);
    expect(d.get('a').lastAuthor).toBe('note');
    expect(d.get('a').lastCustomerAt).toBeNull();
    expect(events).toEqual([]);
  });

  it('a bot’s last line too', () => {
    const d = desk();
    d.see(observe([noteRow({ previewAuthor: 'bot' })]), T0);
    expect(d.get('a').waitBasis).toBe('maybe');
  });

  it('opening the chat finds the customer unanswered: the wait is exact and now counted', () => {
    const { d, events } = seenThenOpened([
      msg('customer', 'Where is my refund?', T0 - 8 * MIN, 'm1'),
      msg('note', 'Escalated to billing', T0 - 5 * MIN, 'm2'),
    ]);
    expect(d.get('a').waitingSince).toBe(T0 - 8 * MIN);
    expect(d.get('a')).not.toHaveProperty('waitBasis');
    expect(events).toContainEqual({ type: 'customer-message', site: SITE, key: 'a', at: T0 - 8 * MIN });
  });

  it('opening the chat finds a human answered before the note: no wait, and no reply invented', () => {
    const { d, events } = seenThenOpened([
      msg('customer', 'Where is my refund?', T0 - 9 * MIN, 'm1'),
      msg('operator', 'It is on its way', T0 - 7 * MIN, 'm2'),
      msg('note', 'Promised a call back', T0 - 5 * MIN, 'm3'),
    ]);
    expect(d.get('a').waitingSince).toBeNull();
    expect(d.get('a')).not.toHaveProperty('waitBasis');
    expect(d.get('a').awaitingCustomerSince).toBe(T0 - 7 * MIN);
    expect(types(events)).not.toContain('reply');
    // Its first response happened before we saw it: a later reply is not a first response.
    d.see(observe([noteRow({ active: true, unread: 1 })]), T0 + 2 * MIN);
    const later = operatorReplied(d.get('a'), T0 + 3 * MIN);
    expect(later.events.every((event) => event.type !== 'reply' || event.firstResponseMs === null)).toBe(
      true,
    );
  });

  it('a note added to a chat already known answered changes nothing', () => {
    const d = desk();
    d.see(observe([row('a', { preview: 'Thanks', previewAuthor: 'operator', lastAt: T0 - 9 * MIN })]), T0);
    d.see(observe([noteRow({ lastAt: T0 + MIN })]), T0 + MIN);
    expect(d.get('a').waitingSince).toBeNull();
  });
});

describe("a desk's own wait column", () => {
  it('starts an exact wait where the desk says the customer began waiting, read or not', () => {
    const d = desk();
    const { events } = d.see(observe([row('a', { waitShownSince: T0 - 12 * MIN })]), T0);
    expect(d.get('a').waitingSince).toBe(T0 - 12 * MIN);
    expect(d.get('a')).not.toHaveProperty('waitBasis');
    expect(events).toEqual([{ type: 'customer-message', site: SITE, key: 'a', at: T0 - 12 * MIN }]);
  });

  it('makes a wait known only from a row time exact, and a maybe one certain', () => {
    const d = desk();
    d.see(
      observe([
        row('a', { unread: 1, lastAt: T0 - 3 * MIN }),
        row('b', { preview: 'Escalated', previewAuthor: 'note', lastAt: T0 - 2 * MIN }),
      ]),
      T0,
    );
    const { events } = d.see(
      observe([
        row('a', { unread: 1, lastAt: T0 - 3 * MIN, waitShownSince: T0 - 9 * MIN }),
        row('b', {
          preview: 'Escalated',
          previewAuthor: 'note',
          lastAt: T0 - 2 * MIN,
          waitShownSince: T0 - 8 * MIN,
        }),
      ]),
      T0 + SEC,
    );
    expect([d.get('a').waitingSince, d.get('b').waitingSince]).toEqual([T0 - 9 * MIN, T0 - 8 * MIN]);
    expect(d.get('a')).not.toHaveProperty('waitBasis');
    expect(d.get('b')).not.toHaveProperty('waitBasis');
    expect(events).toEqual([{ type: 'customer-message', site: SITE, key: 'b', at: T0 - 8 * MIN }]);
  });
});

describe("a ticket's status", () => {
  it('at first sight says who waits where no preview does, and beats a note', () => {
    const d = desk();
    const { events } = d.see(
      observe([
        row('open', { statusSays: 'customer', lastAt: T0 - 20 * MIN }),
        row('answered', { statusSays: 'operator', lastAt: T0 - 20 * MIN }),
        row('noted', {
          statusSays: 'customer',
          preview: 'Escalated',
          previewAuthor: 'note',
          lastAt: T0 - 5 * MIN,
        }),
      ]),
      T0,
    );
    expect([d.get('open').waitingSince, d.get('open').waitBasis]).toEqual([T0 - 20 * MIN, 'shown']);
    expect(d.get('answered').waitingSince).toBeNull();
    expect(d.get('answered').awaitingCustomerSince).toBe(T0 - 20 * MIN);
    expect([d.get('noted').waitingSince, d.get('noted').waitBasis]).toEqual([T0 - 5 * MIN, 'shown']);
    expect(types(events)).toEqual(['customer-message', 'customer-message']);
  });

  it('changing says a customer wrote, or a reply was sent', () => {
    const d = desk();
    d.see(observe([row('a', { statusSays: 'operator', lastAt: T0 - 20 * MIN })]), T0);
    d.see(observe([row('a', { statusSays: 'customer', lastAt: T0 + MIN })]), T0 + MIN);
    expect(d.get('a').waitingSince).toBe(T0 + MIN);
    const { events } = d.see(
      observe([row('a', { statusSays: 'operator', lastAt: T0 + 4 * MIN })]),
      T0 + 4 * MIN,
    );
    expect(d.get('a').waitingSince).toBeNull();
    expect(events).toContainEqual(expect.objectContaining({ type: 'reply', replyMs: 3 * MIN }));
  });

  it('a status that stays the same starts nothing after the wait was ended another way', () => {
    const d = desk();
    d.see(observe([row('a', { statusSays: 'customer', lastAt: T0 - 5 * MIN })]), T0);
    d.records.set('a', operatorReplied(d.get('a'), T0 + MIN).record);
    d.see(observe([row('a', { statusSays: 'customer', lastAt: T0 - 5 * MIN })]), T0 + 2 * MIN);
    expect(d.get('a').waitingSince).toBeNull();
  });
});

describe('a closed chat', () => {
  it('a rising unread count starts the customer clock now', () => {
    const d = desk();
    d.see(observe([row('a')]), T0);
    const { events } = d.see(observe([row('a', { unread: 1 })]), T0 + MIN);
    expect(d.get('a').waitingSince).toBe(T0 + MIN);
    expect(events).toEqual([{ type: 'customer-message', site: SITE, key: 'a', at: T0 + MIN }]);
  });

  it('another customer message keeps the older wait', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 })]), T0);
    d.see(observe([row('a', { unread: 3, preview: 'алло?', previewAuthor: 'customer' })]), T0 + 4 * MIN);
    expect(d.get('a').waitingSince).toBe(T0);
  });

  it('a new customer preview with the same unread count is a customer message', () => {
    const d = desk();
    d.see(observe([row('a', { preview: 'Спасибо!', previewAuthor: 'operator', lastAt: T0 - MIN })]), T0);
    const { events } = d.see(
      observe([row('a', { preview: 'А ещё вопрос', previewAuthor: 'customer' })]),
      T0 + MIN,
    );
    expect(d.get('a').waitingSince).toBe(T0 + MIN);
    expect(d.get('a').awaitingCustomerSince).toBeNull();
    expect(types(events)).toEqual(['customer-message']);
  });

  it('an operator reply stops the clock and reports the reply time and the first response time', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 - 2 * MIN })]), T0);
    const { events } = d.see(
      observe([row('a', { preview: 'Сейчас посмотрю', previewAuthor: 'operator' })]),
      T0 + 3 * MIN,
    );
    expect(events).toEqual([
      { type: 'reply', site: SITE, key: 'a', at: T0 + 3 * MIN, replyMs: 5 * MIN, firstResponseMs: 5 * MIN },
    ]);
    expect(d.get('a').waitingSince).toBeNull();
    expect(d.get('a').awaitingCustomerSince).toBe(T0 + 3 * MIN);
  });

  it('only the first reply carries a first response time', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 })]), T0);
    d.see(observe([row('a', { preview: 'Минуту', previewAuthor: 'operator' })]), T0 + MIN);
    d.see(observe([row('a', { unread: 1, preview: 'Жду', previewAuthor: 'customer' })]), T0 + 10 * MIN);
    const { events } = d.see(
      observe([row('a', { preview: 'Готово', previewAuthor: 'operator' })]),
      T0 + 12 * MIN,
    );
    expect(events).toEqual([
      { type: 'reply', site: SITE, key: 'a', at: T0 + 12 * MIN, replyMs: 2 * MIN, firstResponseMs: null },
    ]);
  });

  it('a note does not stop the customer clock', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 })]), T0);
    const { events } = d.see(
      observe([row('a', { preview: 'коллеге: глянь', previewAuthor: 'note' })]),
      T0 + MIN,
    );
    expect(d.get('a').waitingSince).toBe(T0);
    expect(events).toEqual([]);
  });

  it('a bot message does not stop the customer clock', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 })]), T0);
    const { events } = d.see(
      observe([row('a', { preview: 'Оператор скоро ответит', previewAuthor: 'bot' })]),
      T0 + MIN,
    );
    expect(d.get('a').waitingSince).toBe(T0);
    expect(types(events)).not.toContain('reply');
  });

  it('an operator message when nobody waits only starts waiting on the customer', () => {
    const d = desk();
    d.see(observe([row('a')]), T0);
    const { events } = d.see(
      observe([row('a', { preview: 'Как дела с заказом?', previewAuthor: 'operator' })]),
      T0 + MIN,
    );
    expect(events).toEqual([]);
    expect(d.get('a').awaitingCustomerSince).toBe(T0 + MIN);
  });

  // First response = first reply − first customer message; the first reply happened before we looked.
  it('a conversation first seen already answered reports no first response time later', () => {
    const d = desk();
    d.see(
      observe([row('a', { preview: 'Добрый день!', previewAuthor: 'operator', lastAt: T0 - 30 * MIN })]),
      T0,
    );
    d.see(observe([row('a', { unread: 1, preview: 'Ещё вопрос', previewAuthor: 'customer' })]), T0 + MIN);
    const { events } = d.see(
      observe([row('a', { preview: 'Отвечаю', previewAuthor: 'operator' })]),
      T0 + 3 * MIN,
    );
    expect(events).toEqual([
      { type: 'reply', site: SITE, key: 'a', at: T0 + 3 * MIN, replyMs: 2 * MIN, firstResponseMs: null },
    ]);
  });
});

describe('an open chat', () => {
  const open = (key: string, patch: Partial<ObservedRow> = {}) => row(key, { active: true, ...patch });

  it('history is not replayed the first time a chat is seen', () => {
    const d = desk();
    const history = [
      msg('customer', 'Привет', T0 - 30 * MIN, 'm1'),
      msg('operator', 'Здравствуйте!', T0 - 29 * MIN, 'm2'),
    ];
    const { events } = d.see(observe([open('a')], chat('a', history)), T0);
    expect(types(events)).toEqual(['opened']);
    expect(d.get('a').waitingSince).toBeNull();
    expect(d.get('a').awaitingCustomerSince).toBe(T0 - 29 * MIN);
  });

  it('a customer who spoke last waits since the first unanswered message', () => {
    const d = desk();
    const history = [
      msg('customer', 'Привет', T0 - 30 * MIN, 'm1'),
      msg('operator', 'Здравствуйте!', T0 - 29 * MIN, 'm2'),
      msg('customer', 'Где заказ?', T0 - 10 * MIN, 'm3'),
      msg('note', 'проверить склад', T0 - 9 * MIN, 'm4'),
      msg('customer', 'Алло', T0 - 5 * MIN, 'm5'),
    ];
    const { events } = d.see(observe([open('a')], chat('a', history)), T0);
    expect(d.get('a').waitingSince).toBe(T0 - 10 * MIN);
    expect(events).toContainEqual({ type: 'customer-message', site: SITE, key: 'a', at: T0 - 10 * MIN });
    expect(types(events).filter((type) => type === 'reply')).toEqual([]);
  });

  it('a new customer bubble starts the wait now', () => {
    const d = desk();
    const m1 = msg('operator', 'Чем помочь?', T0 - MIN, 'm1');
    d.see(observe([open('a')], chat('a', [m1])), T0);
    const { events } = d.see(
      observe([open('a')], chat('a', [m1, msg('customer', 'Заказ потерялся', T0 - 10 * MIN, 'm2')])),
      T0 + MIN,
    );
    expect(d.get('a').waitingSince).toBe(T0 + MIN);
    expect(events).toEqual([{ type: 'customer-message', site: SITE, key: 'a', at: T0 + MIN }]);
  });

  it('a new operator bubble is a reply', () => {
    const d = desk();
    const m1 = msg('customer', 'Заказ потерялся', T0 - 2 * MIN, 'm1');
    d.see(observe([open('a')], chat('a', [m1])), T0);
    const { events } = d.see(
      observe([open('a')], chat('a', [m1, msg('operator', 'Ищу', T0 + 2 * MIN, 'm2')])),
      T0 + 4 * MIN,
    );
    expect(events).toEqual([
      { type: 'reply', site: SITE, key: 'a', at: T0 + 4 * MIN, replyMs: 6 * MIN, firstResponseMs: 6 * MIN },
    ]);
    expect(d.get('a').waitingSince).toBeNull();
    expect(d.get('a').awaitingCustomerSince).toBe(T0 + 4 * MIN);
  });

  it('a note in the open chat does not stop the customer clock', () => {
    const d = desk();
    const m1 = msg('customer', 'Заказ потерялся', T0, 'm1');
    d.see(observe([open('a')], chat('a', [m1])), T0);
    const { events } = d.see(
      observe([open('a')], chat('a', [m1, msg('note', 'уточнить у склада', null, 'm2')])),
      T0 + MIN,
    );
    expect(d.get('a').waitingSince).toBe(T0);
    expect(events).toEqual([]);
  });

  it('a bot bubble in the open chat does not stop the customer clock', () => {
    const d = desk();
    const m1 = msg('customer', 'Заказ потерялся', T0, 'm1');
    d.see(observe([open('a')], chat('a', [m1])), T0);
    const { events } = d.see(
      observe([open('a')], chat('a', [m1, msg('bot', 'Ваш номер в очереди: 3', null, 'm2')])),
      T0 + MIN,
    );
    expect(d.get('a').waitingSince).toBe(T0);
    expect(events).toEqual([]);
  });

  it('bubbles without ids are recognised by author, time and text', () => {
    const d = desk();
    const m1 = msg('customer', 'Привет', T0 - MIN);
    const m2 = msg('operator', 'Здравствуйте', T0 - MIN);
    d.see(observe([open('a')], chat('a', [m1])), T0);
    const first = d.see(observe([open('a')], chat('a', [m1, m2])), T0 + MIN);
    expect(types(first.events)).toEqual(['reply']);
    const again = d.see(observe([open('a')], chat('a', [m1, m2])), T0 + 2 * MIN);
    expect(again.events).toEqual([]);
  });

  it('the open chat is found by its active row when the pane does not name it', () => {
    const d = desk();
    const { events } = d.see(
      observe([row('b'), open('a')], chat(null, [msg('customer', 'Привет', T0 - MIN)])),
      T0,
    );
    expect(d.get('a').waitingSince).toBe(T0 - MIN);
    expect(d.get('b').waitingSince).toBeNull();
    expect(types(events)).toEqual(['customer-message', 'opened']);
  });

  // A reply seen in the preview (another tab, a colleague) must not be counted again from the bubbles.
  it('reopening a chat does not count again a reply already seen in its preview', () => {
    const d = desk();
    const m1 = msg('operator', 'Чем помочь?', T0 - MIN, 'm1');
    d.see(
      observe([open('a', { preview: 'Чем помочь?', previewAuthor: 'operator' }), row('b')], chat('a', [m1])),
      T0,
    );
    // The operator switches to b; the customer of a writes, then gets an answer elsewhere.
    d.see(
      observe([row('a', { preview: 'Чем помочь?', previewAuthor: 'operator' }), open('b')], chat('b', [])),
      T0 + MIN,
    );
    d.see(
      observe([row('a', { unread: 1, preview: 'Где заказ?', previewAuthor: 'customer' }), open('b')]),
      T0 + 2 * MIN,
    );
    const answered = d.see(
      observe([row('a', { preview: 'Уже едет', previewAuthor: 'operator' }), open('b')]),
      T0 + 4 * MIN,
    );
    expect(types(answered.events)).toEqual(['reply']);
    const reopened = d.see(
      observe(
        [open('a'), row('b')],
        chat('a', [
          m1,
          msg('customer', 'Где заказ?', T0 + 2 * MIN, 'm2'),
          msg('operator', 'Уже едет', T0 + 4 * MIN, 'm3'),
        ]),
      ),
      T0 + 5 * MIN,
    );
    expect(types(reopened.events)).toEqual(['opened']);
  });

  // Bubbles with neither id nor time: "?" → "Секунду" → "?" must not hide the reply in between.
  it('a repeated text without id or time does not hide the reply before it', () => {
    const d = desk();
    const q = msg('customer', '?');
    const answer = msg('operator', 'Секунду');
    d.see(observe([open('a')], chat('a', [q])), T0);
    const { events } = d.see(observe([open('a')], chat('a', [q, answer, q])), T0 + 2 * MIN);
    expect(types(events)).toEqual(['reply', 'customer-message']);
    expect(d.get('a').waitingSince).toBe(T0 + 2 * MIN);
  });
});

describe('the same observation twice', () => {
  const waitingDesk = () =>
    observe(
      [
        row('a', {
          unread: 2,
          lastAt: T0 - MIN,
          preview: 'Нужен возврат',
          previewAuthor: 'customer',
          rowText: 'VIP Анна',
        }),
        row('b', { active: true }),
      ],
      chat('b', [msg('customer', 'Привет', T0 - MIN, 'm1')]),
    );

  it('changes nothing the second time (two tabs on one desk do not double count)', () => {
    const d = desk();
    const first = d.see(waitingDesk(), T0);
    expect(first.events.length).toBeGreaterThan(0);
    const second = d.see(waitingDesk(), T0 + 10 * SEC);
    expect(second).toEqual({ changed: [], events: [] });
  });

  it('refreshes lastSeenAt only once a minute has passed', () => {
    const d = desk();
    d.see(waitingDesk(), T0);
    expect(d.see(waitingDesk(), T0 + 59 * SEC).changed).toEqual([]);
    const later = d.see(waitingDesk(), T0 + 60 * SEC);
    expect(later.events).toEqual([]);
    expect(later.changed.map((record) => record.key).sort()).toEqual(['a', 'b']);
    expect(d.get('a').lastSeenAt).toBe(T0 + 60 * SEC);
    expect(d.get('a').waitingSince).toBe(T0 - MIN);
  });
});

describe('rows missing from an observation', () => {
  it('are left alone: a virtualised list is not a closed chat', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 }), row('b')]), T0);
    const before = d.get('a');
    const { changed, events } = d.see(observe([row('b'), row('c')]), T0 + 30 * SEC);
    expect(changed.map((record) => record.key)).toEqual(['c']);
    expect(events).toEqual([]);
    expect(d.get('a')).toBe(before);
  });

  // A pane without a key, its row virtualised away: the operator is still reading that chat.
  it('an open chat whose row scrolled out of the list is not treated as left', () => {
    const d = desk();
    const pane = chat(null, [msg('customer', 'Где заказ?', T0 - MIN, 'm1')]);
    d.see(observe([row('a', { active: true }), row('b')], pane), T0);
    const { changed } = d.see(observe([row('b'), row('c')], pane), T0 + 30 * SEC);
    expect(changed.map((record) => record.key)).toEqual(['c']);
    expect(d.get('a').leftUnanswered).toBe(false);
  });
});

describe('opening and leaving a chat', () => {
  it('opening a row emits opened once', () => {
    const d = desk();
    d.see(observe([row('a')]), T0);
    const opened = d.see(observe([row('a', { active: true })]), T0 + MIN);
    expect(opened.events).toEqual([{ type: 'opened', site: SITE, key: 'a', at: T0 + MIN }]);
    expect(d.get('a').active).toBe(true);
    expect(d.see(observe([row('a', { active: true })]), T0 + 2 * MIN).events).toEqual([]);
  });

  it('leaving a waiting chat without a reply marks it left unanswered', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 })]), T0);
    d.see(observe([row('a', { active: true })], chat('a', [msg('customer', 'Привет', T0, 'm1')])), T0 + MIN);
    const { events } = d.see(observe([row('a')]), T0 + 2 * MIN);
    expect(events).toEqual([]);
    expect(d.get('a')).toMatchObject({ active: false, leftUnanswered: true, waitingSince: T0 });
  });

  it('leaving a chat after replying is not left unanswered', () => {
    const d = desk();
    const m1 = msg('customer', 'Привет', T0, 'm1');
    d.see(observe([row('a', { active: true })], chat('a', [m1])), T0);
    d.see(
      observe([row('a', { active: true })], chat('a', [m1, msg('operator', 'Добрый день', T0, 'm2')])),
      T0 + MIN,
    );
    d.see(observe([row('a')]), T0 + 2 * MIN);
    expect(d.get('a').leftUnanswered).toBe(false);
  });

  it('leaving a chat nobody waited in is not left unanswered', () => {
    const d = desk();
    d.see(observe([row('a', { active: true })]), T0);
    d.see(observe([row('a')]), T0 + MIN);
    expect(d.get('a').leftUnanswered).toBe(false);
  });

  it('a reply after leaving clears left unanswered', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, lastAt: T0 })]), T0);
    d.see(observe([row('a', { active: true })]), T0 + MIN);
    d.see(observe([row('a')]), T0 + 2 * MIN);
    const { events } = d.see(
      observe([row('a', { preview: 'Готово', previewAuthor: 'operator' })]),
      T0 + 3 * MIN,
    );
    expect(types(events)).toEqual(['reply']);
    expect(d.get('a')).toMatchObject({ leftUnanswered: false, waitingSince: null });
  });
});

describe('priority keywords', () => {
  it('a customer asking for a refund makes the chat priority', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, preview: 'Хочу ВОЗВРАТ денег', previewAuthor: 'customer' })]), T0);
    expect(d.get('a').priority).toBe(true);
    expect(d.get('a').reasons).toContain('keyword:возврат');
  });

  it('matches stems, ignoring case, with ё read as е', () => {
    const d = desk({ keywords: ['жалоб', 'отмён'], vip: [] });
    d.see(observe([row('a', { unread: 1, preview: 'Это ЖАЛОБА', previewAuthor: 'customer' })]), T0);
    d.see(observe([row('b', { unread: 1, preview: 'Прошу отменить заказ', previewAuthor: 'customer' })]), T0);
    expect(d.get('a').reasons).toContain('keyword:жалоб');
    expect(d.get('b').priority).toBe(true);
  });

  it('stays priority after later messages without keywords', () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, preview: 'I want a refund', previewAuthor: 'customer' })]), T0);
    d.see(observe([row('a', { preview: 'Sure', previewAuthor: 'operator' })]), T0 + MIN);
    d.see(observe([row('a', { unread: 1, preview: 'Thanks', previewAuthor: 'customer' })]), T0 + 2 * MIN);
    expect(d.get('a').priority).toBe(true);
    expect(d.get('a').reasons).toContain('keyword:refund');
  });

  it('keywords in the open chat count from the customer only', () => {
    const d = desk();
    const m1 = msg('customer', 'Добрый день', T0, 'm1');
    d.see(observe([row('a', { active: true })], chat('a', [m1])), T0);
    const m2 = msg('operator', 'Оформить возврат?', T0, 'm2');
    d.see(observe([row('a', { active: true })], chat('a', [m1, m2])), T0 + MIN);
    expect(d.get('a').priority).toBe(false);
    const m3 = msg('customer', 'Да, оформите возврат', T0, 'm3');
    d.see(observe([row('a', { active: true })], chat('a', [m1, m2, m3])), T0 + 2 * MIN);
    expect(d.get('a').priority).toBe(true);
  });

  it('an operator preview with a keyword does not make the chat priority', () => {
    const d = desk();
    d.see(observe([row('a', { preview: 'Возврат оформлен', previewAuthor: 'operator' })]), T0);
    expect(d.get('a').priority).toBe(false);
    expect(d.get('a').reasons).toEqual([]);
  });

  it('a note with a keyword does not make the chat priority', () => {
    const d = desk();
    d.see(observe([row('a', { preview: 'клиент грозит жалобой', previewAuthor: 'note' })]), T0);
    expect(d.get('a').priority).toBe(false);
  });
});

describe('VIP customers', () => {
  it("the desk's VIP marker makes the chat VIP", () => {
    const d = desk();
    d.see(observe([row('a', { vipMarker: true })]), T0);
    expect(d.get('a').vip).toBe(true);
    expect(d.get('a').reasons).toContain('marker');
  });

  it('a VIP list entry equal to the customer name makes the chat VIP', () => {
    const d = desk({ keywords: [], vip: ['Алёна Петрова'] });
    d.see(observe([row('a', { name: 'алена петрова' }), row('b', { name: 'Алёна Петровская' })]), T0);
    expect(d.get('a').vip).toBe(true);
    expect(d.get('b').vip).toBe(false);
  });

  it('a VIP word on the row makes the chat VIP, but not inside another word', () => {
    const d = desk();
    d.see(
      observe([
        row('a', { name: 'Анна', rowText: 'Анна VIP 12:30' }),
        row('b', { name: 'Vipul', rowText: 'Vipul 12:30 Hello' }),
      ]),
      T0,
    );
    expect(d.get('a').vip).toBe(true);
    expect(d.get('b').vip).toBe(false);
  });

  it('VIP and priority reasons are kept together', () => {
    const d = desk();
    d.see(
      observe([
        row('a', { vipMarker: true, unread: 1, preview: 'Где мой возврат?', previewAuthor: 'customer' }),
      ]),
      T0,
    );
    expect(d.get('a')).toMatchObject({ vip: true, priority: true });
    expect(d.get('a').reasons).toEqual(expect.arrayContaining(['marker', 'keyword:возврат']));
  });
});

describe('operatorReplied (a reply seen from the operator’s own Send)', () => {
  /** A customer who wrote at T0 in a chat seen for the first time then. */
  const waiting = () => {
    const d = desk();
    d.see(observe([row('a', { unread: 1, preview: 'hello', previewAuthor: 'customer' })]), T0);
    return d;
  };

  it('ends the wait with its reply time and the first response time', () => {
    const d = waiting();
    const { record, events } = operatorReplied(d.get('a'), T0 + 4 * MIN);
    expect(record).toMatchObject({
      waitingSince: null,
      firstResponseAt: T0 + 4 * MIN,
      lastOperatorAt: T0 + 4 * MIN,
      awaitingCustomerSince: T0 + 4 * MIN,
      lastAuthor: 'operator',
      openedWhileWaiting: false,
      leftUnanswered: false,
    });
    expect(events).toEqual<TrackerEvent[]>([
      { type: 'reply', site: SITE, key: 'a', at: T0 + 4 * MIN, replyMs: 4 * MIN, firstResponseMs: 4 * MIN },
    ]);
    // Pure: the record passed in is left as it was.
    expect(d.get('a').waitingSince).toBe(T0);
  });

  it('a later reply has a reply time but no first response', () => {
    const d = waiting();
    d.records.set('a', operatorReplied(d.get('a'), T0 + 2 * MIN).record);
    d.see(
      observe([row('a', { unread: 1, preview: 'one more thing', previewAuthor: 'customer' })]),
      T0 + 10 * MIN,
    );
    const { events } = operatorReplied(d.get('a'), T0 + 13 * MIN);
    expect(events).toEqual([
      { type: 'reply', site: SITE, key: 'a', at: T0 + 13 * MIN, replyMs: 3 * MIN, firstResponseMs: null },
    ]);
  });

  it('records no event when nobody waited', () => {
    const d = waiting();
    const answered = operatorReplied(d.get('a'), T0 + MIN).record;
    const again = operatorReplied(answered, T0 + 2 * MIN);
    expect(again.events).toEqual([]);
    expect(again.record).toMatchObject({
      waitingSince: null,
      firstResponseAt: T0 + MIN,
      lastOperatorAt: T0 + 2 * MIN,
    });
  });

  it('a customer message after the reply starts a new wait', () => {
    const d = waiting();
    d.records.set('a', operatorReplied(d.get('a'), T0 + MIN).record);
    const { events } = d.see(
      observe([row('a', { unread: 1, preview: 'thanks, but…', previewAuthor: 'customer' })]),
      T0 + 5 * MIN,
    );
    expect(d.get('a')).toMatchObject({ waitingSince: T0 + 5 * MIN, awaitingCustomerSince: null });
    expect(events.map((event) => event.type)).toEqual(['customer-message']);
  });

  it('is what an operator bubble does inside an observation', () => {
    const viaBubble = desk();
    const open = (messages: ObservedMessage[]) => observe([row('a', { active: true })], chat('a', messages));
    viaBubble.see(open([msg('customer', 'hi', null, 'm1')]), T0);
    const before = viaBubble.get('a');
    const { events } = viaBubble.see(
      open([msg('customer', 'hi', null, 'm1'), msg('operator', 'hello!', null, 'm2')]),
      T0 + 3 * MIN,
    );
    const direct = operatorReplied(before, T0 + 3 * MIN);
    expect(events).toEqual(direct.events);
    // The bubble also moves the chat's read position and the seen/updated stamps.
    const clockOf = (record: ConversationRecord) => ({
      ...record,
      lastMessageSig: null,
      lastSeenAt: 0,
      updatedAt: 0,
    });
    expect(clockOf(viaBubble.get('a'))).toEqual(clockOf(direct.record));
  });
});
