import { useId, useState } from 'react';
import type { BreachEntry } from '../../lib/domain/stats/types';
import { useI18n } from '../i18n/i18n-context';
import { priorityLabels } from './range-controls';
import { useStatsFormat } from './stats-format';

export const BREACH_PAGE_SIZE = 25;

export interface BreachTableProps {
  breaches: readonly BreachEntry[];
  /** The team view says whose breach it was. */
  showOperator?: boolean;
}

/** A conversation is shown by a short piece of its salted hash: enough to tell two apart, never a name. */
export const shortHash = (hash: string) => hash.slice(0, 8);

/**
 * The range's breaches, newest first, one page at a time: a month of a busy
 * desk has thousands, and the page must stay quick to render and to read.
 */
export function BreachTable({ breaches, showOperator = false }: BreachTableProps) {
  const { t } = useI18n();
  const f = useStatsFormat();
  const headingId = useId();
  const [requestedPage, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(breaches.length / BREACH_PAGE_SIZE));
  // A shorter list (another range) keeps the page within bounds.
  const page = Math.min(requestedPage, pages - 1);
  const shown = breaches.slice(page * BREACH_PAGE_SIZE, (page + 1) * BREACH_PAGE_SIZE);
  return (
    <section aria-labelledby={headingId} className="nz-stats-block" data-testid="nz-breach-table">
      <h2 id={headingId}>{t('statsBreachList')}</h2>
      {breaches.length === 0 ? (
        <p className="nz-hint">{t('statsBreachNone')}</p>
      ) : (
        <>
          <div className="nz-table-scroll">
            <table className="nz-table">
              <thead>
                <tr>
                  <th scope="col">{t('statsBreachTime')}</th>
                  {showOperator && <th scope="col">{t('statsTeamOperator')}</th>}
                  <th scope="col">{t('statsSite')}</th>
                  <th scope="col">{t('statsBreachConversation')}</th>
                  <th scope="col">{t('statsPriority')}</th>
                  <th scope="col">{t('statsBreachWait')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((breach, index) => (
                  <tr key={`${breach.at}-${breach.conversation}-${index}`} data-testid="nz-breach-row">
                    <td>{f.instant(breach.at)}</td>
                    {showOperator && <td>{breach.operator}</td>}
                    <td>{breach.site}</td>
                    <td>
                      <code className="nz-code">{shortHash(breach.conversation)}</code>
                    </td>
                    <td>{breach.priority ? t(priorityLabels[breach.priority]) : '—'}</td>
                    <td>{breach.waitMs === null ? t('statsStillWaiting') : f.duration(breach.waitMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="nz-pager" aria-label={t('statsBreachList')}>
            <button
              type="button"
              className="nz-button nz-button--secondary"
              disabled={page === 0}
              onClick={() => setPage(page - 1)}
            >
              {t('statsPrevPage')}
            </button>
            <span role="status" data-testid="nz-breach-page">
              {t('statsShowing', {
                from: f.number(page * BREACH_PAGE_SIZE + 1),
                to: f.number(page * BREACH_PAGE_SIZE + shown.length),
                total: f.number(breaches.length),
              })}
            </span>
            <button
              type="button"
              className="nz-button nz-button--secondary"
              disabled={page >= pages - 1}
              onClick={() => setPage(page + 1)}
            >
              {t('statsNextPage')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
