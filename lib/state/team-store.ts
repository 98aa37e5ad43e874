import { createStore } from 'zustand/vanilla';
import type { NamedFile, TeamData, TeamFileReport, TeamMetrics, TeamQuery } from '../domain/stats/types';
import { failedFileReport } from '../domain/stats/team';
import type { PriorityLevel } from '../domain/thresholds';
import { browserTimeZone } from './stats-range';

/** The pure team functions (lib/domain/stats), injected so tests can count their calls. */
export interface TeamEngine {
  load(files: readonly NamedFile[], now: number): TeamData;
  compute(data: TeamData, query: TeamQuery): TeamMetrics;
  now(): number;
}

export interface TeamState {
  site: string | null;
  priority: PriorityLevel | null;
  team: TeamMetrics | null;
  /**
   * Adds picked files (text null: the page could not take it, `problem` says
   * why). Everything is re-merged, so a file added twice is still counted once.
   */
  add(files: readonly PickedFile[]): void;
  setFilters(patch: { site?: string | null; priority?: PriorityLevel | null }): void;
  reset(): void;
}

/** A file the team lead picked: its text, or the sentence saying why it was not read. */
export type PickedFile = { name: string; text: string } | { name: string; text: null; problem: string };

/**
 * The team view's merged files. Held in this page's memory only: nothing of a
 * team file is ever stored, and closing the page forgets it.
 */
export function createTeamStore(engine: TeamEngine) {
  let files: NamedFile[] = [];
  let failed: TeamFileReport[] = [];
  let data: TeamData | null = null;

  return createStore<TeamState>()((set, get) => {
    const recompute = () => {
      if (!data) return set({ team: null });
      const { site, priority } = get();
      const team = engine.compute(data, {
        timeZone: browserTimeZone(),
        ...(site ? { site } : {}),
        ...(priority ? { priority } : {}),
      });
      set({ team: { ...team, files: [...team.files, ...failed] } });
    };
    return {
      site: null,
      priority: null,
      team: null,
      add(picked) {
        for (const file of picked) {
          if (file.text === null) failed.push(failedFileReport(file.name, file.problem));
          else files.push({ name: file.name, text: file.text });
        }
        data = engine.load(files, engine.now());
        recompute();
      },
      setFilters(patch) {
        set(patch);
        recompute();
      },
      reset() {
        files = [];
        failed = [];
        data = null;
        set({ site: null, priority: null, team: null });
      },
    };
  });
}

export type TeamStore = ReturnType<typeof createTeamStore>;
