// The gallery's shared helpers, used by several consoles alike.
import { describe, expect, it } from 'vitest';
import { byLastActivity, lastActivity } from '../../../demo/gallery/shared/by-last-activity.ts';
import { initialsOf } from '../../../demo/gallery/shared/initials.ts';
import {
  dayKey,
  dayLabel,
  daysAgo,
  formatClock,
  startOfDay,
} from '../../../demo/gallery/shared/clock-format.ts';
import { escapeHtml } from '../../../demo/gallery/shared/escape-html.ts';
import { previewOf } from '../../../demo/gallery/shared/preview-line.ts';
import { conversation, message } from './gallery-builders.ts';

// Local instants, so the tests hold in any time zone.
const at = (day: number, hour: number, minute: number) => new Date(2026, 2, day, hour, minute).getTime();

describe('gallery shared: last-activity order', () => {
  it('takes the newest message as the last activity, 0 without messages', () => {
    expect(
      lastActivity(conversation('1', [message('customer', 'a', 10), message('operator', 'b', 30)])),
    ).toBe(30);
    expect(lastActivity(conversation('1', []))).toBe(0);
  });

  it('orders by the last message, newest first, newer id on a tie', () => {
    const list = [
      conversation('4101', [message('customer', 'a', at(3, 8, 0))]),
      conversation('4102', [message('customer', 'b', at(3, 8, 30))]),
      conversation('4103', [message('customer', 'c', at(3, 8, 0))]),
      conversation('4104', []),
    ];
    expect(byLastActivity(list).map((c) => c.id)).toEqual(['4102', '4103', '4101', '4104']);
  });

  it('does not reorder the list it is given', () => {
    const list = [
      conversation('1', [message('customer', 'a', 10)]),
      conversation('2', [message('customer', 'b', 30)]),
    ];
    byLastActivity(list);
    expect(list.map((c) => c.id)).toEqual(['1', '2']);
  });
});

describe('gallery shared: initials', () => {
  it('takes up to two initials, upper-cased, without the VIP company', () => {
    expect(initialsOf('Amelia Hayes (Harbor & Pine)')).toBe('AH');
    expect(initialsOf('Анна Смирнова (Ладога-Трейд)')).toBe('АС');
    expect(initialsOf('Виктор Васильев')).toBe('ВВ');
    expect(initialsOf('noah webb')).toBe('NW');
    expect(initialsOf('  Mary   Ann  Lee ')).toBe('MA');
    expect(initialsOf('Cher')).toBe('C');
    expect(initialsOf('')).toBe('');
  });
});

describe('gallery shared: clock times', () => {
  const NOW = at(3, 9, 0);
  const LABELS = { today: 'Today', yesterday: 'Yesterday' };

  it('shows HH:mm in 24 hours with leading zeros, in local time', () => {
    expect(formatClock(at(3, 7, 5))).toBe('07:05');
    expect(formatClock(at(3, 9, 7))).toBe('09:07');
    expect(formatClock(at(3, 23, 59))).toBe('23:59');
    expect(formatClock(at(3, 0, 0))).toBe('00:00');
  });

  it('finds local midnight and counts whole days back', () => {
    expect(startOfDay(at(3, 23, 59))).toBe(at(3, 0, 0));
    expect(daysAgo(at(3, 0, 1), NOW)).toBe(0);
    expect(daysAgo(at(2, 23, 59), NOW)).toBe(1);
    expect(daysAgo(at(1, 12, 0), NOW)).toBe(2);
  });

  it('keys local calendar days', () => {
    expect(dayKey(at(3, 0, 0))).toBe('2026-03-03');
    expect(dayKey(at(3, 23, 59))).toBe(dayKey(at(3, 0, 0)));
    expect(dayKey(at(2, 23, 59))).not.toBe(dayKey(at(3, 0, 0)));
  });

  it('labels thread days as Today, Yesterday, or a date', () => {
    expect(dayLabel(at(3, 0, 1), NOW, LABELS, 'en')).toBe('Today');
    expect(dayLabel(at(2, 23, 59), NOW, LABELS, 'en')).toBe('Yesterday');
    expect(dayLabel(at(1, 12, 0), NOW, LABELS, 'en')).toMatch(/1/);
    expect(dayLabel(at(1, 12, 0), NOW, LABELS, 'en')).not.toBe('Yesterday');
  });
});

describe('gallery shared: previews', () => {
  const LABELS = { you: 'You', note: 'Internal note', bot: 'Chatbot' };

  it('previews the last message on one line, marking who wrote it unless the customer did', () => {
    const NOW = at(3, 9, 0);
    expect(previewOf(conversation('1', [message('customer', 'Hi\nthere', NOW)]), LABELS)).toBe('Hi there');
    expect(previewOf(conversation('1', [message('operator', 'Done', NOW)]), LABELS)).toBe('You: Done');
    expect(previewOf(conversation('1', [message('note', 'Check', NOW)]), LABELS)).toBe(
      'Internal note: Check',
    );
    expect(previewOf(conversation('1', [message('bot', 'Hi', NOW)]), LABELS)).toBe('Chatbot: Hi');
    expect(previewOf(conversation('1', []), LABELS)).toBe('');
  });
});

describe('gallery shared: HTML escaping', () => {
  it('escapes what customers write as numeric references', () => {
    expect(escapeHtml(`<b class="x">'&'</b>`)).toBe(
      '&#60;b class=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/b&#62;',
    );
    expect(escapeHtml('plain')).toBe('plain');
  });
});
