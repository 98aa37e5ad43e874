import { afterEach, describe, expect, it } from 'vitest';
import { createBadgeLayer } from '../../../entrypoints/helpdesk.content/badge-layer';
import type { ClockItem } from '../../../lib/domain/clock-display';
import { createFirstStageTranslator } from '../../../lib/i18n/first-stage-messages';
import type { Locale } from '../../../lib/domain/locale';

const item = (patch: Partial<ClockItem> = {}): ClockItem => ({
  site: 'https://desk.test',
  key: 'a',
  name: 'Анна',
  state: 'warn',
  waitSec: 12 * 60 + 5,
  level: 'normal',
  reasons: [],
  followUpDue: false,
  ...patch,
});

const at = { x: 10, y: 20, side: 'after' } as const;

function layerIn(locale: Locale) {
  const parent = document.createElement('div');
  document.body.append(parent);
  const layer = createBadgeLayer(parent, { t: createFirstStageTranslator(locale), locale });
  const badge = (key = 'a') =>
    parent.querySelector<HTMLElement>(`[data-testid="nz-badge"][data-conversation="${key}"]`);
  return { layer, badge, parent };
}

afterEach(() => document.body.replaceChildren());

describe('wait badges drawn by the first stage', () => {
  it('shows a wait seen as it began as a plain clock, with who waits and how long in words', () => {
    const { layer, badge } = layerIn('en');
    layer.draw([item()], { a: at });
    expect(badge()!.textContent).toBe('12:05');
    expect(badge()!.dataset.atLeast).toBeUndefined();
    expect(badge()!.dataset.state).toBe('warn');
    // Past the first minute the sentence moves by whole minutes: it is not rewritten every tick.
    expect(badge()!.title).toBe('Анна: target is near, waiting 12 minutes');
    expect(badge()!.getAttribute('aria-label')).toBe(badge()!.title);
  });

  it('marks a wait started from the time a row shows as "at least", and says why', () => {
    const { layer, badge } = layerIn('ru');
    layer.draw([item({ atLeast: 'shown' })], { a: at });
    expect(badge()!.textContent).toBe('≥\u200912:05');
    expect(badge()!.dataset.atLeast).toBe('shown');
    expect(badge()!.title).toContain('не меньше: в списке видно только время последнего сообщения');
    expect(badge()!.querySelector('.nz-badge__seen')).toBeNull();
  });

  it('marks a wait counted from first sight with an eye and its own reason', () => {
    const { layer, badge } = layerIn('en');
    layer.draw([item({ atLeast: 'seen' })], { a: at });
    expect(badge()!.textContent).toBe('≥\u200912:05');
    expect(badge()!.querySelector('.nz-badge__seen')).not.toBeNull();
    expect(badge()!.title).toContain('counted from when Nezabudka first saw the conversation');
  });

  it('marks a wait that may not be one (the row ended in a note) with a question mark and says why', () => {
    const { layer, badge } = layerIn('ru');
    layer.draw([item({ atLeast: 'maybe' })], { a: at });
    expect(badge()!.textContent).toBe('≥\u200912:05?');
    expect(badge()!.title).toContain('возможно, уже не ждёт');
  });

  it('marks a VIP with a star and a priority with an exclamation mark, and says why', () => {
    const { layer, badge } = layerIn('en');
    layer.draw([item({ level: 'vip', reasons: ['vip:Анна'] }), item({ key: 'b', level: 'priority' })], {
      a: at,
      b: at,
    });
    expect(badge('a')!.textContent).toBe('★12:05');
    expect(badge('a')!.title).toContain('VIP list: Анна');
    expect(badge('b')!.textContent).toBe('!12:05');
  });

  it('ticks: the time, state and place follow the clock, and one badge stays one element', () => {
    const { layer, badge } = layerIn('en');
    layer.draw([item({ state: 'ok', waitSec: 59 })], { a: at });
    const first = badge();
    layer.draw([item({ state: 'breach', waitSec: 11 * 60 })], { a: { x: 40, y: 50, side: 'before' } });
    expect(badge()).toBe(first);
    expect(badge()!.textContent).toBe('11:00');
    expect(badge()!.className).toBe('nz-badge nz-badge--breach nz-badge--normal');
    expect(badge()!.style.transform).toBe('translate(40px, 50px) translate(-100%, -50%)');
  });

  it('shows only rows on screen: a row scrolled away or answered loses its badge', () => {
    const { layer, badge } = layerIn('en');
    layer.draw([item(), item({ key: 'b' })], { a: at, b: at });
    layer.draw([item(), item({ key: 'b' })], { a: at, b: null });
    expect(badge('a')).not.toBeNull();
    expect(badge('b')).toBeNull();
    layer.draw([], { a: at });
    expect(badge('a')).toBeNull();
  });

  it('says a follow-up without a time, and rewords every badge when the operator switches language', () => {
    const { layer, badge } = layerIn('en');
    layer.draw([item({ state: 'idle', waitSec: 40 * 60 })], { a: at });
    expect(badge()!.querySelector('.nz-badge__time')).toBeNull();
    expect(badge()!.title).toContain('no answer from the customer');
    layer.setLanguage(createFirstStageTranslator('ru'), 'ru');
    layer.draw([item({ state: 'idle', waitSec: 40 * 60 })], { a: at });
    expect(badge()!.title).toContain('клиент молчит');
  });
});
