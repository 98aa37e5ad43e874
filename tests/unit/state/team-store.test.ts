import { describe, expect, it, vi } from 'vitest';
import { computeTeamMetrics, loadTeamFiles } from '../../../lib/domain/stats/team';
import type { StatsEvent, StatsExportFile } from '../../../lib/domain/stats/types';
import { createTeamStore } from '../../../lib/state/team-store';

const at = Date.UTC(2026, 2, 10, 9);
const site = 'https://desk.example.com';

function exportFile(operator: string, source: string, replies: number[]): string {
  const events: (StatsEvent & { id: number })[] = replies.flatMap((replyMs, index) => [
    {
      id: index * 2 + 1,
      at: at + index * 3_600_000,
      type: 'customer-message',
      site,
      operator,
      conversation: `${source}-${index}`,
    },
    {
      id: index * 2 + 2,
      at: at + index * 3_600_000 + replyMs,
      type: 'reply',
      site,
      operator,
      conversation: `${source}-${index}`,
      replyMs,
    },
  ]);
  const file: StatsExportFile = {
    kind: 'nezabudka-stats',
    version: 1,
    exportedAt: at + 86_400_000,
    source,
    operator,
    range: { from: at - 3_600_000, to: at + 86_400_000 },
    events,
  };
  return JSON.stringify(file);
}

const engine = () => ({
  load: vi.fn(loadTeamFiles),
  compute: vi.fn(computeTeamMetrics),
  now: () => at + 86_400_000,
});

describe('team store', () => {
  it('merges files added at different times; a file added twice counts once', () => {
    const store = createTeamStore(engine());
    const anna = { name: 'anna.json', text: exportFile('op-anna', 'src-a', [60_000, 120_000]) };
    store.getState().add([anna]);
    store.getState().add([{ name: 'boris.json', text: exportFile('op-boris', 'src-b', [30_000]) }, anna]);
    const team = store.getState().team!;
    expect(team.operators.map((o) => [o.operator, o.metrics.reply.count])).toEqual([
      ['op-anna', 2],
      ['op-boris', 1],
    ]);
    expect(team.team.reply.count).toBe(3);
    expect(team.files.map((f) => [f.name, f.duplicates])).toEqual([
      ['anna.json', 0],
      ['boris.json', 0],
      ['anna.json', 4],
    ]);
  });

  it('names a file the browser could not read, and still loads the others', () => {
    const store = createTeamStore(engine());
    store.getState().add([
      { name: 'locked.json', text: null, problem: 'the file could not be read' },
      { name: 'anna.json', text: exportFile('op-anna', 'src-a', [60_000]) },
    ]);
    const team = store.getState().team!;
    expect(team.team.reply.count).toBe(1);
    expect(team.files.find((f) => f.name === 'locked.json')?.error).toBe('the file could not be read');
  });

  it('recomputes for a filter without reading the files again, and forgets everything on reset', () => {
    const deps = engine();
    const store = createTeamStore(deps);
    store.getState().add([{ name: 'anna.json', text: exportFile('op-anna', 'src-a', [60_000]) }]);
    store.getState().setFilters({ site: 'https://elsewhere.example.com' });
    expect(deps.load).toHaveBeenCalledTimes(1);
    expect(deps.compute).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ site: 'https://elsewhere.example.com' }),
    );
    expect(store.getState().team!.team.reply.count).toBe(0);
    store.getState().reset();
    expect(store.getState().team).toBeNull();
    store.getState().add([{ name: 'boris.json', text: exportFile('op-boris', 'src-b', [1000]) }]);
    expect(store.getState().team!.operators.map((o) => o.operator)).toEqual(['op-boris']);
  });
});
