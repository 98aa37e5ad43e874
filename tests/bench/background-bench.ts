import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { createDatabase } from '../../lib/db/database';
import { clockItems } from '../../lib/domain/clock-display';
import type { ObservedRow } from '../../lib/domain/observation';
import { benchClockService } from './bench-clock-service';
import {
  buildMonthDatabase,
  consoleRow,
  consoleScan,
  DAYS,
  PER_DAY,
  type MonthDatabase,
} from './month-database';

// The background with a month-old database next to an empty one, in Node on
// fake-indexeddb (the statistics figures' setting): the same scans, ticks and
// popup overviews against each, taken in turns in one run, so a pause of the
// machine or of the garbage collector falls on both alike.

const ROWS = 200;
const RUNS = 100;
/** Untimed first runs: the JIT and the salt's first use are not what a busy day costs. */
const WARM_UP = 20;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => sorted(values)[Math.floor(values.length * 0.95)]!;

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/**
 * A background waking at `end` over the database `name`, through a fresh
 * connection: its first tick (which opens the database and loads every clock)
 * is timed, then it has seen the console's 200 newest rows once.
 */
async function wake(name: string, end: number) {
  const db = createDatabase(name);
  const clock = benchClockService(db, end);
  const wakeMs = await timed(() => clock.service.tick());
  const newest = DAYS * PER_DAY - 1;
  const rows = Array.from({ length: ROWS }, (_, i) => consoleRow(newest - i, end, DAYS, 0));
  await clock.service.observe(consoleScan(rows), 1);
  const times = {
    observe: [] as number[],
    tick: [] as number[],
    overview: [] as number[],
    popupTick: [] as number[],
  };
  return {
    wakeMs,
    times,
    close: () => db.close(),
    /** One customer writes (even runs) and is answered (odd ones): a clock and its statistics written. */
    async observe(run: number) {
      clock.advance(1000);
      const writes = run % 2 === 0;
      const changed: ObservedRow = {
        ...rows[7]!,
        unread: writes ? 1 : 0,
        preview: writes ? `One more thing (${run})` : `Answered (${run})`,
        previewAuthor: writes ? 'customer' : 'operator',
        lastAt: clock.now(),
      };
      const ms = await timed(() => clock.service.observe(consoleScan(rows.with(7, changed)), 1));
      if (run >= 0) times.observe.push(ms);
    },
    async tick() {
      clock.advance(1000);
      times.tick.push(await timed(() => clock.service.tick()));
    },
    /** The popup's overview as the popup receives it (a copy), and the popup's own tick over it. */
    async overview() {
      const start = performance.now();
      const overview = structuredClone(await clock.service.overview());
      times.overview.push(performance.now() - start);
      times.popupTick.push(
        await timed(async () => {
          for (const site of overview.sites)
            clockItems(site.records, site.thresholds, site.followUpSec, clock.now());
        }),
      );
    },
  };
}

export async function benchBackground(log: (message: string) => void) {
  // Node has no IndexedDB: the in-memory one the unit tests use.
  Object.assign(Dexie.dependencies, { indexedDB, IDBKeyRange });
  const end = Date.UTC(2026, 10, 25, 6, 0, 0);
  const names = { empty: 'nz-bench-empty', month: 'nz-bench-month' };
  try {
    const fresh = createDatabase(names.empty);
    await fresh.open();
    fresh.close();
    const filling = createDatabase(names.month);
    const month = await buildMonthDatabase(filling, end);
    filling.close();
    log(`month-old database built (${month.conversations} clocks, ${month.events} events)`);
    const backgrounds = { empty: await wake(names.empty, end), month: await wake(names.month, end) };
    const both = Object.values(backgrounds);
    try {
      for (let run = -WARM_UP; run < RUNS; run += 1) for (const b of both) await b.observe(run);
      for (let run = 0; run < RUNS; run += 1) for (const b of both) await b.tick();
      for (let run = 0; run < RUNS; run += 1) for (const b of both) await b.overview();
    } finally {
      for (const b of both) b.close();
    }
    log('background with an empty and a month-old database done');
    return figures(month, backgrounds);
  } finally {
    await Promise.all(Object.values(names).map((name) => Dexie.delete(name)));
  }
}

function figures(
  month: MonthDatabase,
  backgrounds: Record<'empty' | 'month', Awaited<ReturnType<typeof wake>>>,
): Record<string, number> {
  const results: Record<string, number> = {
    month_db_conversations: month.conversations,
    month_db_named: month.named,
    month_db_events: month.events,
    month_db_build_s: round(month.buildMs / 1000, 1),
  };
  for (const [label, { wakeMs, times }] of Object.entries(backgrounds)) {
    results[`background_wake_${label}_db_ms`] = round(wakeMs, 1);
    results[`background_observe_${ROWS}_${label}_db_median_ms`] = round(median(times.observe));
    results[`background_observe_${ROWS}_${label}_db_p95_ms`] = round(p95(times.observe));
    results[`background_tick_${label}_db_median_ms`] = round(median(times.tick));
    results[`popup_overview_${label}_db_median_ms`] = round(median(times.overview));
    results[`popup_tick_${label}_db_median_ms`] = round(median(times.popupTick));
  }
  return results;
}
