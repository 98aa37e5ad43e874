import { useState, type ChangeEvent, type DragEvent } from 'react';
import { decodeStatsFile, maxFileMegabytes, statsFileTooBig } from '../../lib/domain/stats/file-bytes';
import type { Metrics, TeamFileReport, TeamMetrics } from '../../lib/domain/stats/types';
import type { Translate } from '../../lib/i18n/messages';
import type { PickedFile } from '../../lib/state/team-store';
import { useI18n } from '../i18n/i18n-context';
import { MetricsReport } from './metrics-report';
import { RangeControls, type FilterValues } from './range-controls';
import { useStatsFormat } from './stats-format';

export interface TeamViewProps {
  team: TeamMetrics | null;
  filters: FilterValues;
  templateTitles: Readonly<Record<string, string>>;
  onFiltersChange: (patch: Partial<FilterValues>) => void;
  onAddFiles: (files: PickedFile[]) => void;
  onReset: () => void;
  /** Saves the per-operator table as a CSV file. */
  onDownloadSummary: () => void;
}

/**
 * A picked file's text. A file over the size cap is not read at all; bytes
 * that are not UTF-8 are refused rather than merged with replacement marks.
 */
async function readPicked(file: File, t: Translate): Promise<PickedFile> {
  const refused = (problem: string) => ({ name: file.name, text: null, problem });
  if (statsFileTooBig(file.size)) return refused(t('statsFileTooBig', { max: maxFileMegabytes() }));
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refused(t('statsTeamReadFailed'));
  }
  const decoded = decodeStatsFile(new Uint8Array(bytes));
  if (decoded.ok) return { name: file.name, text: decoded.text };
  return refused(
    decoded.problem === 'too-big' ? t('statsFileTooBig', { max: maxFileMegabytes() }) : t('statsFileNotUtf8'),
  );
}

const readAll = (list: FileList | null, t: Translate) =>
  Promise.all([...(list ?? [])].map((file) => readPicked(file, t)));

/** The problem alone, in the page's language where the merge gave its reason as a key. */
function problemOf(file: TeamFileReport, t: Translate) {
  if (file.reason) return t(file.reason.key, file.reason.params);
  // The merge's message may already start with the file's name.
  return file.error!.startsWith(`${file.name}: `) ? file.error!.slice(file.name.length + 2) : file.error!;
}

function FileReports({ files }: { files: readonly TeamFileReport[] }) {
  const { t } = useI18n();
  const f = useStatsFormat();
  return (
    <section aria-labelledby="nz-team-files" className="nz-stats-block">
      <h2 id="nz-team-files">{t('statsTeamFiles')}</h2>
      <ul className="nz-team-files" data-testid="nz-team-files" aria-live="polite">
        {files.map((file, index) => {
          const failed = file.error !== null;
          const repeated = !failed && file.events > 0 && file.duplicates === file.events;
          return (
            <li
              key={`${file.name}-${index}`}
              className={failed ? 'nz-error' : undefined}
              data-testid="nz-team-file"
              data-state={failed ? 'failed' : repeated ? 'repeated' : 'loaded'}
            >
              {failed
                ? t('statsTeamFailed', { file: file.name, reason: problemOf(file, t) })
                : repeated
                  ? t('statsTeamRepeated', { file: file.name })
                  : t('statsTeamLoaded', {
                      file: file.name,
                      events: f.number(file.events - file.duplicates),
                      operator: file.operator ?? '—',
                    })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function OperatorTable({ team, onDownload }: { team: TeamMetrics; onDownload: () => void }) {
  const { t } = useI18n();
  const f = useStatsFormat();
  const duration = (ms: number | null) => (ms === null ? '—' : f.duration(ms));
  const row = (name: string, metrics: Metrics, total = false) => (
    <tr
      key={total ? ' total' : name}
      className={total ? 'nz-table__total' : undefined}
      data-testid="nz-team-row"
    >
      <th scope="row">{name}</th>
      <td className="nz-table__number">{f.number(metrics.reply.count)}</td>
      <td className="nz-table__number">{duration(metrics.firstResponse.median)}</td>
      <td className="nz-table__number">{duration(metrics.reply.median)}</td>
      <td className="nz-table__number">{duration(metrics.reply.p90)}</td>
      <td className="nz-table__number">
        {f.number(metrics.breaches.count)}
        {metrics.breaches.rate !== null && ` (${f.percent(metrics.breaches.rate)}%)`}
      </td>
      <td className="nz-table__number">{f.number(metrics.forgotten)}</td>
      <td className="nz-table__number">{f.number(metrics.conversationsHandled)}</td>
    </tr>
  );
  return (
    <section aria-labelledby="nz-team-operators" className="nz-stats-block" data-testid="nz-team-operators">
      <h2 id="nz-team-operators">{t('statsTeamOperators')}</h2>
      <div className="nz-table-scroll">
        <table className="nz-table">
          <thead>
            <tr>
              <th scope="col">{t('statsTeamOperator')}</th>
              <th scope="col">{t('statsSeriesReplies')}</th>
              <th scope="col">
                {t('statsFirstResponse')}, {t('statsMedian')}
              </th>
              <th scope="col">
                {t('statsReplyTime')}, {t('statsMedian')}
              </th>
              <th scope="col">
                {t('statsReplyTime')}, {t('statsP90')}
              </th>
              <th scope="col">{t('statsBreaches')}</th>
              <th scope="col">{t('statsForgotten')}</th>
              <th scope="col">{t('statsHandled')}</th>
            </tr>
          </thead>
          <tbody>{team.operators.map(({ operator, metrics }) => row(operator, metrics))}</tbody>
          <tfoot>{row(t('statsTeamTotal'), team.team, true)}</tfoot>
        </table>
      </div>
      <button type="button" className="nz-button nz-button--secondary nz-stats-more" onClick={onDownload}>
        {t('statsTeamSummaryCsv')}
      </button>
    </section>
  );
}

/**
 * The team lead's view: operators' export files, picked or dropped, merged
 * here and never stored. A bad file is named with its problem; the rest load.
 */
export function TeamView({
  team,
  filters,
  templateTitles,
  onFiltersChange,
  onAddFiles,
  onReset,
  onDownloadSummary,
}: TeamViewProps) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = await readAll(event.target.files, t);
    event.target.value = '';
    if (files.length > 0) onAddFiles(files);
  };
  const drop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = await readAll(event.dataTransfer.files, t);
    if (files.length > 0) onAddFiles(files);
  };
  const loaded = team !== null && team.files.some((file) => file.error === null);
  return (
    <>
      <div
        className={`nz-dropzone${dragging ? ' nz-dropzone--over' : ''}`}
        data-testid="nz-team-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => void drop(event)}
      >
        <p>{t('statsTeamHint')}</p>
        <div className="nz-actions">
          <label className="nz-button nz-file-button">
            {t('statsTeamChoose')}
            <input
              type="file"
              multiple
              accept="application/json,.json,text/csv,.csv"
              data-testid="nz-team-input"
              onChange={(event) => void pick(event)}
            />
          </label>
          <span className="nz-hint">{t('statsTeamDrop')}</span>
          {team && (
            <button type="button" className="nz-button nz-button--secondary" onClick={onReset}>
              {t('statsTeamReset')}
            </button>
          )}
        </div>
      </div>
      {team === null ? (
        <p className="nz-hint" data-testid="nz-team-empty">
          {t('statsTeamEmpty')}
        </p>
      ) : (
        <>
          <FileReports files={team.files} />
          {loaded && (
            <>
              <RangeControls
                filters={filters}
                sites={team.team.sites}
                rangeProblem={null}
                onChange={onFiltersChange}
                withRange={false}
              />
              <OperatorTable team={team} onDownload={onDownloadSummary} />
              <MetricsReport metrics={team.team} templateTitles={templateTitles} showOperator />
            </>
          )}
        </>
      )}
    </>
  );
}
