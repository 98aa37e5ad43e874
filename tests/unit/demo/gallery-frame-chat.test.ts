// The frame chat console's pure bits: HH:mm times, list rows as the top page
// draws them, and the frame's bubbles by side with day lines.
import { describe, expect, it } from 'vitest';
import { chatRowHtml } from '../../../demo/gallery/frame-chat/chat-list.ts';
import { stringsFor } from '../../../demo/gallery/frame-chat/strings.ts';
import { messagesHtml } from '../../../demo/gallery/frame-chat/thread-render.ts';
import type { GalleryConversation, GalleryMessage } from '../../../demo/gallery/shared/gallery-types.ts';

const at = (day: number, hour: number, minute: number) => new Date(2026, 2, day, hour, minute).getTime();
const NOW = at(3, 9, 0);
const RU = stringsFor('ru');

const message = (author: GalleryMessage['author'], text: string, when: number): GalleryMessage => ({
  id: `m-${when}`,
  author,
  text,
  at: when,
});
const conversation = (id: string, messages: GalleryMessage[], extra: Partial<GalleryConversation> = {}) =>
  ({
    id,
    name: 'Ирина Петрова',
    lang: 'ru',
    vip: false,
    unread: 0,
    messages,
    ...extra,
  }) as GalleryConversation;

describe('frame chat console: list', () => {
  it('draws a row keyed by data-chat with name, HH:mm time, preview and the unread count', () => {
    const html = chatRowHtml(
      conversation('4101', [message('customer', 'Где <заказ>?', at(3, 8, 5))], { unread: 2, vip: true }),
      false,
      RU,
    );
    expect(html).toContain('data-chat="4101"');
    expect(html).toContain('class="chat unread"');
    expect(html).toContain('<span class="name">Ирина Петрова</span>');
    expect(html).toContain('<span class="time">08:05</span>');
    expect(html).toContain('Где &#60;заказ&#62;?');
    expect(html).toMatch(/<span class="count"[^>]*>2<\/span>/);
    expect(html).toContain('★');
  });

  it('marks the open row selected and draws no count when all is read', () => {
    const html = chatRowHtml(conversation('4102', [message('operator', 'Готово', at(3, 8, 0))]), true, RU);
    expect(html).toContain('class="chat selected"');
    expect(html).not.toContain('class="count"');
    expect(html).toContain('<span class="preview">Вы: Готово</span>');
  });

  it('marks a note as such in the preview', () => {
    const html = chatRowHtml(conversation('4103', [message('note', 'Проверить', NOW)]), false, RU);
    expect(html).toContain('<span class="preview">Заметка: Проверить</span>');
  });
});

describe('frame chat console: thread', () => {
  it('draws bubbles by side, notes apart, and a day line where the date changes', () => {
    const html = messagesHtml(
      conversation('4101', [
        message('customer', 'Здравствуйте', at(2, 22, 10)),
        message('operator', 'Добрый вечер', at(2, 22, 12)),
        message('note', 'Проверить оплату', at(3, 8, 0)),
      ]),
      RU,
      'ru',
      NOW,
    );
    expect(html.match(/class="day"/g)).toHaveLength(2);
    expect(html).toContain('<span>Вчера</span>');
    expect(html).toContain('<span>Сегодня</span>');
    expect(html).toContain(
      '<div class="msg msg-client"><div class="msg-bubble"><div class="msg-text">Здравствуйте</div><div class="msg-time">22:10</div>',
    );
    expect(html).toContain('msg msg-agent');
    expect(html).toContain('<div class="msg-label">Заметка</div>');
  });
});
