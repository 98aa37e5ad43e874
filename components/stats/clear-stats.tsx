import { useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

export interface ClearStatsProps {
  /** Resolves to null when cleared, or to the reason it failed. */
  onClear: () => Promise<string | null>;
}

/** Deleting every recorded event: asked twice, because it cannot be undone. */
export function ClearStats({ onClear }: ClearStatsProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const askButton = useRef<HTMLButtonElement>(null);

  const clear = async () => {
    setConfirming(false);
    const failure = await onClear();
    setResult(failure === null ? { ok: true, message: t('statsCleared') } : { ok: false, message: failure });
  };

  return (
    <div className="nz-stats-clear" data-testid="nz-stats-clear">
      <button
        ref={askButton}
        type="button"
        className="nz-button nz-button--secondary nz-button--danger-outline"
        aria-expanded={confirming}
        onClick={() => {
          setResult(null);
          setConfirming(true);
        }}
      >
        {t('statsClear')}
      </button>
      {confirming && (
        <div role="alertdialog" aria-labelledby="nz-stats-clear-question" className="nz-confirm">
          <p id="nz-stats-clear-question">{t('statsClearConfirm')}</p>
          <div className="nz-actions">
            <button type="button" className="nz-button nz-button--danger" onClick={() => void clear()}>
              {t('statsClearYes')}
            </button>
            <button
              type="button"
              className="nz-button nz-button--secondary"
              // Focus starts on the safe choice, and returns to the button that asked.
              autoFocus
              onClick={() => {
                setConfirming(false);
                askButton.current?.focus();
              }}
            >
              {t('statsClearNo')}
            </button>
          </div>
        </div>
      )}
      {result && (
        <p className={result.ok ? 'nz-success' : 'nz-error'} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      )}
    </div>
  );
}
