import { useEffect, useId, useState } from 'react';
import type { ExportFormat, ImportReport, TransferCounts } from '../../../../../shared/domain/transfer';
import { call, errorMessage, subscribe } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { describeEntries } from '../../settings/data/format';

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'markdown', label: 'Markdown', hint: 'a readable journal, day by day' },
  { value: 'csv', label: 'CSV', hint: 'one row per entry, for a spreadsheet' },
  { value: 'json', label: 'JSON', hint: 'everything, to restore or move to another computer' },
];

/** "3 moments, 1 follow-up and 1 review", or "nothing". */
function describeCounts(counts: TransferCounts): string {
  return Object.values(counts).some((n) => n > 0) ? describeEntries(counts) : 'nothing';
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
      setMessage(`Exported ${describeCounts(result.counts)} to ${result.fileName}.`);
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

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <Dialog title="Export or import" onClose={props.onClose}>
      <div className="transfer">
        <section aria-labelledby="export-title">
          <h3 id="export-title" className="field__label">
            Export your log
          </h3>
          <p className="field__hint">Nothing leaves this computer unless you save the file and share it yourself.</p>
          <fieldset className="transfer__formats">
            <legend className="visually-hidden">Format</legend>
            {FORMATS.map((f) => (
              <label key={f.value} className="radio">
                <input type="radio" name="format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
                <span>
                  <strong>{f.label}</strong> <span className="muted">— {f.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void exportNow()}>
            {busy === 'export' ? 'Exporting…' : 'Export'}
          </button>
        </section>

        <section aria-labelledby="import-title">
          <h3 id="import-title" className="field__label">
            Import a JSON export
          </h3>
          <p className="field__hint">Adds what is not here yet; entries already here stay as they are.</p>
          <label className="button" htmlFor={fileId} aria-disabled={busy !== null}>
            {busy === 'import' ? 'Importing…' : 'Choose a file…'}
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
            <progress max={100} value={percent ?? undefined} aria-label={busy === 'export' ? 'Export progress' : 'Import progress'} />
            <span className="muted">{percent !== null ? `${percent}%` : 'Working…'}</span>
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
              <strong>Imported {describeCounts(report.added)}.</strong>
            </p>
            {Object.values(report.unchanged).some((n) => n > 0) && <p className="muted">Already here: {describeCounts(report.unchanged)}.</p>}
            {Object.values(report.conflicts).some((n) => n > 0) && <p>Kept the version already here for {describeCounts(report.conflicts)} that differed.</p>}
            {report.invalidCount > 0 && (
              <details>
                <summary>{report.invalidCount} entries could not be read and were skipped</summary>
                <ul>
                  {report.invalid.map((i) => (
                    <li key={`${i.kind}-${i.index}`}>
                      {i.kind} #{i.index + 1}: {i.reason}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {report.unknownFields.length > 0 && <p className="muted">Not kept (this version of Touchpoint does not know them): {report.unknownFields.join(', ')}.</p>}
          </div>
        )}
        <div className="moment-form__actions">
          <button type="button" className="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  );
}
