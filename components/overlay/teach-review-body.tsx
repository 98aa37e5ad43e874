import { formatWait } from '../../lib/domain/format-wait';
import type { ReviewRow, ReviewWarning, TeachReview } from '../../lib/domain/teach-review';
import type { MessageKey } from '../../lib/i18n/messages';
import { useI18n } from '../i18n/i18n-context';

/** Rows listed by name; the rest are counted (all of them are outlined on the page). */
const LISTED_ROWS = 8;

const warningKey: Record<ReviewWarning, MessageKey> = {
  noTime: 'teachWarnNoTime',
  sameNamesByPlace: 'teachSameNames',
  sameNames: 'teachWarnSameNames',
  notAllRead: 'teachWarnNotAllRead',
  noComposer: 'teachWarnNoComposer',
  noSend: 'teachWarnNoSend',
};

const atLeastKey = { shown: 'badgeAtLeastShown', seen: 'badgeAtLeastSeen', maybe: 'badgeMaybe' } as const;

/**
 * The review step: what Nezabudka will watch once the profile is saved — each
 * row's name and wait as the clocks will read them, how many of the rows shown
 * on the page that is, and what is missing.
 */
export function TeachReviewBody({ review }: { review: TeachReview }) {
  const { t, locale } = useI18n();
  const { rows, shown } = review;
  const wait = (row: ReviewRow) =>
    row.waitSec === null
      ? t('teachReviewNotWaiting')
      : `${row.atLeast ? '≥\u2009' : ''}${formatWait(row.waitSec, locale)}${row.atLeast === 'maybe' ? '?' : ''}`;
  return (
    <>
      <p data-testid="nz-teach-review" data-count={rows.length} data-shown={shown}>
        {t('teachReview', { count: rows.length, shown: Math.max(shown, rows.length) })}
      </p>
      <ul className="nz-teach__names">
        {rows.slice(0, LISTED_ROWS).map((row) => (
          <li key={row.key} data-testid="nz-teach-review-row">
            <span>{row.name ?? t('customerFallbackName')}</span>{' '}
            <span
              className="nz-teach__wait"
              title={row.atLeast ? t(atLeastKey[row.atLeast]) : undefined}
              data-waiting={row.waitSec !== null}
            >
              {wait(row)}
            </span>
          </li>
        ))}
      </ul>
      {rows.length > LISTED_ROWS && (
        <p className="nz-hint">{t('teachReviewMore', { count: rows.length - LISTED_ROWS })}</p>
      )}
      {review.warnings.map((warning) => (
        <p
          key={warning}
          className="nz-hint"
          role="note"
          data-testid={warning === 'sameNamesByPlace' ? 'nz-teach-same-names' : `nz-teach-warn-${warning}`}
        >
          {t(warningKey[warning], { names: review.sameNames.join(', ') })}
        </p>
      ))}
      {review.problems.map((problem) => (
        <p key={problem} className="nz-error" role="alert">
          {problem}
        </p>
      ))}
    </>
  );
}
