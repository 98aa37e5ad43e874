import { useId, useState } from 'react';
import type { Metrics } from '../../lib/domain/stats/types';
import { useI18n } from '../i18n/i18n-context';
import { useStatsFormat } from './stats-format';

export interface TemplateUsageTableProps {
  usage: Metrics['templateUsage'];
  /** The operator's own template titles by id (a team lead's file names ids only). */
  titles: Readonly<Record<string, string>>;
}

/** Rows shown before "Show all": the most used templates are the ones worth a look. */
export const TEMPLATE_ROWS = 10;

/** Which templates were used, and how often: find the ones worth keeping. */
export function TemplateUsageTable({ usage, titles }: TemplateUsageTableProps) {
  const { t } = useI18n();
  const f = useStatsFormat();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? usage : usage.slice(0, TEMPLATE_ROWS);
  return (
    <section aria-labelledby={headingId} className="nz-stats-block" data-testid="nz-template-usage">
      <h2 id={headingId}>{t('statsTemplates')}</h2>
      {usage.length === 0 ? (
        <p className="nz-hint">{t('statsTemplatesNone')}</p>
      ) : (
        <div className="nz-table-scroll">
          <table className="nz-table">
            <thead>
              <tr>
                <th scope="col">{t('statsTemplate')}</th>
                <th scope="col" className="nz-table__number">
                  {t('statsTemplateUses')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ template, count }) => (
                <tr key={template}>
                  <td>{titles[template] ?? t('statsTemplateGone', { id: template })}</td>
                  <td className="nz-table__number">{f.number(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {usage.length > TEMPLATE_ROWS && (
            <button
              type="button"
              className="nz-link-button nz-stats-more"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? t('statsShowFewer') : t('statsShowAll', { count: f.number(usage.length) })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
