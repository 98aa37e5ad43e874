// The gallery's shared React hooks: the sim's conversations and open id, and a ticking now.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GallerySim } from '../../../demo/gallery/shared/gallery-sim.ts';
import { useConversations, useOpenId } from '../../../demo/gallery/shared/use-gallery-sim.ts';
import { useNow } from '../../../demo/gallery/shared/use-now.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('gallery shared hooks', () => {
  it('re-renders with the conversations and the open id on every change the sim reports', () => {
    const sim = new GallerySim({ seed: 7, now: Date.UTC(2026, 2, 3, 9, 0) });
    const { result } = renderHook(() => ({ list: useConversations(sim), openId: useOpenId(sim) }));
    expect(result.current.list).toBe(sim.conversations());
    expect(result.current.openId).toBeNull();
    const first = result.current.list[0]!.id;
    act(() => sim.open(first));
    expect(result.current.openId).toBe(first);
    act(() => {
      sim.startConversation({ name: 'Noah Webb', lang: 'en', text: 'Hi' }, Date.now());
    });
    expect(result.current.list).toBe(sim.conversations());
    expect(result.current.list.at(-1)!.name).toBe('Noah Webb');
  });

  it('ticks now every interval and stops when unmounted', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 2, 3, 9, 0));
    const start = Date.now();
    const { result, unmount } = renderHook(() => useNow(20_000));
    expect(result.current).toBe(start);
    act(() => vi.advanceTimersByTime(19_999));
    expect(result.current).toBe(start);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(start + 20_000);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
