import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { UplotChart, type ChartSeries } from './uplot-chart';

export interface ChartFigureProps {
  title: string;
  /** The column heading of the x positions ("Day", "Hour"). */
  xTitle: string;
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  formatDuration: (ms: number) => string;
  testId?: string;
}

/**
 * A chart with its text alternative: the canvas for the eye, and the same
 * numbers in a table that keyboard and screen-reader users can open.
 */
export function ChartFigure({ title, xTitle, xLabels, series, formatDuration, testId }: ChartFigureProps) {
  const { t } = useI18n();
  const titleId = useId();
  const cell = (one: ChartSeries, value: number | null) =>
    value === null ? '—' : one.axis === 'duration' ? formatDuration(value) : String(value);
  return (
    <figure className="nz-chart-figure" aria-labelledby={titleId} data-testid={testId}>
      <figcaption id={titleId} className="nz-chart-figure__title">
        {title}
      </figcaption>
      <UplotChart xLabels={xLabels} series={series} formatDuration={formatDuration} />
      <details className="nz-chart-figure__data">
        <summary>{t('statsChartTable')}</summary>
        <div className="nz-table-scroll">
          <table className="nz-table">
            <caption className="nz-visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{xTitle}</th>
                {series.map((one) => (
                  <th scope="col" key={one.label}>
                    {one.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {xLabels.map((x, index) => (
                <tr key={x}>
                  <th scope="row">{x}</th>
                  {series.map((one) => (
                    <td key={one.label}>{cell(one, one.values[index] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
