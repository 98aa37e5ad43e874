import type { ReactNode } from 'react';
import type { Distribution, Metrics } from '../../lib/domain/stats/types';
import { useI18n } from '../i18n/i18n-context';
import { useStatsFormat } from './stats-format';

function Figure({
  title,
  value,
  testId,
  children,
}: {
  title: string;
  value: string;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <li className="nz-figure" data-testid={testId}>
      <h3 className="nz-figure__title">{title}</h3>
      <p className="nz-figure__value" data-testid={`${testId}-value`}>
        {value}
      </p>
      {children}
    </li>
  );
}

/** The range's figures at a glance; a figure without data says so instead of showing 0 ms. */
export function HeadlineFigures({ metrics }: { metrics: Metrics }) {
  const { t } = useI18n();
  const f = useStatsFormat();
  const duration = (ms: number | null) => (ms === null ? t('statsNoValue') : f.duration(ms));
  const spread = (distribution: Distribution) =>
    distribution.count > 0 && (
      <p className="nz-figure__detail">
        {t('statsP90')} {duration(distribution.p90)} · {t('statsMax')} {duration(distribution.max)}
        <br />
        {t('statsBasedOn', { count: f.number(distribution.count) })}
      </p>
    );
  return (
    <section aria-labelledby="nz-stats-headline" data-testid="nz-stats-headline">
      <h2 id="nz-stats-headline">{t('statsHeadline')}</h2>
      <ul className="nz-figures">
        <Figure
          title={`${t('statsFirstResponse')}, ${t('statsMedian')}`}
          value={duration(metrics.firstResponse.median)}
          testId="nz-figure-first-response"
        >
          {spread(metrics.firstResponse)}
        </Figure>
        <Figure
          title={`${t('statsReplyTime')}, ${t('statsMedian')}`}
          value={duration(metrics.reply.median)}
          testId="nz-figure-reply"
        >
          {spread(metrics.reply)}
        </Figure>
        <Figure
          title={t('statsBreaches')}
          value={f.number(metrics.breaches.count)}
          testId="nz-figure-breaches"
        >
          {metrics.breaches.rate !== null && (
            <p className="nz-figure__detail">
              {t('statsBreachRate', { percent: f.percent(metrics.breaches.rate) })}
            </p>
          )}
        </Figure>
        <Figure
          title={t('statsForgotten')}
          value={f.number(metrics.forgotten)}
          testId="nz-figure-forgotten"
        />
        <Figure
          title={t('statsHandled')}
          value={f.number(metrics.conversationsHandled)}
          testId="nz-figure-handled"
        />
        <Figure
          title={t('statsPeakWaiting')}
          value={f.number(metrics.peakWaiting.count)}
          testId="nz-figure-peak"
        >
          {metrics.peakWaiting.at !== null && (
            <p className="nz-figure__detail">{f.instant(metrics.peakWaiting.at)}</p>
          )}
        </Figure>
      </ul>
    </section>
  );
}
