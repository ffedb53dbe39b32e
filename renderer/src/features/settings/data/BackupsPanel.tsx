import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '../../../../../shared/contract/data-admin';
import { call, errorMessage, subscribe } from '../../../api';
import { Spinner } from '../../../components/Spinner';
import { backupDate, byteSize, monthRange } from './format';
import { RestoreDialog } from './RestoreDialog';
import { FieldError } from '../../../components/FieldError';

/** Shown before "Show all": the newest few are the ones people restore. */
const FIRST_SHOWN = 6;

/** Settings → Your data → Backups: when each was made and why, "Back up now", and "Restore…". */
export function BackupsPanel() {
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);

  const refresh = useCallback(() => {
    call('data.backups').then(
      (list) => {
        setBackups(list);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);
  useEffect(() => {
    refresh();
    return subscribe('data.replaced', refresh);
  }, [refresh]);

  const backUpNow = async () => {
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      const made = await call('data.backupNow');
      setStatus(`Backed up: ${backupDate(made.createdAt)}.`);
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const shown = backups && !showAll ? backups.slice(0, FIRST_SHOWN) : backups;
  return (
    <div className="settings-field backups">
      <div className="settings-section__header">
        <div>
          <h3 id="backups-title" className="field__label">
            Backups
          </h3>
          <p className="field__hint">
            Touchpoint backs up your log once a day (the last 7 days and 8 weeks are kept) and before every upgrade or restore (kept until you delete your data). Restoring one never loses
            anything: what you have now is backed up first.
          </p>
        </div>
        <button type="button" className="button button--small" disabled={busy} onClick={() => void backUpNow()}>
          {busy && <Spinner />}
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <p className="backups__status" role="status">
        {status}
      </p>
      <FieldError message={error} />
      {shown && shown.length === 0 && <p className="settings-section__empty">No backups yet. The first is made today, once your log has something in it.</p>}
      {shown && shown.length > 0 && (
        <ul className="backups__list" aria-labelledby="backups-title">
          {shown.map((b) => (
            <li key={b.name} className="backup">
              <div className="backup__what">
                <span className="backup__date">{backupDate(b.createdAt)}</span>
                <span className="backup__why">{b.reasonText}</span>
              </div>
              <span className="backup__size">
                {byteSize(b.bytes)} · {monthRange(b.months)}
              </span>
              {b.restorable ? (
                <button type="button" className="button button--small" aria-label={`Restore the backup of ${backupDate(b.createdAt)} (${b.reasonText})…`} onClick={() => setRestoring(b)}>
                  Restore…
                </button>
              ) : (
                <span className="backup__newer">Made by a newer version</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {backups && backups.length > FIRST_SHOWN && (
        <button type="button" className="button button--small button--ghost backups__more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${backups.length} backups`}
        </button>
      )}
      {restoring && (
        <RestoreDialog
          backup={restoring}
          onDone={() => refresh()}
          onClose={() => {
            setRestoring(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}
