import type { NezabudkaDatabase } from '../../lib/db/database';
import { createEventRepository } from '../../lib/db/event-repository';
import type { Observation, ObservedRow } from '../../lib/domain/observation';
import { defaultSettings } from '../../lib/domain/settings';
import { benchClockService } from './bench-clock-service';

// A month of one operator's work, lived through the real clock service so every
// record and event is what the extension itself would have stored: 30 working
// days of 300 conversations, 09:00–19:00, one scan of the console every 4 minutes.

export const DAY_MS = 86_400_000;
export const BENCH_SITE = 'https://desk.example';
export const DAYS = 30;
export const PER_DAY = 300;
const STEP_MS = 4 * 60_000;
const PER_STEP = 2;
/** The console's list: the day's newest conversations. */
const SHOWN = 40;

/** Scans after a conversation arrives until its reply shows: most at once, one in ten late, one in a hundred never. */
function replyAfterSteps(n: number): number | null {
  if (n % 100 === 42) return null;
  return n % 10 === 9 ? 4 : 1;
}

/** The first scan (of its day) that shows conversation `n`, from `end`'s point of view. */
function arrivalStep(n: number): { day: number; step: number } {
  return { day: Math.floor(n / PER_DAY), step: Math.floor((n % PER_DAY) / PER_STEP) };
}

const stepAt = (end: number, day: number, step: number) => end - (DAYS - day) * DAY_MS + step * STEP_MS;

/** Conversation `n`'s row as the console shows it in the scan at (`day`, `step`). */
export function consoleRow(n: number, end: number, day: number, step: number): ObservedRow {
  const arrival = arrivalStep(n);
  const arrivedAt = stepAt(end, arrival.day, arrival.step) - (n % PER_STEP) * 60_000;
  const after = replyAfterSteps(n);
  const replied =
    after !== null && (day > arrival.day || (day === arrival.day && step >= arrival.step + after));
  const keyword = defaultSettings.priorityKeywords[n % defaultSettings.priorityKeywords.length];
  const name = `Customer ${n}`;
  const preview = replied
    ? `Answered, order ${n}`
    : n % 8 === 0
      ? `${keyword}: order ${n}`
      : `Hello, order ${n}`;
  return {
    key: `c-${n}`,
    name,
    unread: replied ? 0 : 1,
    unreadKnown: true,
    preview,
    previewAuthor: replied ? 'operator' : 'customer',
    lastAt: replied ? stepAt(end, arrival.day, arrival.step + after) : arrivedAt,
    vipMarker: n % 50 === 0,
    rowText: `${name} ${preview}`,
    active: false,
  };
}

export const consoleScan = (rows: ObservedRow[]): Observation => ({
  site: BENCH_SITE,
  profileId: 'bench',
  rows,
  open: 'none',
  chat: null,
  composerFound: true,
});

export interface MonthDatabase {
  conversations: number;
  events: number;
  /** Records still holding a customer's name (the rest were aged). */
  named: number;
  buildMs: number;
}

/**
 * Fills `db` with the month ending at `end` (the last scan was the evening
 * before): every scan observed, the daily retention run at each day's start
 * and once more at `end` (a waking background ages its clocks first).
 */
export async function buildMonthDatabase(db: NezabudkaDatabase, end: number): Promise<MonthDatabase> {
  const started = performance.now();
  const clock = benchClockService(db, end - DAYS * DAY_MS);
  const events = createEventRepository(db);
  const retention = async () => {
    await clock.service.age();
    await events.deleteBefore(clock.now() - defaultSettings.retentionDays * DAY_MS);
  };
  for (let day = 0; day < DAYS; day += 1) {
    clock.set(stepAt(end, day, 0));
    await retention();
    for (let step = 0; step < PER_DAY / PER_STEP; step += 1) {
      clock.set(stepAt(end, day, step));
      const newest = day * PER_DAY + (step + 1) * PER_STEP - 1;
      const rows: ObservedRow[] = [];
      for (let n = newest; n > newest - SHOWN && n >= day * PER_DAY; n -= 1)
        rows.push(consoleRow(n, end, day, step));
      await clock.service.observe(consoleScan(rows), 1);
    }
  }
  clock.set(end);
  await retention();
  await clock.service.idle();
  const conversations = await db.conversations.toArray();
  return {
    conversations: conversations.length,
    events: await db.events.count(),
    named: conversations.filter((record) => record.name !== null).length,
    buildMs: performance.now() - started,
  };
}
