import { useState, type ChangeEvent } from 'react';
import type { ImportChoice, ImportSummary } from '../../lib/domain/template/import-plan';
import { MAX_TEMPLATE_FILE_BYTES, type TemplateFileFormat } from '../../lib/domain/template/template-file';
import type { TemplateImportPreview } from '../../lib/domain/template/import-plan';
import { useI18n } from '../i18n/i18n-context';
import { describeFileProblem } from './describe-file-problem';
import { TemplateImportReview } from './template-import-review';
import { describeError } from '../../lib/i18n/user-error';

export interface TemplateFilesProps {
  /** The templates the list shows now (search and filters applied): what Export writes. */
  shownIds: string[];
  onExport: (ids: string[], format: TemplateFileFormat) => void;
  /** Reads a chosen file against the library; changes nothing. */
  onPreviewImport: (text: string, fileName: string) => Promise<TemplateImportPreview>;
  /** Imports it with a choice per conflict; rejects (with the reason) when nothing was imported. */
  onImport: (text: string, fileName: string, choices: Record<number, ImportChoice>) => Promise<ImportSummary>;
}

type FileState =
  | { step: 'review'; fileName: string; text: string; preview: Extract<TemplateImportPreview, { ok: true }> }
  | { step: 'failed'; fileName: string; problems: string[] }
  | { step: 'done'; fileName: string; summary: ImportSummary };

/** Export the shown templates as JSON or CSV; import a file after reviewing what it changes. */
export function TemplateFilesPanel({ shownIds, onExport, onPreviewImport, onImport }: TemplateFilesProps) {
  const { t } = useI18n();
  const [state, setState] = useState<FileState | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = (fileName: string, problems: string[]) => setState({ step: 'failed', fileName, problems });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Not even read: a huge file is not a template library.
    if (file.size > MAX_TEMPLATE_FILE_BYTES) {
      failed(file.name, [
        describeFileProblem(
          { place: { kind: 'file' }, field: null, code: 'too-large', params: { limit: '1 MB' } },
          t,
        ),
      ]);
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const preview = await onPreviewImport(text, file.name);
      if (preview.ok) setState({ step: 'review', fileName: file.name, text, preview });
      else
        failed(
          file.name,
          preview.problems.map((problem) => describeFileProblem(problem, t)),
        );
    } catch (error) {
      failed(file.name, [describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (choices: Record<number, ImportChoice>) => {
    if (state?.step !== 'review') return;
    setBusy(true);
    try {
      const summary = await onImport(state.text, state.fileName, choices);
      setState({ step: 'done', fileName: state.fileName, summary });
    } catch (error) {
      failed(state.fileName, [describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="nz-template-files" data-testid="nz-template-files">
      <p className="nz-hint">{t('templatesExportHint', { count: shownIds.length })}</p>
      <div className="nz-profile__actions">
        <button
          type="button"
          className="nz-button"
          disabled={shownIds.length === 0}
          onClick={() => onExport(shownIds, 'json')}
        >
          {t('templatesExportJson')}
        </button>
        <button
          type="button"
          className="nz-button"
          disabled={shownIds.length === 0}
          onClick={() => onExport(shownIds, 'csv')}
        >
          {t('templatesExportCsv')}
        </button>
        <label className="nz-button nz-button--secondary nz-file-button">
          {t('templatesImport')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            disabled={busy}
            onChange={(event) => void choose(event)}
          />
        </label>
      </div>

      {state?.step === 'review' && (
        <TemplateImportReview
          key={state.text}
          fileName={state.fileName}
          preview={state.preview}
          busy={busy}
          onConfirm={(choices) => void confirm(choices)}
          onCancel={() => setState(null)}
        />
      )}
      {state?.step === 'failed' && (
        <div className="nz-error" role="alert" data-testid="nz-template-import-problems">
          <p>{t('templatesImportFailed', { file: state.fileName })}</p>
          <ul>
            {state.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {state?.step === 'done' && (
        <div className="nz-success" role="status" data-testid="nz-template-import-result">
          <p>
            {t('templatesImportDone', {
              file: state.fileName,
              added: state.summary.added,
              replaced: state.summary.replaced,
              kept: state.summary.kept,
              unchanged: state.summary.unchanged,
            })}
          </p>
          {state.summary.renamed.length > 0 && (
            <ul>
              {state.summary.renamed.map((rename) => (
                <li key={`${rename.language}-${rename.to}`}>{t('templatesImportRenamed', { ...rename })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
