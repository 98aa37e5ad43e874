import { useMemo } from 'react';
import type { Metrics } from '../../lib/domain/stats/types';
import { useI18n } from '../i18n/i18n-context';
import { ChartFigure } from './chart-figure';
import { useStatsFormat } from './stats-format';
import type { ChartSeries } from './uplot-chart';

const hourLabels = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`);

/** The trend per day and the load per hour of day, each with its data table. */
export function StatsCharts({ metrics }: { metrics: Metrics }) {
  const { t } = useI18n();
  const f = useStatsFormat();
  const { perDay, perHour } = metrics;

  // Stable arrays: the canvas is redrawn only when the numbers or the language change.
  const trend = useMemo(() => {
    const series: ChartSeries[] = [
      {
        label: t('statsSeriesReplies'),
        values: perDay.map((d) => d.replies),
        kind: 'bars',
        colorVar: '--nz-chart-replies',
        axis: 'count',
      },
      {
        label: t('statsSeriesBreaches'),
        values: perDay.map((d) => d.breaches),
        kind: 'bars',
        colorVar: '--nz-chart-breaches',
        axis: 'count',
        barSize: 0.3,
      },
      {
        label: t('statsSeriesMedianReply'),
        values: perDay.map((d) => d.replyMedian),
        kind: 'line',
        colorVar: '--nz-chart-duration',
        axis: 'duration',
      },
      {
        label: t('statsSeriesMedianFirst'),
        values: perDay.map((d) => d.firstResponseMedian),
        kind: 'line',
        colorVar: '--nz-chart-first',
        axis: 'duration',
      },
    ];
    return { labels: perDay.map((d) => f.day(d.date)), series };
  }, [perDay, t, f]);

  const hours = useMemo(() => {
    const byHour = hourLabels.map((_, hour) => perHour.find((bucket) => bucket.hour === hour));
    const series: ChartSeries[] = [
      {
        label: t('statsSeriesReplies'),
        values: byHour.map((b) => b?.replies ?? 0),
        kind: 'bars',
        colorVar: '--nz-chart-replies',
        axis: 'count',
      },
      {
        label: t('statsSeriesBreaches'),
        values: byHour.map((b) => b?.breaches ?? 0),
        kind: 'bars',
        colorVar: '--nz-chart-breaches',
        axis: 'count',
        barSize: 0.3,
      },
      {
        label: t('statsSeriesMedianReply'),
        values: byHour.map((b) => b?.replyMedian ?? null),
        kind: 'line',
        colorVar: '--nz-chart-duration',
        axis: 'duration',
      },
    ];
    return series;
  }, [perHour, t]);

  return (
    <div className="nz-stats-charts">
      <ChartFigure
        title={t('statsTrend')}
        xTitle={t('statsDay')}
        xLabels={trend.labels}
        series={trend.series}
        formatDuration={f.duration}
        testId="nz-chart-trend"
      />
      <ChartFigure
        title={t('statsByHour')}
        xTitle={t('statsHour')}
        xLabels={hourLabels}
        series={hours}
        formatDuration={f.duration}
        testId="nz-chart-hours"
      />
    </div>
  );
}
