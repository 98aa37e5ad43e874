import { describe, expect, it } from 'vitest';
import { statsJson, statsCsv } from '../../../../lib/domain/stats/export-file';
import { computeMetrics } from '../../../../lib/domain/stats/metrics';
import { computeTeamMetrics, createEventDeduper, loadTeamFiles } from '../../../../lib/domain/stats/team';
import type { StatsExportFile } from '../../../../lib/domain/stats/types';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 10, 9, 0);
/** When the team lead reads the files: a day after the exports. */
const NOW = T0 + 2 * 86_400_000;

/** An operator's export: `waits` customer waits answered after the given minutes. */
function exportOf(operator: string, source: string, replies: number[], firstId = 1): StatsExportFile {
  const events: StatsExportFile['events'] = [];
  let id = firstId;
  replies.forEach((minutes, i) => {
    const start = T0 + i * 60 * MIN;
    const conversation = `${source}-c${i}`;
    events.push({ id: id++, at: start, type: 'customer-message', site: 's', operator, conversation });
    if (minutes > 10)
      events.push({
        id: id++,
        at: start + 10 * MIN,
        type: 'breach',
        site: 's',
        operator,
        conversation,
        waitMs: 10 * MIN,
      });
    events.push({
      id: id++,
      at: start + minutes * MIN,
      type: 'reply',
      site: 's',
      operator,
      conversation,
      replyMs: minutes * MIN,
    });
  });
  return {
    kind: 'nezabudka-stats',
    version: 1,
    exportedAt: T0 + 86_400_000,
    source,
    operator,
    range: { from: T0, to: T0 + 86_400_000 },
    events,
  };
}

const anna = exportOf('anna', 'src-a', [2, 4, 12]);
const boris = exportOf('boris', 'src-b', [1, 30]);
const query = { timeZone: 'UTC' };

describe('team merge', () => {
  it('gives per-operator figures and team totals', () => {
    const data = loadTeamFiles(
      [
        { name: 'anna.json', text: statsJson(anna) },
        { name: 'boris.csv', text: statsCsv(boris.source, boris.events) },
      ],
      NOW,
    );
    const team = computeTeamMetrics(data, query);
    expect(
      team.operators.map((o) => [
        o.operator,
        o.metrics.reply.count,
        o.metrics.reply.median,
        o.metrics.breaches.count,
      ]),
    ).toEqual([
      ['anna', 3, 4 * MIN, 1],
      ['boris', 2, 1 * MIN, 1],
    ]);
    expect(team.team.reply).toEqual({ count: 5, median: 4 * MIN, p90: 30 * MIN, max: 30 * MIN });
    expect(team.team.breaches).toEqual({ count: 2, rate: 2 / 5 });
    expect(team.team.conversationsHandled).toBe(5);
    expect(team.files.map((f) => [f.name, f.error, f.operator, f.events, f.duplicates])).toEqual([
      ['anna.json', null, 'anna', 7, 0],
      ['boris.csv', null, 'boris', 5, 0],
    ]);
  });

  it('counts the same file imported twice once', () => {
    const once = computeTeamMetrics(
      loadTeamFiles([{ name: 'anna.json', text: statsJson(anna) }], NOW),
      query,
    );
    const twice = loadTeamFiles(
      [
        { name: 'anna.json', text: statsJson(anna) },
        { name: 'anna (1).json', text: statsJson(anna) },
      ],
      NOW,
    );
    expect(twice.files[1]!.duplicates).toBe(7);
    expect(computeTeamMetrics(twice, query).team).toEqual(once.team);
  });

  it('counts overlapping exports of one operator once', () => {
    // Two exports of one installation: the first two waits, then the last two.
    const all = exportOf('anna', 'src-a', [2, 4, 12]);
    const early = { ...all, events: all.events.filter((e) => e.at < T0 + 90 * MIN) };
    const late = { ...all, events: all.events.filter((e) => e.at >= T0 + 60 * MIN) };
    const merged = loadTeamFiles(
      [
        { name: 'early.json', text: statsJson(early) },
        { name: 'late.json', text: statsJson(late) },
      ],
      NOW,
    );
    expect(merged.files[1]!.duplicates).toBe(2);
    expect(computeTeamMetrics(merged, query).team).toEqual(
      computeMetrics(all.events, { ...query, ...all.range }),
    );
  });

  it('a bad file gets a message naming it and the problem; the others still load', () => {
    const data = loadTeamFiles(
      [
        { name: 'notes.txt', text: 'hello' },
        { name: 'anna.json', text: statsJson(anna) },
        { name: 'cut.json', text: statsJson(boris).slice(0, 300) },
      ],
      NOW,
    );
    expect(data.files.map((f) => f.name)).toEqual(['notes.txt', 'anna.json', 'cut.json']);
    expect(data.files.map((f) => f.error)).toEqual([
      expect.stringMatching(/missing columns/),
      null,
      expect.stringMatching(/^This is not valid JSON/),
    ]);
    expect(computeTeamMetrics(data, query).operators.map((o) => o.operator)).toEqual(['anna']);
  });

  it('uses the files’ own range unless the lead picks one, and filters like the operator page', () => {
    const data = loadTeamFiles([{ name: 'anna.json', text: statsJson(anna) }], NOW);
    expect(data.range).toEqual(anna.range);
    const morning = computeTeamMetrics(data, { ...query, from: T0, to: T0 + 61 * MIN });
    expect(morning.team.reply.count).toBe(1);
    expect(computeTeamMetrics(loadTeamFiles([], NOW), query).team.reply.count).toBe(0);
  });

  it('tells a new event from one already counted, per installation, small ids or huge', () => {
    const isNew = createEventDeduper();
    for (const id of [1, 70_000, 2 ** 40]) {
      expect(isNew('a', id)).toBe(true);
      expect(isNew('a', id)).toBe(false);
      expect(isNew('b', id)).toBe(true);
    }
    expect(isNew('a', 2)).toBe(true);
  });

  it('still counts an event once after its high id moved from the set into a grown bitmap', () => {
    const isNew = createEventDeduper();
    // One event with a high id first (kept aside: a bitmap that far would cost megabytes)…
    expect(isNew('a', 3_000_000)).toBe(true);
    // …then enough events for the bitmap to grow over it.
    for (let id = 1; id <= 200_000; id += 1) isNew('a', id);
    for (let id = 2_000_000; id < 2_900_000; id += 1) isNew('a', id);
    expect(isNew('a', 3_000_000)).toBe(false);
    expect(isNew('a', 2_899_999)).toBe(false);
    expect(isNew('a', 2 ** 32 + 8)).toBe(true);
    expect(isNew('a', 8)).toBe(false);
  });

  it('strips control characters from the names of files it reports', () => {
    const data = loadTeamFiles(
      [
        { name: 'anna\u202Enosj.csv', text: statsJson(anna) },
        { name: 'bad\u001b[2J.json', text: 'nope' },
      ],
      NOW,
    );
    expect(data.files.map((f) => f.name)).toEqual(['annanosj.csv', 'bad[2J.json']);
  });

  it('keeps a good file when another of the same pick is refused, and says why in both languages', () => {
    const far = { ...boris, events: [{ ...boris.events[0]!, at: 1e300 }] };
    const data = loadTeamFiles(
      [
        { name: 'anna.json', text: statsJson(anna) },
        { name: 'far.json', text: statsJson(far) },
      ],
      NOW,
    );
    expect(data.files[1]).toMatchObject({
      name: 'far.json',
      error: expect.stringMatching(/^Event 1: its time is not between 2000-01-01 and/),
      reason: { key: 'statsFileEventTime' },
    });
    expect(computeTeamMetrics(data, query).operators.map((o) => o.operator)).toEqual(['anna']);
  });
});
