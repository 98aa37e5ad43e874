import { useEffect, useState } from 'react';
import type { StatsExportFormat } from '../../lib/domain/stats/types';
import { useI18n } from '../i18n/i18n-context';
import { HintedField } from '../hinted-field';

export interface ExportOutcome {
  ok: boolean;
  message: string;
}

export interface ExportPanelProps {
  /** The operator id the file would otherwise carry. */
  operator: string;
  disabled: boolean;
  /** `alias` is set when the file must name the operator by it. */
  onExport: (format: StatsExportFormat, alias: string | undefined) => Promise<ExportOutcome>;
}

/** A generated id ("op-7f3a") is already an alias; a typed one may be a real name. */
const looksGenerated = (operator: string) => /^op-[0-9a-z]{2,}$/i.test(operator);

/** Export of the chosen range for the team lead: anonymous unless the operator says otherwise. */
export function ExportPanel({ operator, disabled, onExport }: ExportPanelProps) {
  const { t } = useI18n();
  const [anonymous, setAnonymous] = useState(true);
  const [alias, setAlias] = useState(looksGenerated(operator) ? operator : '');
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  // The operator id arrives after the first render.
  useEffect(() => setAlias((current) => current || (looksGenerated(operator) ? operator : '')), [operator]);

  const run = async (format: StatsExportFormat) => {
    const trimmed = alias.trim();
    if (anonymous && trimmed === '') {
      setOutcome({ ok: false, message: t('statsAliasMissing') });
      return;
    }
    setBusy(true);
    try {
      setOutcome(await onExport(format, anonymous ? trimmed : undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="nz-stats-export" data-testid="nz-stats-export">
      <h3>{t('statsExport')}</h3>
      <p className="nz-hint">{t('statsExportHint')}</p>
      <label className="nz-check">
        <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
        {t('statsAnonymous')}
      </label>
      {anonymous && (
        <HintedField
          label={t('statsAlias')}
          hint={t('statsAliasHint', { operator })}
          type="text"
          maxLength={40}
          autoComplete="off"
          value={alias}
          onChange={(event) => setAlias(event.target.value)}
        />
      )}
      <div className="nz-actions">
        <button
          type="button"
          className="nz-button"
          disabled={disabled || busy}
          onClick={() => void run('csv')}
        >
          {t('statsExportCsv')}
        </button>
        <button
          type="button"
          className="nz-button"
          disabled={disabled || busy}
          onClick={() => void run('json')}
        >
          {t('statsExportJson')}
        </button>
      </div>
      {outcome && (
        <p
          className={outcome.ok ? 'nz-success' : 'nz-error'}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="nz-export-result"
        >
          {outcome.message}
        </p>
      )}
    </div>
  );
}
