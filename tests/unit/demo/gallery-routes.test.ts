import { describe, expect, it } from 'vitest';
import { dayLabel } from '../../../demo/gallery/routes/clock-time.ts';
import { conversationHref, parseRoute } from '../../../demo/gallery/routes/route.ts';
import { STRINGS } from '../../../demo/gallery/routes/strings.ts';

const BASE = '/gallery/routes/';

describe('routes console: routes', () => {
  it('reads the list and a conversation under the base path', () => {
    expect(parseRoute('/gallery/routes/inbox', BASE)).toEqual({ name: 'inbox', id: null });
    expect(parseRoute('/gallery/routes/inbox/', BASE)).toEqual({ name: 'inbox', id: null });
    expect(parseRoute('/gallery/routes/inbox/4101', BASE)).toEqual({ name: 'inbox', id: '4101' });
  });

  it('calls everything else unknown (the router sends it to the list)', () => {
    expect(parseRoute('/gallery/routes/', BASE)).toEqual({ name: 'unknown' });
    expect(parseRoute('/gallery/routes', BASE)).toEqual({ name: 'unknown' });
    expect(parseRoute('/gallery/routes/inbox/abc', BASE)).toEqual({ name: 'unknown' });
    expect(parseRoute('/gallery/routes/inbox/4101/extra', BASE)).toEqual({ name: 'unknown' });
    expect(parseRoute('/elsewhere/inbox/4101', BASE)).toEqual({ name: 'unknown' });
  });

  it('links rows relative to the base', () => {
    expect(conversationHref('4101')).toBe('inbox/4101');
    expect(new URL(conversationHref('4101'), `http://x${BASE}`).pathname).toBe('/gallery/routes/inbox/4101');
  });
});

describe('routes console: times', () => {
  const now = new Date(2026, 2, 14, 12, 0).getTime();

  it('names the day between messages', () => {
    expect(dayLabel(new Date(2026, 2, 14, 0, 1).getTime(), now, STRINGS.ru)).toBe('Сегодня');
    expect(dayLabel(new Date(2026, 2, 13, 23, 59).getTime(), now, STRINGS.en)).toBe('Yesterday');
    expect(dayLabel(new Date(2026, 2, 11, 8, 0).getTime(), now, STRINGS.ru)).toBe('11.03.2026');
  });
});
