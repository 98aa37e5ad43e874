import { createStore } from 'zustand/vanilla';
import type { Overview } from '../messaging/protocol';

export interface OverviewApi {
  get(): Promise<Overview>;
}

export interface OverviewState {
  overview: Overview | null;
  error: string | null;
  now: number;
  load(): Promise<void>;
  tick(now: number): void;
  dismissSummary(): void;
}

/** The popup's picture of every helpdesk: clocks, focus and the last focus summary. */
export function createOverviewStore(api: OverviewApi, now: number) {
  return createStore<OverviewState>()((set) => ({
    overview: null,
    error: null,
    now,
    async load() {
      try {
        set({ overview: await api.get(), error: null });
      } catch (error) {
        set({ error: error instanceof Error ? error.message : String(error) });
      }
    },
    tick: (next) => set({ now: next }),
    dismissSummary: () =>
      set((state) => (state.overview ? { overview: { ...state.overview, lastFocusSummary: null } } : {})),
  }));
}
