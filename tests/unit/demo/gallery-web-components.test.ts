// The web components console's pure bits: the inbox's one-line previews.
import { describe, expect, it } from 'vitest';
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
