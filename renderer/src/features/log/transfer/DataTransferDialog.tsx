import { useEffect, useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ImportReport, TransferCounts } from '../../../../../shared/domain/transfer';
import { call, errorMessage, subscribe } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { describeEntries } from '../../settings/data/format';
import { formatPercent } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';

/** The formats by their names (the same in every language) and their hints' keys. */
const FORMATS = [
  { value: 'markdown', label: 'Markdown', hint: 'transfer.formatHint.markdown' },
  { value: 'csv', label: 'CSV', hint: 'transfer.formatHint.csv' },
  { value: 'json', label: 'JSON', hint: 'transfer.formatHint.json' },
] as const satisfies readonly { value: ExportFormat; label: string; hint: string }[];

/** "3 moments, 1 follow-up and 1 review", or "nothing". */
function describeCounts(t: TFunction<['log', 'common']>, entryWords: TFunction<'settingsData'>, counts: TransferCounts): string {
  return Object.values(counts).some((n) => n > 0) ? describeEntries(counts, entryWords) : t('transfer.nothing');
}

/** Saves text as a file through the browser's download (Electron asks where to save it). */
function download(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export the log (Markdown, CSV, JSON) and import a JSON export, with progress and a clear report. */
export function DataTransferDialog(props: { onClose: () => void }) {
  const { t } = useTranslation(['log', 'common']);
  const { t: entryWords } = useTranslation('settingsData');
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [progress, setProgress] = useState<{ operation: string; done: number; total: number } | null>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const fileId = useId();

  useEffect(() => subscribe('transfer.progress', setProgress), []);

  const exportNow = async () => {
    setBusy('export');
    setError(null);
    setMessage(null);
    try {
      const result = await call('data.export', { format });
      download(result.fileName, result.mimeType, result.content);
      setMessage(t('transfer.exported', { what: describeCounts(t, entryWords, result.counts), file: result.fileName }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const importFile = async (file: File) => {
    setBusy('import');
    setError(null);
    setMessage(null);
    setReport(null);
    try {
      const text = await file.text();
      setReport(await call('data.import', { text }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const percent = progress && progress.total > 0 ? progress.done / progress.total : null;
  return (
    <Dialog title={t('transfer.title')} onClose={props.onClose}>
      <div className="transfer">
        <section aria-labelledby="export-title">
          <h3 id="export-title" className="field__label">
            {t('transfer.exportTitle')}
          </h3>
          <p className="field__hint">{t('transfer.exportHint')}</p>
          <fieldset className="transfer__formats">
            <legend className="visually-hidden">{t('transfer.format')}</legend>
            {FORMATS.map((f) => (
              <label key={f.value} className="radio">
                <input type="radio" name="format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
                <span>
                  <strong>{f.label}</strong> <span className="muted">— {t(f.hint)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void exportNow()}>
            {busy === 'export' ? t('transfer.exporting') : t('transfer.export')}
          </button>
        </section>

        <section aria-labelledby="import-title">
          <h3 id="import-title" className="field__label">
            {t('transfer.importTitle')}
          </h3>
          <p className="field__hint">{t('transfer.importHint')}</p>
          <label className="button" htmlFor={fileId} aria-disabled={busy !== null}>
            {busy === 'import' ? t('transfer.importing') : t('transfer.chooseFile')}
          </label>
          <input
            id={fileId}
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            disabled={busy !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </section>

        {busy && (
          <div className="transfer__progress" role="status">
            <progress max={100} value={percent !== null ? Math.round(percent * 100) : undefined} aria-label={busy === 'export' ? t('transfer.exportProgress') : t('transfer.importProgress')} />
            <span className="muted">{percent !== null ? formatPercent(appLocale(), percent) : t('transfer.working')}</span>
          </div>
        )}
        {message && (
          <p className="transfer__done" role="status">
            {message}
          </p>
        )}
        {error && (
          <div className="alert" role="alert">
            {error}
          </div>
        )}
        {report && (
          <div className="transfer__report" role="status">
            <p>
              <strong>{t('transfer.imported', { what: describeCounts(t, entryWords, report.added) })}</strong>
            </p>
            {Object.values(report.unchanged).some((n) => n > 0) && <p className="muted">{t('transfer.unchanged', { what: describeCounts(t, entryWords, report.unchanged) })}</p>}
            {Object.values(report.conflicts).some((n) => n > 0) && <p>{t('transfer.conflicts', { what: describeCounts(t, entryWords, report.conflicts) })}</p>}
            {report.invalidCount > 0 && (
              <details>
                <summary>{t('transfer.invalid', { count: report.invalidCount })}</summary>
                <ul>
                  {report.invalid.map((i) => (
                    <li key={`${i.kind}-${i.index}`}>
                      {t('transfer.invalidItem', { kind: i.kind, number: i.index + 1, reason: i.reason })}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {report.unknownFields.length > 0 && <p className="muted">{t('transfer.unknownFields', { fields: report.unknownFields.join(', ') })}</p>}
          </div>
        )}
        <div className="moment-form__actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t('common:actions.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
