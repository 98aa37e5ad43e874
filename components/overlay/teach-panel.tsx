import type { Generalised } from '../../lib/adapters/teach/rows';
import { teachSteps, type TeachState } from '../../lib/adapters/teach/controller';
import type { TeachReview } from '../../lib/domain/teach-review';
import { useI18n } from '../i18n/i18n-context';
import { TeachReviewBody } from './teach-review-body';

export interface TeachPanelProps {
  state: TeachState;
  /** What the draft profile reads, on the review step. */
  review: TeachReview | null;
  saved: boolean;
  /** On saving: the operator's own profile for this console the draft would replace, to ask first. */
  replacing?: { name: string } | null;
  /** The answers to that question; Cancel goes back to the review, nothing saved. */
  onReplace?: () => void;
  onKeepBoth?: () => void;
  onKeepOld?: () => void;
  /** Set when the page must reload to use the saved profile. */
  onReload?: () => void;
  onSkip: () => void;
  /** At the Send step, once a reply box is taught: take the button beside it. */
  onSendBeside?: () => void;
  onBack: () => void;
  onCancel: () => void;
  onSave: () => void;
}

/** The steps that teach a part of each row, and those of them every row shows (unread only some). */
const ROW_PARTS = ['name', 'unread', 'preview', 'time'] as const;
const IN_EVERY_ROW = ['name', 'preview', 'time'] as const;

/** Teach mode's instructions: one step at a time, with what each click found. */
export function TeachPanel({
  state,
  review,
  saved,
  replacing = null,
  onReplace,
  onKeepBoth,
  onKeepOld,
  onReload,
  onSkip,
  onSendBeside,
  onBack,
  onCancel,
  onSave,
}: TeachPanelProps) {
  const { t } = useI18n();
  const index = state.step === 'review' ? teachSteps.length : teachSteps.indexOf(state.step);
  const taught = index > 0 ? teachSteps[index - 1]! : undefined;
  const found: Generalised | undefined = taught ? state.found[taught] : undefined;
  // A part of the row is counted in rows; one that every row has but a click found only in some
  // (a name wrapped differently in unread rows) is offered to be picked again.
  const rows = state.found.rows?.count ?? 0;
  const partOfRow = taught !== undefined && (ROW_PARTS as readonly string[]).includes(taught);
  const missedInSomeRows =
    found !== undefined &&
    rows > 0 &&
    found.count < rows &&
    taught !== undefined &&
    (IN_EVERY_ROW as readonly string[]).includes(taught);
  return (
    <div
      className="nz-teach"
      role="dialog"
      aria-labelledby="nz-teach-title"
      data-testid="nz-teach"
      data-step={state.step}
    >
      <h2 id="nz-teach-title" className="nz-panel__title">
        {t('teachTitle')}
      </h2>
      {saved ? (
        <p role="status" data-testid="nz-teach-saved">
          {onReload ? t('teachSavedReload') : t('teachSaved')}
        </p>
      ) : state.step === 'review' ? (
        <>
          {review && <TeachReviewBody review={review} />}
          {replacing && (
            <div role="alertdialog" aria-labelledby="nz-teach-replace" data-testid="nz-teach-replace-ask">
              <p id="nz-teach-replace">{t('teachReplaceAsk', { name: replacing.name })}</p>
              <div className="nz-teach__actions">
                <button type="button" className="nz-small-button" onClick={onReplace}>
                  {t('teachReplace')}
                </button>
                <button type="button" className="nz-small-button" onClick={onKeepBoth}>
                  {t('teachKeepBoth')}
                </button>
                <button type="button" className="nz-small-button" onClick={onKeepOld}>
                  {t('profilesCancel')}
                </button>
              </div>
            </div>
          )}
          {state.found.noteMode && (
            <p className="nz-hint" role="note" data-testid="nz-teach-note-on">
              {t('teachNoteModeOn')}
            </p>
          )}
        </>
      ) : (
        <>
          <p className="nz-hint">{t('teachStepCount', { n: index + 1, total: teachSteps.length })}</p>
          <p className="nz-teach__step">{t(`teachStep_${state.step}`)}</p>
        </>
      )}
      {state.proposed && state.step === 'name' && !saved && (
        <p className="nz-hint" data-testid="nz-teach-proposed">
          {t('teachProposed', { count: state.found.rows?.count ?? 0 })}
        </p>
      )}
      {found && !saved && (
        <p className="nz-hint" data-testid="nz-teach-found" data-count={found.count}>
          {partOfRow && rows
            ? t('teachFoundInRows', { count: found.count, rows })
            : t('teachFound', { count: found.count })}{' '}
          <code>{found.css}</code>
        </p>
      )}
      {missedInSomeRows && !saved && (
        <p className="nz-hint" role="note" data-testid="nz-teach-some-rows">
          {t('teachFoundInSomeRows')}{' '}
          <button
            type="button"
            className="nz-small-button"
            onClick={onBack}
            data-testid="nz-teach-pick-again"
          >
            {t('teachPickAgain')}
          </button>
        </p>
      )}
      {state.problem && !saved && (
        <p className="nz-error" role="alert">
          {t(`teachProblem_${state.problem}`)}
        </p>
      )}
      <div className="nz-teach__actions">
        {!saved && index > 0 && (
          <button type="button" className="nz-small-button" onClick={onBack} data-testid="nz-teach-back">
            {t('teachBack')}
          </button>
        )}
        {!saved && state.step === 'sendButton' && state.found.composer && onSendBeside && (
          <button
            type="button"
            className="nz-small-button"
            onClick={onSendBeside}
            data-testid="nz-teach-send-beside"
          >
            {t('teachSendBeside')}
          </button>
        )}
        {!saved && state.step !== 'review' && state.step !== 'rows' && (
          <button type="button" className="nz-small-button" onClick={onSkip} data-testid="nz-teach-skip">
            {t('teachSkip')}
          </button>
        )}
        {!saved && state.step === 'review' && !replacing && (
          <button
            type="button"
            className="nz-small-button"
            onClick={onSave}
            disabled={!review || review.rows.length === 0}
            data-testid="nz-teach-save"
          >
            {t('teachSave')}
          </button>
        )}
        {saved && onReload && (
          <button type="button" className="nz-small-button" onClick={onReload}>
            {t('teachReload')}
          </button>
        )}
        <button type="button" className="nz-small-button" onClick={onCancel} data-testid="nz-teach-close">
          {saved ? t('profilesCancel') : t('teachCancel')}
        </button>
      </div>
    </div>
  );
}

/** The outline drawn over the element under the pointer. */
export function TeachHighlight({ box }: { box: TeachState['hover'] }) {
  if (!box) return null;
  return (
    <div
      className="nz-teach-outline"
      style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
    />
  );
}

/** The rows the review step reads, outlined on the page so the operator sees what will be watched. */
export function TeachOutlines({ boxes }: { boxes: readonly NonNullable<TeachState['hover']>[] }) {
  return boxes.map((box, index) => (
    <div
      key={index}
      className="nz-teach-outline nz-teach-outline--row"
      data-testid="nz-teach-row-outline"
      style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
    />
  ));
}
