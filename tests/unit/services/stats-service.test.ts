import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { createEventRepository } from '../../../lib/db/event-repository';
import { createKvRepository } from '../../../lib/db/kv-repository';
import { createSettingsRepository } from '../../../lib/db/settings-repository';
import { CSV_BOM } from '../../../lib/domain/csv';
import { parseStatsFile } from '../../../lib/domain/stats/parse-stats-file';
import type { StatsEvent } from '../../../lib/domain/stats/types';
import { createSettingsService } from '../../../lib/services/settings-service';
import { createStatsService } from '../../../lib/services/stats-service';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 10, 12, 0);
const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

function setup() {
  const name = `nz-stats-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const db = createDatabase(name);
  let now = T0;
  let random = 0;
  const settings = createSettingsService(createSettingsRepository(db), () => undefined);
  const service = createStatsService({
    events: createEventRepository(db),
    kv: createKvRepository(db),
    settings,
    now: () => now,
    randomHex: (bytes) => (++random).toString(16).padStart(bytes * 2, '0'),
  });
  const add = (events: Omit<StatsEvent, 'operator' | 'site'>[]) =>
    db.events.bulkAdd(
      events.map((event) => ({ operator: 'op-0001', site: 'https://desk.example', ...event })),
    );
  return { db, service, settings, add, setNow: (at: number) => (now = at) };
}

const waitOf = (
  conversation: string,
  start: number,
  replyMs: number,
): Omit<StatsEvent, 'operator' | 'site'>[] => [
  { at: start, type: 'customer-message', conversation, priority: 'normal' },
  { at: start + replyMs, type: 'reply', conversation, priority: 'normal', replyMs },
];

describe('stats service', () => {
  it('gives a fresh install a random operator alias once, and keeps one the operator typed', async () => {
    const t = setup();
    const [first, second] = await Promise.all([t.service.operator(), t.service.operator()]);
    expect(first).toBe('op-0001');
    expect(second).toBe('op-0001');
    expect((await t.settings.get()).operatorId).toBe('op-0001');
    await t.settings.update({ operatorId: 'Anna' });
    expect(await t.service.operator()).toBe('Anna');
  });

  it('computes the metrics of the asked range only', async () => {
    const t = setup();
    await t.add([...waitOf('a', T0, 60_000), ...waitOf('b', T0 - 2 * DAY, 120_000)]);
    const overview = await t.service.getStats({ from: T0 - DAY, to: T0 + DAY, timeZone: 'UTC' });
    expect(overview.metrics.reply).toMatchObject({ count: 1, median: 60_000 });
    expect(overview.retentionDays).toBe(90);
    expect(overview.oldestAt).toBe(T0 - 2 * DAY);
  });

  it('refuses a malformed query with a message naming the problem', async () => {
    const t = setup();
    await expect(t.service.getStats({ from: 10, to: 5, timeZone: 'UTC' })).rejects.toThrow(
      /range must end after/,
    );
    await expect(
      t.service.getStats({ from: 0, to: 5, timeZone: 'UTC', priority: 'urgent' as never }),
    ).rejects.toThrow(/priority/);
    await expect(t.service.getStats({ from: 0, to: 5, timeZone: 'Mars/Olympus' })).rejects.toThrow(
      /timeZone.*not a known time zone/,
    );
  });

  it('exports JSON that reads back, with the alias in place of the operator id everywhere', async () => {
    const t = setup();
    await t.add(waitOf('a', T0, 60_000));
    const result = await t.service.exportStats({
      from: T0 - DAY,
      to: T0 + DAY,
      format: 'json',
      alias: 'Team A #3',
      timeZone: 'Europe/Moscow',
    });
    expect(result.fileName).toBe('nezabudka-stats_Team-A-3_2026-03-09_2026-03-11.json');
    expect(result.events).toBe(2);
    expect(result.text).not.toContain('op-0001');
    const parsed = parseStatsFile(result.text, T0);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.operator).toBe('Team A #3');
    expect(parsed.file.events.map((e) => [e.type, e.operator, e.conversation])).toEqual([
      ['customer-message', 'Team A #3', 'a'],
      ['reply', 'Team A #3', 'a'],
    ]);
    // Two exports of one installation share a source: their events are the same events.
    const again = parseStatsFile(
      (await t.service.exportStats({ from: T0 - 7 * DAY, to: T0 + DAY, format: 'json' })).text,
      T0,
    );
    expect(again.ok && again.file.source).toBe(parsed.file.source);
    expect(again.ok && again.file.operator).toBe('op-0001');
  });

  it('exports CSV for a spreadsheet: BOM, one row per event, filtered by site', async () => {
    const t = setup();
    await t.add(waitOf('a', T0, 60_000));
    await t.db.events.add({
      at: T0,
      type: 'reply',
      site: 'https://other.example',
      operator: 'op-0001',
      conversation: 'z',
      replyMs: 5,
    });
    const csv = await t.service.exportStats({
      from: T0 - DAY,
      to: T0 + DAY,
      format: 'csv',
      site: 'https://desk.example',
    });
    expect(csv.mimeType).toBe('text/csv');
    expect(csv.text.startsWith(CSV_BOM)).toBe(true);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(3);
    expect(csv.text).not.toContain('other.example');
  });

  it('purges events older than the retention setting and keeps the rest', async () => {
    const t = setup();
    await t.settings.update({ retentionDays: 30 });
    await t.add([...waitOf('old', T0 - 31 * DAY, 1000), ...waitOf('new', T0 - 29 * DAY, 1000)]);
    expect(await t.service.purge()).toBe(2);
    expect((await t.db.events.toArray()).map((e) => e.conversation)).toEqual(['new', 'new']);
  });

  it('clears everything on request', async () => {
    const t = setup();
    await t.add(waitOf('a', T0, 1000));
    expect(await t.service.clear()).toEqual({ deleted: 2 });
    expect(await t.db.events.count()).toBe(0);
  });
});
