import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProfileHealth } from '../../../lib/adapters/profile-health';

afterEach(() => void vi.useRealTimers());

function setup() {
  vi.useFakeTimers();
  const changes: boolean[] = [];
  const health = createProfileHealth(
    {
      setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    },
    (lost) => changes.push(lost),
    15_000,
  );
  return { health, changes };
}

describe('profile health', () => {
  it('reports a profile that lost its rows for 15 s, and recovers when they come back', () => {
    const { health, changes } = setup();
    health.seen(12);
    health.seen(0);
    vi.advanceTimersByTime(14_000);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([true]);
    health.seen(3);
    expect(changes).toEqual([true, false]);
  });

  it('ignores a list that is empty only while the desk re-renders', () => {
    const { health, changes } = setup();
    health.seen(5);
    health.seen(0);
    vi.advanceTimersByTime(500);
    health.seen(5);
    vi.advanceTimersByTime(60_000);
    expect(changes).toEqual([]);
  });

  it('reports a profile that never finds a row', () => {
    const { health, changes } = setup();
    health.seen(0);
    vi.advanceTimersByTime(15_000);
    expect(changes).toEqual([true]);
  });
});
