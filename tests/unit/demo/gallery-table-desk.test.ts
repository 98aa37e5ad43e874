import { describe, expect, it } from 'vitest';
import type { GalleryConversation, GalleryMessage } from '../../../demo/gallery/shared/gallery-types.ts';
import { escapeHtml } from '../../../demo/gallery/table-desk/escape-html.ts';
import { renderRows } from '../../../demo/gallery/table-desk/render-rows.ts';
import { TABLE_STRINGS } from '../../../demo/gallery/table-desk/table-strings.ts';
import { formatActivity, formatMessageTime } from '../../../demo/gallery/table-desk/table-time.ts';

// Local wall-clock instants, so the test reads the same in any time zone.
const at = (month: number, day: number, hour = 0, minute = 0, second = 0) =>
  new Date(2026, month - 1, day, hour, minute, second).getTime();

describe('table desk: times', () => {
  it('prints the clock today and the day before midnight as a date', () => {
    const now = at(12, 5, 0, 0, 30);
    expect(formatActivity(at(12, 5, 0, 0), now)).toBe('00:00');
    expect(formatActivity(at(12, 4, 23, 59, 59), now)).toBe('04.12');
    expect(formatActivity(at(11, 28, 9, 7), at(12, 5, 14))).toBe('28.11');
    expect(formatMessageTime(at(12, 5, 14, 5), at(12, 5, 23, 59, 59))).toBe('14:05');
    expect(formatMessageTime(at(12, 4, 14, 5), at(12, 5, 9))).toBe('04.12 14:05');
  });
});

describe('table desk: list rows', () => {
  const message = (author: GalleryMessage['author'], text: string, minute: number): GalleryMessage => ({
    id: `m-${minute}`,
    author,
    text,
    at: at(12, 5, 10, minute),
  });
  const conversation = (
    id: string,
    unread: number,
    messages: GalleryMessage[],
    vip = false,
  ): GalleryConversation => ({
    id,
    name: vip ? 'Amelia <Hayes> (Harbor & Pine)' : 'Анна Петрова',
    lang: 'ru',
    vip,
    messages,
    unread,
  });

  it('escapes what it prints', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;',
    );
  });

  it('keys rows by their link only, bolds unread names and prefixes the operator', () => {
    const html = renderRows(
      [
        conversation('4101', 0, [message('customer', 'Hi', 1), message('operator', 'Hello!', 2)]),
        conversation('4102', 2, [message('customer', 'Where is my order?', 3)], true),
      ],
      null,
      TABLE_STRINGS.en,
      at(12, 5, 12),
    );
    expect(html).not.toMatch(/\sid=|data-/);
    // Newest activity first.
    expect(html.indexOf('#/conversations/4102')).toBeLessThan(html.indexOf('#/conversations/4101'));
    expect(html).toContain(
      '<a href="#/conversations/4102"><b>Amelia &lt;Hayes&gt; (Harbor &amp; Pine)</b></a>',
    );
    expect(html).toContain('<a href="#/conversations/4101">Анна Петрова</a>');
    expect(html).toContain('You: Hello!');
    expect(html).toContain('VIP');
    expect(html.match(/alt="unread"/g)).toHaveLength(1);
  });
});
