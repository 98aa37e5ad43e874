import type { KvRepository } from '../db/kv-repository';
import type { Settings } from '../domain/settings';
import type { ClockPushes } from './clock-pushes';
import type { ClockStore } from './clock-store';
import type { FocusService } from './focus-service';

export interface ClockLifetimeDeps {
  kv: KvRepository;
  getSettings: () => Promise<Settings>;
  store: ClockStore;
  focus: FocusService;
  pushes: ClockPushes;
  /** The clock service's queue. */
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  now(): number;
}

/** When the clocks were last aged; a start-up within a day of it skips ageing (it reads every clock). */
const AGED_AT_KEY = 'clocksAgedAt';
const AGE_EVERY_MS = 24 * 3600_000;

/**
 * How long what the clocks know of customers lives: the daily retention run, a
 * site switched off, everything cleared. The site's tabs hear at once.
 */
export function createClockLifetime(deps: ClockLifetimeDeps) {
  const { store, focus, pushes, serial } = deps;
  return {
    /**
     * Customer data's lifetime (daily, and at start-up when a day has passed since
     * the last time): clocks unseen past the retention period are deleted, names no
     * clock needs any more are dropped. Null when skipped as not due.
     */
    age: ({ onlyIfDue = false }: { onlyIfDue?: boolean } = {}) =>
      serial(async () => {
        const now = deps.now();
        const agedAt = await deps.kv.get<number>(AGED_AT_KEY);
        if (onlyIfDue && typeof agedAt === 'number' && now - agedAt >= 0 && now - agedAt < AGE_EVERY_MS)
          return null;
        const { remove, renamed } = await store.age(now, (await deps.getSettings()).retentionDays);
        await deps.kv.set(AGED_AT_KEY, now);
        for (const site of new Set([...remove, ...renamed].map((record) => record.site)))
          await pushes.refresh(site, now);
        return { removed: remove.length, renamed: renamed.length };
      }),

    /** The operator disabled a site: its clocks (names, waits) go with it. */
    forgetSite: (site: string) =>
      serial(async () => {
        const removed = await store.forgetSite(site);
        await pushes.replace(site, []);
        return removed;
      }),

    /** The operator cleared everything: every clock and the last focus summary (it names customers). */
    forgetAll: () =>
      serial(async () => {
        const open = store.siteNames();
        // Statistics not yet written are cleared with the rest.
        const removed = await store.clear();
        await focus.forget();
        for (const site of open) await pushes.replace(site, []);
        focus.announce();
        return removed;
      }),
  };
}
