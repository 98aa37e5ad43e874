import { createStore } from 'zustand/vanilla';
import type { StatsOverview, StatsQuery } from '../domain/stats/types';
import type { PriorityLevel } from '../domain/thresholds';
import {
  defaultCustomDays,
  resolveRange,
  browserTimeZone,
  type CustomDays,
  type RangePreset,
} from './stats-range';

export interface StatsApi {
  getStats(query: StatsQuery): Promise<StatsOverview>;
  /** The clock; a parameter so tests use fixed instants. */
  now(): number;
}

export interface StatsFilters {
  preset: RangePreset;
  custom: CustomDays;
  site: string | null;
  priority: PriorityLevel | null;
}

export interface StatsState extends StatsFilters {
  overview: StatsOverview | null;
  /** The query the shown overview answers (for exports of the same range). */
  query: StatsQuery | null;
  loading: boolean;
  error: string | null;
  rangeProblem: 'invalid' | 'reversed' | null;
  setFilters(patch: Partial<StatsFilters>): Promise<void>;
  load(): Promise<void>;
}

/** Builds the background's query from the page's filters, or says what is wrong with them. */
export function queryFor(filters: StatsFilters, now: number): StatsQuery | 'invalid' | 'reversed' {
  const range = resolveRange(filters.preset, filters.custom, now);
  if (!range.ok) return range.problem;
  return {
    from: range.from,
    to: range.to,
    timeZone: browserTimeZone(),
    ...(filters.site ? { site: filters.site } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
  };
}

/**
 * The stats page's own statistics: the chosen range and filters, and the
 * figures the background computed for them. Only the newest request's answer
 * is shown, so a slow count for an old range never overwrites a newer one.
 */
export function createStatsStore(api: StatsApi) {
  let latest = 0;
  return createStore<StatsState>()((set, get) => ({
    preset: 'week',
    custom: defaultCustomDays(api.now()),
    site: null,
    priority: null,
    overview: null,
    query: null,
    loading: false,
    error: null,
    rangeProblem: null,
    async setFilters(patch) {
      set(patch);
      await get().load();
    },
    async load() {
      const query = queryFor(get(), api.now());
      if (typeof query === 'string') {
        set({ rangeProblem: query, loading: false });
        return;
      }
      const ticket = ++latest;
      set({ rangeProblem: null, loading: true });
      try {
        const overview = await api.getStats(query);
        if (ticket === latest) set({ overview, query, loading: false, error: null });
      } catch (error) {
        if (ticket === latest)
          set({ loading: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
  }));
}

export type StatsStore = ReturnType<typeof createStatsStore>;
