import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WaitBadge } from '../../components/overlay/wait-badge';
import type { ClockItem } from '../../lib/domain/clock-display';
import { renderIn } from './render-with-locale';

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

describe('wait badge', () => {
  it('shows a wait seen as it began as a plain clock', () => {
    renderIn('en', <WaitBadge badge={item()} x={10} y={10} side="after" />);
    const badge = screen.getByTestId('nz-badge');
    expect(badge.textContent).toBe('12:05');
    expect(badge.dataset.atLeast).toBeUndefined();
    expect(badge.title).not.toMatch(/at least/);
  });

  it('marks a wait started from the time a row shows as "at least", and says why', () => {
    renderIn('ru', <WaitBadge badge={item({ atLeast: 'shown' })} x={10} y={10} side="after" />);
    const badge = screen.getByTestId('nz-badge');
    expect(badge.textContent).toBe('≥\u200912:05');
    expect(badge.dataset.atLeast).toBe('shown');
    expect(badge.title).toContain('не меньше: в списке видно только время последнего сообщения');
    expect(badge.querySelector('.nz-badge__seen')).toBeNull();
  });

  it('marks a wait counted from first sight with an eye and its own reason', () => {
    renderIn('en', <WaitBadge badge={item({ atLeast: 'seen' })} x={10} y={10} side="after" />);
    const badge = screen.getByTestId('nz-badge');
    expect(badge.textContent).toBe('≥\u200912:05');
    expect(badge.querySelector('.nz-badge__seen')).not.toBeNull();
    expect(badge.title).toContain('counted from when Nezabudka first saw the conversation');
  });

  it('marks a wait that may not be one (the row ended in a note) with a question mark and says why', () => {
    renderIn('ru', <WaitBadge badge={item({ atLeast: 'maybe' })} x={10} y={10} side="after" />);
    const badge = screen.getByTestId('nz-badge');
    expect(badge.textContent).toBe('≥\u200912:05?');
    expect(badge.dataset.atLeast).toBe('maybe');
    expect(badge.title).toContain('возможно, уже не ждёт');
  });
});
