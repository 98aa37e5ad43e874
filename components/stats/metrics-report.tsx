import type { Metrics } from '../../lib/domain/stats/types';
import { useI18n } from '../i18n/i18n-context';
import { BreachTable } from './breach-table';
import { HeadlineFigures } from './headline-figures';
import { StatsCharts } from './stats-charts';
import { TemplateUsageTable } from './template-usage-table';

/** Whether anything at all was recorded in the range (else the page says so, not "0 ms"). */
export function hasData(metrics: Metrics): boolean {
  return (
    metrics.customerMessages +
      metrics.reply.count +
      metrics.firstResponse.count +
      metrics.breaches.count +
      metrics.warnings +
      metrics.forgotten +
      metrics.dismissed +
      metrics.templateUsage.length +
      metrics.focus.sessions >
    0
  );
}

export interface MetricsReportProps {
  metrics: Metrics;
  templateTitles: Readonly<Record<string, string>>;
  showOperator?: boolean;
}

/** Everything computed for one range: figures, charts, breaches, templates. Shared by both tabs. */
export function MetricsReport({ metrics, templateTitles, showOperator }: MetricsReportProps) {
  const { t } = useI18n();
  if (!hasData(metrics))
    return (
      <p className="nz-stats-empty" data-testid="nz-stats-empty">
        {t('statsEmpty')}
      </p>
    );
  return (
    <>
      <HeadlineFigures metrics={metrics} />
      <StatsCharts metrics={metrics} />
      <BreachTable breaches={metrics.breachList} showOperator={showOperator} />
      <TemplateUsageTable usage={metrics.templateUsage} titles={templateTitles} />
    </>
  );
}
