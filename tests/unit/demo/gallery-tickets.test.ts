import { describe, expect, it } from 'vitest';
import type { GalleryConversation, GalleryMessage } from '../../../demo/gallery/shared/gallery-types.ts';
import { byLastUpdate, ticketStatus, ticketSubject } from '../../../demo/gallery/tickets/ticket-fields.ts';
import { formatCardTime, formatLastUpdate } from '../../../demo/gallery/tickets/ticket-time.ts';

// Local wall-clock instants, so the test reads the same in any time zone.
const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(year, month - 1, day, hour, minute, second).getTime();

describe('tickets: last update', () => {
  const now = at(2026, 12, 5, 14, 30);

  it('shows the clock today, "yesterday" the day before, a date further back', () => {
    expect(formatLastUpdate(at(2026, 12, 5, 14, 5), now, 'ru')).toBe('14:05');
    expect(formatLastUpdate(at(2026, 12, 4, 18, 40), now, 'ru')).toBe('вчера, 18:40');
    expect(formatLastUpdate(at(2026, 12, 4, 18, 40), now, 'en')).toBe('Yesterday, 18:40');
    expect(formatLastUpdate(at(2026, 12, 3, 14, 5), now, 'ru')).toBe('03.12.2026');
    expect(formatLastUpdate(at(2026, 12, 3, 14, 5), now, 'en')).toBe('3 Dec');
    expect(formatLastUpdate(at(2025, 12, 3, 14, 5), now, 'en')).toBe('03.12.2025');
  });

  it('turns over exactly at midnight', () => {
    const justAfter = at(2026, 12, 5, 0, 0, 30);
    expect(formatLastUpdate(at(2026, 12, 5, 0, 0), justAfter, 'en')).toBe('00:00');
    expect(formatLastUpdate(at(2026, 12, 4, 23, 59, 59), justAfter, 'en')).toBe('Yesterday, 23:59');
    expect(formatLastUpdate(at(2026, 12, 4, 0, 0), justAfter, 'ru')).toBe('вчера, 00:00');
    expect(formatLastUpdate(at(2026, 12, 3, 23, 59, 59), justAfter, 'ru')).toBe('03.12.2026');
    const justBefore = at(2026, 12, 5, 23, 59, 59);
    expect(formatLastUpdate(at(2026, 12, 5, 0, 0), justBefore, 'ru')).toBe('00:00');
    expect(formatLastUpdate(at(2026, 12, 4, 23, 59), justBefore, 'ru')).toBe('вчера, 23:59');
  });

  it('knows yesterday across a new year', () => {
    const newYear = at(2027, 1, 1, 0, 5);
    expect(formatLastUpdate(at(2026, 12, 31, 22, 15), newYear, 'en')).toBe('Yesterday, 22:15');
    expect(formatLastUpdate(at(2026, 12, 30, 22, 15), newYear, 'en')).toBe('30.12.2026');
  });

  it('stamps cards with the full date and time', () => {
    expect(formatCardTime(at(2026, 12, 3, 14, 5))).toBe('03.12.2026 14:05');
  });
});

describe('tickets: row fields', () => {
  let count = 0;
  const message = (author: GalleryMessage['author'], text: string, minute: number): GalleryMessage => ({
    id: `m-${++count}`,
    author,
    text,
    at: at(2026, 12, 5, 10, minute),
  });
  const ticket = (id: string, messages: GalleryMessage[]): GalleryConversation => ({
    id,
    name: 'Anna',
    lang: 'en',
    vip: false,
    messages,
    unread: 0,
  });

  it('takes the subject from the first customer message, truncated', () => {
    const long = 'My card keeps getting declined at checkout and I have tried three different cards already';
    expect(ticketSubject(ticket('1', [message('bot', 'Hi!', 0), message('customer', long, 1)]))).toMatch(
      /^My card keeps getting declined.*…$/,
    );
    expect(ticketSubject(ticket('1', [message('customer', 'Hello', 1)]))).toBe('Hello');
  });

  it('is open before any reply, awaiting after one, answered when the agent spoke last (notes do not count)', () => {
    expect(ticketStatus(ticket('1', [message('customer', 'a', 1)]))).toBe('open');
    expect(ticketStatus(ticket('1', [message('customer', 'a', 1), message('note', 'n', 2)]))).toBe('open');
    expect(
      ticketStatus(
        ticket('1', [message('customer', 'a', 1), message('operator', 'b', 2), message('customer', 'c', 3)]),
      ),
    ).toBe('awaiting');
    expect(ticketStatus(ticket('1', [message('customer', 'a', 1), message('operator', 'b', 2)]))).toBe(
      'answered',
    );
  });

  it('sorts by last update, newest first', () => {
    const older = ticket('1', [message('customer', 'a', 5)]);
    const newer = ticket('2', [message('customer', 'a', 1), message('operator', 'b', 9)]);
    expect(byLastUpdate([older, newer]).map((t) => t.id)).toEqual(['2', '1']);
  });
});
