import { format } from 'date-fns';
import { focusDurationsMin, type FocusState } from '../../lib/domain/focus';
import { useI18n } from '../i18n/i18n-context';

export interface FocusControlProps {
  focus: FocusState | null;
  onStart: (minutes: number | null) => void;
  onStop: () => void;
}

/** Start "do not disturb" for a while, or see until when it holds alerts. */
export function FocusControl({ focus, onStart, onStop }: FocusControlProps) {
  const { t } = useI18n();
  if (focus) {
    return (
      <div className="nz-focus nz-focus--on" data-testid="nz-focus" data-active="true">
        <span>
          {focus.until === null
            ? t('focusActiveOpen')
            : t('focusActiveUntil', { time: format(focus.until, 'HH:mm') })}
        </span>
        <button type="button" className="nz-small-button" onClick={onStop}>
          {t('focusStop')}
        </button>
      </div>
    );
  }
  return (
    <div
      className="nz-focus"
      data-testid="nz-focus"
      data-active="false"
      role="group"
      aria-label={t('focusStart')}
    >
      <span className="nz-focus__label">{t('focusStart')}:</span>
      {focusDurationsMin.map((minutes) => (
        <button key={minutes} type="button" className="nz-small-button" onClick={() => onStart(minutes)}>
          {t('focusMinutes', { minutes })}
        </button>
      ))}
      <button type="button" className="nz-small-button" onClick={() => onStart(null)}>
        {t('focusUntilStopped')}
      </button>
    </div>
  );
}
