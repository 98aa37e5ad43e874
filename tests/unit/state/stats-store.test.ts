import { describe, expect, it, vi } from 'vitest';
import { computeMetrics } from '../../../lib/domain/stats/metrics';
import type { StatsOverview, StatsQuery } from '../../../lib/domain/stats/types';
import { resolveRange } from '../../../lib/state/stats-range';
import { createStatsStore } from '../../../lib/state/stats-store';

// Local calendar instants (the page works in the browser's own zone).
const now = new Date(2026, 2, 12, 15, 30).getTime();
const local = (day: number) => new Date(2026, 2, day).getTime();

const overviewFor = (query: StatsQuery): StatsOverview => ({
  metrics: computeMetrics([], query),
  operator: 'op-7f3a',
  retentionDays: 90,
  oldestAt: null,
});

describe('stats page ranges', () => {
  it('covers whole local days: today, the last 7 and 30, and custom dates inclusive', () => {
    const custom = { from: '2026-03-01', to: '2026-03-03' };
    expect(resolveRange('today', custom, now)).toEqual({ ok: true, from: local(12), to: local(13) });
    expect(resolveRange('week', custom, now)).toEqual({ ok: true, from: local(6), to: local(13) });
    expect(resolveRange('month', custom, now)).toEqual({
      ok: true,
      from: new Date(2026, 1, 11).getTime(),
      to: local(13),
    });
    expect(resolveRange('custom', custom, now)).toEqual({ ok: true, from: local(1), to: local(4) });
  });

  it('refuses an empty or reversed custom range', () => {
    expect(resolveRange('custom', { from: '', to: '2026-03-03' }, now)).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(resolveRange('custom', { from: '2026-03-05', to: '2026-03-03' }, now)).toEqual({
      ok: false,
      problem: 'reversed',
    });
  });
});

describe('stats store', () => {
  it('asks the background for the chosen range and filters, with the browser’s time zone', async () => {
    const getStats = vi.fn(async (query: StatsQuery) => overviewFor(query));
    const store = createStatsStore({ getStats, now: () => now });
    await store.getState().setFilters({ preset: 'today', site: 'https://desk.example.com', priority: 'vip' });
    expect(getStats).toHaveBeenLastCalledWith({
      from: local(12),
      to: local(13),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      site: 'https://desk.example.com',
      priority: 'vip',
    });
    expect(store.getState().overview?.metrics.perDay.length).toBeGreaterThan(0);
    expect(store.getState().loading).toBe(false);
  });

  it('keeps the newest answer when an older, slower one arrives later', async () => {
    const pending: Array<(overview: StatsOverview) => void> = [];
    const store = createStatsStore({
      getStats: (query) => new Promise((resolve) => pending.push(() => resolve(overviewFor(query)))),
      now: () => now,
    });
    const slow = store.getState().setFilters({ preset: 'month' });
    const fast = store.getState().setFilters({ preset: 'today' });
    pending[1]!(undefined as never);
    await fast;
    pending[0]!(undefined as never);
    await slow;
    expect(store.getState().query?.from).toBe(local(12));
  });

  it('does not ask for a reversed range and says what is wrong', async () => {
    const getStats = vi.fn(async (query: StatsQuery) => overviewFor(query));
    const store = createStatsStore({ getStats, now: () => now });
    await store.getState().setFilters({ preset: 'custom', custom: { from: '2026-03-09', to: '2026-03-01' } });
    expect(getStats).not.toHaveBeenCalled();
    expect(store.getState().rangeProblem).toBe('reversed');
  });

  it('shows why the background could not count', async () => {
    const store = createStatsStore({
      getStats: async () => Promise.reject(new Error('database closed')),
      now: () => now,
    });
    await store.getState().load();
    expect(store.getState().error).toBe('database closed');
  });
});
