import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('settingsData');
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
      setStatus(t('backups.backedUp', { when: backupDate(made.createdAt) }));
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
            {t('backups.title')}
          </h3>
          <p className="field__hint">{t('backups.intro')}</p>
        </div>
        <button type="button" className="button button--small" disabled={busy} onClick={() => void backUpNow()}>
          {busy && <Spinner />}
          {busy ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      <p className="backups__status" role="status">
        {status}
      </p>
      <FieldError message={error} />
      {shown && shown.length === 0 && <p className="settings-section__empty">{t('backups.empty')}</p>}
      {shown && shown.length > 0 && (
        <ul className="backups__list" aria-labelledby="backups-title">
          {shown.map((b) => (
            <li key={b.name} className="backup">
              <div className="backup__what">
                <span className="backup__date">{backupDate(b.createdAt)}</span>
                <span className="backup__why">{b.reasonText}</span>
              </div>
              <span className="backup__size">
                {t('backups.sizeAndMonths', { size: byteSize(b.bytes), months: monthRange(t, b.months) })}
              </span>
              {b.restorable ? (
                <button type="button" className="button button--small" aria-label={t('backups.restoreLabel', { when: backupDate(b.createdAt), reason: b.reasonText })} onClick={() => setRestoring(b)}>
                  {t('backups.restore')}
                </button>
              ) : (
                <span className="backup__newer">{t('backups.newer')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {backups && backups.length > FIRST_SHOWN && (
        <button type="button" className="button button--small button--ghost backups__more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('backups.showFewer') : t('backups.showAll', { count: backups.length })}
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
