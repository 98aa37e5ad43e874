import type { EventRepository } from '../db/event-repository';
import type { KvRepository } from '../db/kv-repository';
import type { Settings, SettingsPatch } from '../domain/settings';
import { statsCsv, statsFileName, statsJson } from '../domain/stats/export-file';
import { EARLIEST_EVENT_AT, MAX_RANGE_MS } from '../domain/stats/file-limits';
import { DAY_MS } from '../domain/stats/local-time';
import { isKnownTimeZone } from '../domain/zoned-clock';
import { computeMetrics } from '../domain/stats/metrics';
import {
  STATS_FILE_KIND,
  STATS_FILE_VERSION,
  type StatsExportRequest,
  type StatsExportResult,
  type StatsOverview,
  type StatsQuery,
} from '../domain/stats/types';
import { priorityLevels } from '../domain/thresholds';
import { z } from '../domain/zod';

export interface StatsServiceDeps {
  events: EventRepository;
  kv: KvRepository;
  settings: { get(): Promise<Settings>; update(patch: SettingsPatch): Promise<Settings> };
  now(): number;
  /** `bytes` random bytes as hex (crypto in the extension, fixed in tests). */
  randomHex(bytes: number): string;
}

const SOURCE_KEY = 'statsSource';

const rangeSchema = {
  from: z.number().finite(),
  to: z.number().finite(),
  site: z.string().max(500).optional(),
  priority: z.enum(priorityLevels).optional(),
};
const ordered = (value: { from: number; to: number }) => value.to >= value.from;
const orderedMessage = { message: 'the range must end after it starts' };

const timeZoneSchema = z.string().max(100).refine(isKnownTimeZone, { message: 'is not a known time zone' });

// The page draws a bucket per day: "since 1970" is a mistake, not a question.
const querySchema = z
  .object({ ...rangeSchema, timeZone: timeZoneSchema })
  .refine(ordered, orderedMessage)
  .refine((value) => value.to - value.from <= MAX_RANGE_MS, {
    message: 'the range may span at most ten years',
  });

// A team lead's merge refuses a range before 2000 or longer than ten years: never write one.
const exportSchema = z
  .object({
    ...rangeSchema,
    format: z.enum(['json', 'csv']),
    alias: z.string().trim().min(1).max(40).optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .refine(ordered, orderedMessage)
  .refine((value) => value.to - value.from <= MAX_RANGE_MS, {
    message: 'the range may span at most ten years',
  })
  .refine((value) => value.from >= EARLIEST_EVENT_AT, { message: 'the range may not start before 2000' });

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(
    `Invalid ${what}${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? ''}`,
  );
}

/**
 * The operator's own statistics in the background: who is recording (the
 * operator id), what the stats page shows, exports, clearing and retention.
 */
export function createStatsService(deps: StatsServiceDeps) {
  let assigning: Promise<string> | undefined;
  let source: Promise<string> | undefined;

  const service = {
    /**
     * The operator id every event records. A fresh install gets a random alias
     * ("op-7f3a"), so statistics are anonymous unless the operator types a name.
     */
    async operator(): Promise<string> {
      const current = (await deps.settings.get()).operatorId;
      if (current !== '') return current;
      assigning ??= deps.settings
        .update({ operatorId: `op-${deps.randomHex(2)}` })
        .then((settings) => settings.operatorId)
        .finally(() => (assigning = undefined));
      return assigning;
    },

    /** Random per installation: with the event id, an event's identity in team merges. */
    source: () =>
      (source ??= deps.kv.get<string>(SOURCE_KEY).then(async (stored) => {
        if (stored) return stored;
        const fresh = deps.randomHex(8);
        await deps.kv.set(SOURCE_KEY, fresh);
        return fresh;
      })),

    async getStats(raw: StatsQuery): Promise<StatsOverview> {
      const query = parse(querySchema, raw, 'statistics query');
      const [events, settings, operator, oldestAt] = await Promise.all([
        deps.events.inRange(query.from, query.to),
        deps.settings.get(),
        service.operator(),
        deps.events.oldestAt(),
      ]);
      return {
        metrics: computeMetrics(events, query),
        operator,
        retentionDays: settings.retentionDays,
        oldestAt,
      };
    },

    /**
     * A file of the operator's events. `alias` replaces the operator id in the
     * file and in every event; without it the operator id (an alias unless the
     * operator typed a name) is written. Conversations stay salted hashes.
     */
    async exportStats(raw: StatsExportRequest): Promise<StatsExportResult> {
      const request = parse(exportSchema, raw, 'export request');
      const [stored, ownId, installation] = await Promise.all([
        deps.events.inRange(request.from, request.to),
        service.operator(),
        service.source(),
      ]);
      const events = stored
        .filter(
          (event) =>
            (request.site === undefined || event.site === request.site) &&
            (request.priority === undefined || event.priority === request.priority),
        )
        .map((event) => ({
          ...event,
          id: event.id!,
          ...(request.alias === undefined ? {} : { operator: request.alias }),
        }));
      const operator = request.alias ?? ownId;
      const range = { from: request.from, to: request.to };
      const fileName = statsFileName(operator, range, request.format, request.timeZone ?? 'UTC');
      if (request.format === 'csv')
        return {
          fileName,
          text: statsCsv(installation, events),
          mimeType: 'text/csv',
          events: events.length,
        };
      const text = statsJson({
        kind: STATS_FILE_KIND,
        version: STATS_FILE_VERSION,
        exportedAt: deps.now(),
        source: installation,
        operator,
        range,
        events,
      });
      return { fileName, text, mimeType: 'application/json', events: events.length };
    },

    /** The operator clears every statistics event. */
    clear: async () => ({ deleted: await deps.events.clear() }),

    /** Retention: removes events older than the setting (default 90 days). */
    async purge(): Promise<number> {
      const { retentionDays } = await deps.settings.get();
      return deps.events.deleteBefore(deps.now() - retentionDays * DAY_MS);
    },
  };
  return service;
}

export type StatsService = ReturnType<typeof createStatsService>;
