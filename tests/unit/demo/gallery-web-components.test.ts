// The web components console's pure bits: HH:mm times, day separators, the
// inbox order and its one-line previews.
import { describe, expect, it } from 'vitest';
import { dayLabel, formatClock } from '../../../demo/gallery/web-components/clock.ts';
import { previewOf } from '../../../demo/gallery/web-components/inbox-order.ts';
import type { GalleryConversation, GalleryMessage } from '../../../demo/gallery/shared/gallery-types.ts';

// Local instants, so the tests hold in any time zone.
const at = (day: number, hour: number, minute: number) => new Date(2026, 2, day, hour, minute).getTime();
const NOW = at(3, 9, 0);
const LABELS = {
  you: 'You',
  noteLabel: 'Internal note',
  bot: 'Chatbot',
  today: 'Today',
  yesterday: 'Yesterday',
};

const message = (author: GalleryMessage['author'], text: string, when: number): GalleryMessage => ({
  id: `m-${when}`,
  author,
  text,
  at: when,
});
const conversation = (id: string, messages: GalleryMessage[], extra: Partial<GalleryConversation> = {}) =>
  ({ id, name: 'Anna Smith', lang: 'en', vip: false, unread: 0, messages, ...extra }) as GalleryConversation;

describe('web components console: times', () => {
  it('shows HH:mm in 24 hours with leading zeros', () => {
    expect(formatClock(at(3, 7, 5))).toBe('07:05');
    expect(formatClock(at(3, 23, 59))).toBe('23:59');
    expect(formatClock(at(3, 0, 0))).toBe('00:00');
  });

  it('labels thread days as Today, Yesterday, or a date', () => {
    expect(dayLabel(at(3, 0, 1), NOW, LABELS, 'en')).toBe('Today');
    expect(dayLabel(at(2, 23, 59), NOW, LABELS, 'en')).toBe('Yesterday');
    expect(dayLabel(at(1, 12, 0), NOW, LABELS, 'en')).toMatch(/1/);
    expect(dayLabel(at(1, 12, 0), NOW, LABELS, 'en')).not.toBe('Yesterday');
  });
});

describe('web components console: inbox', () => {
  it('previews the last message on one line, marking who wrote it unless the customer did', () => {
    expect(previewOf(conversation('1', [message('customer', 'Hi\nthere', NOW)]), LABELS)).toBe('Hi there');
    expect(previewOf(conversation('1', [message('operator', 'Done', NOW)]), LABELS)).toBe('You: Done');
    expect(previewOf(conversation('1', [message('note', 'Check', NOW)]), LABELS)).toBe(
      'Internal note: Check',
    );
    expect(previewOf(conversation('1', []), LABELS)).toBe('');
  });
});
