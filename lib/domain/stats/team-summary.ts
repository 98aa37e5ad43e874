import { toCsv, type CsvCell } from '../csv';
import type { Metrics, TeamMetrics } from './types';

/** The row name of the whole team in summaries (operators are aliases such as "op-7f3a"). */
export const TEAM_ROW = 'TEAM';

export const teamSummaryColumns = [
  'operator',
  'conversations_handled',
  'replies',
  'first_response_median_s',
  'first_response_p90_s',
  'reply_median_s',
  'reply_p90_s',
  'reply_max_s',
  'breaches',
  'breach_rate',
  'forgotten',
  'peak_waiting',
] as const;

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));

function summaryRow(operator: string, m: Metrics): CsvCell[] {
  return [
    operator,
    m.conversationsHandled,
    m.reply.count,
    seconds(m.firstResponse.median),
    seconds(m.firstResponse.p90),
    seconds(m.reply.median),
    seconds(m.reply.p90),
    seconds(m.reply.max),
    m.breaches.count,
    m.breaches.rate === null ? null : Number(m.breaches.rate.toFixed(4)),
    m.forgotten,
    m.peakWaiting.count,
  ];
}

/**
 * The team CSV: one row per operator, then the team. Durations in whole
 * seconds and the rate as a fraction, so a spreadsheet can compute with them;
 * an empty cell means "no data" (no replies), never zero.
 */
export function teamSummaryCsv(team: TeamMetrics): string {
  return toCsv([
    [...teamSummaryColumns],
    ...team.operators.map(({ operator, metrics }) => summaryRow(operator, metrics)),
    summaryRow(TEAM_ROW, team.team),
  ]);
}
