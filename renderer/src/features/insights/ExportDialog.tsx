import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklySummary } from '../../../../shared/domain/insights';
import { call, errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { weekRange } from './format';

/** Saves text as a file the way a browser download does; the main process shows the save dialog. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The weekly summary, previewed before anything is saved. Notes are left out unless the user
 * asks for them: the page is meant to be shared, and notes are the most personal part.
 */
export function ExportDialog(props: { weeks: string[]; onClose: () => void }) {
  const { t } = useTranslation(['insights', 'common']);
  const newestFirst = [...props.weeks].reverse();
  const [weekStart, setWeekStart] = useState(newestFirst[0]!);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [summary, setSummary] = useState<WeeklySummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const weekId = useId();
  const notesId = useId();

  useEffect(() => {
    let current = true;
    call('insights.weeklySummary', { weekStart, includeNotes }).then(
      (s) => current && (setSummary(s), setError(null)),
      (e: unknown) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [weekStart, includeNotes]);

  const label = (monday: string, i: number) => (i === 0 ? t('exportDialog.thisWeek', { range: weekRange(monday) }) : i === 1 ? t('exportDialog.lastWeek', { range: weekRange(monday) }) : weekRange(monday));

  return (
    <Dialog title={t('exportDialog.title')} onClose={props.onClose}>
      <div className="export">
        <p className="muted">{t('exportDialog.intro')}</p>
        <div className="export__options">
          <span className="field">
            <label className="field__label" htmlFor={weekId}>
              {t('exportDialog.week')}
            </label>
            <select id={weekId} className="select" value={weekStart} onChange={(e) => setWeekStart(e.target.value)}>
              {newestFirst.map((w, i) => (
                <option key={w} value={w}>
                  {label(w, i)}
                </option>
              ))}
            </select>
          </span>
          <label className="checkbox" htmlFor={notesId}>
            <input id={notesId} type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
            {t('exportDialog.includeNotes')}
          </label>
        </div>
        {error && (
          <div className="alert" role="alert">
            {error}
          </div>
        )}
        <h3 className="export__preview-title" id="export-preview-title">
          {t('exportDialog.preview')}
        </h3>
        {/* Focusable so the preview scrolls by keyboard. */}
        <pre className="export__preview" tabIndex={0} aria-labelledby="export-preview-title" aria-busy={summary === null}>
          {summary?.markdown ?? t('exportDialog.preparing')}
        </pre>
        <div className="moment-form__actions">
          {saved && (
            <span className="export__saved" role="status">
              {t('exportDialog.started', { file: saved })}
            </span>
          )}
          <button type="button" className="button" onClick={props.onClose}>
            {t('common:actions.close')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!summary}
            onClick={() => {
              if (!summary) return;
              download(summary.fileName, summary.markdown);
              setSaved(summary.fileName);
            }}
          >
            {t('exportDialog.download')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
