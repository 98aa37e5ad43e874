import { describe, expect, it } from 'vitest';
import { dayLabel, sortByActivity, unreadLabel } from '../../../demo/gallery/listbox-utility/inbox-format.ts';
import type { GalleryConversation } from '../../../demo/gallery/shared/gallery-types.ts';

// Local instants, so the test holds in any time zone.
const at = (day: number, hours: number, minutes: number) => new Date(2025, 2, day, hours, minutes).getTime();

const conversation = (id: string, times: number[]): GalleryConversation => ({
  id,
  name: `Customer ${id}`,
  lang: 'en',
  vip: false,
  unread: 0,
  messages: times.map((time, index) => ({
    id: `m-${id}-${index}`,
    author: 'customer',
    text: 'hi',
    at: time,
  })),
});

describe('listbox-utility inbox formatting', () => {
  it('says the unread count in words for screen readers, with Russian plurals', () => {
    expect(unreadLabel(1, 'en')).toBe('1 unread message');
    expect(unreadLabel(2, 'en')).toBe('2 unread messages');
    expect(unreadLabel(1, 'ru')).toBe('1 непрочитанное сообщение');
    expect(unreadLabel(2, 'ru')).toBe('2 непрочитанных сообщения');
    expect(unreadLabel(5, 'ru')).toBe('5 непрочитанных сообщений');
    expect(unreadLabel(11, 'ru')).toBe('11 непрочитанных сообщений');
    expect(unreadLabel(21, 'ru')).toBe('21 непрочитанное сообщение');
  });

  it('labels days as Today, Yesterday or a date', () => {
    const now = at(5, 10, 0);
    expect(dayLabel(at(5, 0, 1), now, 'en')).toBe('Today');
    expect(dayLabel(at(4, 23, 59), now, 'ru')).toBe('Вчера');
    expect(dayLabel(at(2, 12, 0), now, 'en')).toBe('2 Mar');
  });

  it('sorts by last activity, newest first, ties in creation order', () => {
    const list = [
      conversation('1', [at(3, 9, 0)]),
      conversation('2', [at(3, 8, 0), at(3, 10, 0)]),
      conversation('3', [at(3, 9, 0)]),
      conversation('4', []),
    ];
    expect(sortByActivity(list).map((item) => item.id)).toEqual(['2', '1', '3', '4']);
  });
});
