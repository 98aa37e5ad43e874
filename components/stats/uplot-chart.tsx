import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One drawn series: bars count things, lines show durations on their own axis. */
export interface ChartSeries {
  label: string;
  values: ReadonlyArray<number | null>;
  kind: 'bars' | 'line';
  /** A CSS custom property of pages.css, so dark mode recolours the chart. */
  colorVar: string;
  axis: 'count' | 'duration';
  /** Bars: share of the slot (0–1); a narrower series drawn later stays visible over a wider one. */
  barSize?: number;
}

export interface UplotChartProps {
  /** Text under each x position (a date, an hour). */
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  formatDuration: (ms: number) => string;
  height?: number;
}

const cssVar = (element: Element, name: string, fallback: string) =>
  getComputedStyle(element).getPropertyValue(name).trim() || fallback;

function buildOptions(
  host: HTMLElement,
  { xLabels, series, formatDuration, height = 220 }: UplotChartProps,
): uPlot.Options {
  const text = cssVar(host, '--nz-muted', '#5b6580');
  const grid = cssVar(host, '--nz-border', '#d7dcef');
  const hasDuration = series.some((one) => one.axis === 'duration');
  const axisStyle = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const label = (value: number) => xLabels[Math.round(value)] ?? '';
  return {
    width: Math.max(240, host.clientWidth),
    height,
    // The legend duplicates the data table below; the cursor stays for pointing at a bar.
    legend: { show: true, live: false },
    cursor: { y: false, drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: (_u, min, max) => [min - 0.6, max + 0.6] },
      count: { range: (_u, _min, max) => [0, Math.max(1, max)] },
      duration: { range: (_u, _min, max) => [0, Math.max(1000, max)] },
    },
    axes: [
      {
        ...axisStyle,
        // Whole positions only: half a day or half an hour has no label.
        splits: (u, _i, min, max) => {
          const first = Math.max(0, Math.ceil(min));
          const last = Math.min(xLabels.length - 1, Math.floor(max));
          // As many labels as fit without touching ("30 нояб." takes about 60 px).
          const fit = Math.max(2, Math.floor(u.width / 84));
          const step = Math.max(1, Math.ceil((last - first + 1) / fit));
          const out: number[] = [];
          for (let at = first; at <= last; at += step) out.push(at);
          return out;
        },
        values: (_u, splits) => splits.map(label),
      },
      { ...axisStyle, scale: 'count', values: (_u, splits) => splits.map((v) => String(Math.round(v))) },
      ...(hasDuration
        ? [
            {
              ...axisStyle,
              scale: 'duration',
              side: 1 as const,
              grid: { show: false },
              size: 70,
              values: (_u: uPlot, splits: number[]) => splits.map(formatDuration),
            },
          ]
        : []),
    ],
    series: [
      { label: '', value: (_u, value) => label(value) },
      ...series.map((one) => {
        const color = cssVar(host, one.colorVar, '#3b4cc0');
        return {
          label: one.label,
          scale: one.axis,
          stroke: color,
          width: one.kind === 'line' ? 2 : 0,
          fill: one.kind === 'bars' ? color : undefined,
          spanGaps: true,
          paths: one.kind === 'bars' ? uPlot.paths.bars!({ size: [one.barSize ?? 0.6, 40] }) : undefined,
          points: { show: one.kind === 'line' },
          value: (_u: uPlot, value: number | null) =>
            value === null ? '—' : one.axis === 'duration' ? formatDuration(value) : String(value),
        } satisfies uPlot.Series;
      }),
    ],
  };
}

let canvasWorks: boolean | undefined;
const canDraw = () => (canvasWorks ??= document.createElement('canvas').getContext('2d') !== null);

/**
 * A canvas chart drawn by uPlot. It is decoration for sighted readers: the
 * canvas is hidden from assistive technology, and the caller shows the same
 * numbers as a table (see ChartFigure).
 */
export function UplotChart(props: UplotChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const { xLabels, series, formatDuration, height } = props;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let chart: uPlot | null = null;
    const draw = () => {
      chart?.destroy();
      chart = null;
      const data: uPlot.AlignedData = [
        xLabels.map((_, index) => index),
        ...series.map((one) => [...one.values]),
      ];
      // No canvas (a DOM without one): the data table still tells everything.
      if (!canDraw()) return;
      chart = new uPlot(buildOptions(host, { xLabels, series, formatDuration, height }), data, host);
    };
    draw();
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() =>
            chart?.setSize({ width: Math.max(240, host.clientWidth), height: chart.height }),
          );
    resize?.observe(host);
    // Colours come from CSS variables: redraw when the system switches light/dark.
    const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    scheme?.addEventListener('change', draw);
    return () => {
      resize?.disconnect();
      scheme?.removeEventListener('change', draw);
      chart?.destroy();
    };
  }, [xLabels, series, formatDuration, height]);

  return <div ref={hostRef} className="nz-chart" aria-hidden="true" data-testid="nz-chart-canvas" />;
}
