import type { StatsOverview } from '../../lib/domain/stats/types';
import type { StatsFilters } from '../../lib/state/stats-store';
import { useI18n } from '../i18n/i18n-context';
import { ClearStats } from './clear-stats';
import { ExportPanel, type ExportPanelProps } from './export-panel';
import { MetricsReport } from './metrics-report';
import { RangeControls } from './range-controls';
import { useStatsFormat } from './stats-format';

export interface OwnStatsViewProps {
  filters: StatsFilters;
  overview: StatsOverview | null;
  loading: boolean;
  error: string | null;
  rangeProblem: 'invalid' | 'reversed' | null;
  templateTitles: Readonly<Record<string, string>>;
  onFiltersChange: (patch: Partial<StatsFilters>) => void;
  onExport: ExportPanelProps['onExport'];
  onClear: () => Promise<string | null>;
  onOpenOptions: () => void;
}

/** This browser's own statistics: the range, its figures, and what to do with the data. */
export function OwnStatsView(props: OwnStatsViewProps) {
  const { t } = useI18n();
  const f = useStatsFormat();
  const { overview } = props;
  const metrics = overview?.metrics ?? null;
  const lastDay = metrics ? metrics.perDay.at(-1)?.date : undefined;
  return (
    <>
      <RangeControls
        filters={props.filters}
        sites={metrics?.sites ?? []}
        rangeProblem={props.rangeProblem}
        onChange={props.onFiltersChange}
      />
      <p className="nz-stats-status" role="status" aria-live="polite" data-testid="nz-stats-status">
        {props.loading
          ? t('statsLoading')
          : metrics && metrics.perDay.length > 0
            ? t('statsRangeShown', { from: f.day(metrics.perDay[0]!.date), to: f.day(lastDay!) })
            : ''}
      </p>
      {props.error && (
        <p className="nz-error" role="alert">
          {t('statsLoadFailed', { reason: props.error })}
        </p>
      )}
      {metrics && (
        <div aria-busy={props.loading} className={props.loading ? 'nz-stats-stale' : undefined}>
          <MetricsReport metrics={metrics} templateTitles={props.templateTitles} />
        </div>
      )}
      <section className="nz-card nz-stats-manage" aria-labelledby="nz-stats-manage">
        <h2 id="nz-stats-manage">{t('statsManage')}</h2>
        <ExportPanel
          operator={overview?.operator ?? ''}
          disabled={!overview || props.rangeProblem !== null}
          onExport={props.onExport}
        />
        <ClearStats onClear={props.onClear} />
        {overview && (
          <p className="nz-hint">
            {t('statsRetention', { days: overview.retentionDays })}{' '}
            <button type="button" className="nz-link-button" onClick={props.onOpenOptions}>
              {t('statsOpenOptions')}
            </button>
          </p>
        )}
      </section>
    </>
  );
}
