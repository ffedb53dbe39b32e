import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { BackupSummary, RestoreResult } from '../../../../../shared/contract/data-admin';
import type { TransferCounts } from '../../../../../shared/domain/transfer';
import { call, errorMessage } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { Spinner } from '../../../components/Spinner';
import { backupDate, describeEntries, monthRange } from './format';

type Step =
  | { kind: 'checking' }
  | { kind: 'ready'; entries: TransferCounts }
  | { kind: 'refused'; problem: string }
  | { kind: 'restoring' }
  | { kind: 'done'; result: RestoreResult }
  | { kind: 'failed'; message: string };

/**
 * Restoring a backup: the backup is read and checked in full first (what it holds, or why it
 * cannot be restored), then the user confirms knowing what happens, sees it run, and gets the
 * result with the way back.
 */
export function RestoreDialog(props: { backup: BackupSummary; onDone: () => void; onClose: () => void }) {
  const { backup } = props;
  const { t } = useTranslation(['settingsData', 'common']);
  const [step, setStep] = useState<Step>({ kind: 'checking' });
  const when = backupDate(backup.createdAt);
  // The safe choice has the keyboard at each step: Cancel before, Done or Close after.
  const safeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step.kind !== 'checking' && step.kind !== 'restoring') safeButton.current?.focus();
  }, [step.kind]);

  useEffect(() => {
    let active = true;
    call('data.checkBackup', { name: backup.name }).then(
      (check) => active && setStep(check.problem !== null || !check.entries ? { kind: 'refused', problem: check.problem ?? t('restore.unreadable') } : { kind: 'ready', entries: check.entries }),
      (e: unknown) => active && setStep({ kind: 'refused', problem: errorMessage(e) }),
    );
    return () => {
      active = false;
    };
  }, [backup.name, t]);

  const restore = async () => {
    setStep({ kind: 'restoring' });
    try {
      const result = await call('data.restore', { name: backup.name });
      setStep({ kind: 'done', result });
      props.onDone();
    } catch (e) {
      setStep({ kind: 'failed', message: errorMessage(e) });
    }
  };

  const busy = step.kind === 'restoring';
  // While it runs, the dialog stays: closing it would hide the outcome, not stop the restore.
  const close = () => {
    if (!busy) props.onClose();
  };
  return (
    <Dialog title={step.kind === 'done' ? t('restore.doneTitle') : t('restore.title', { when })} onClose={close}>
      <div className="restore" aria-busy={step.kind === 'checking' || busy}>
        {step.kind === 'checking' && (
          <p className="restore__progress" role="status">
            <Spinner /> {t('restore.checking')}
          </p>
        )}
        {step.kind === 'refused' && (
          <div className="restore__problem" role="alert">
            <p>{t('restore.refused', { problem: stripPrefix(step.problem) })}</p>
            <p>{t('restore.nothingChanged')}</p>
          </div>
        )}
        {step.kind === 'ready' && (
          <>
            <p>{t('restore.holds', { entries: describeEntries(step.entries, t), months: monthRange(t, backup.months), reason: backup.reasonText })}</p>
            <ol className="restore__steps">
              <li>{t('restore.stepBackUp')}</li>
              <li>{t('restore.stepReplace', { when })}</li>
              <li>{t('restore.stepKeep')}</li>
            </ol>
          </>
        )}
        {busy && (
          <p className="restore__progress" role="status">
            <Spinner /> {t('restore.restoring')}
          </p>
        )}
        {step.kind === 'done' && (
          <div className="restore__result" role="status">
            <p>
              <Trans t={t} i18nKey="restore.result" values={{ when, entries: describeEntries(step.result.entries, t) }} components={{ strong: <strong /> }} />
            </p>
            <p>{t('restore.undoHint', { when: backupDate(step.result.safetyBackup.createdAt) })}</p>
          </div>
        )}
        {step.kind === 'failed' && (
          <div className="restore__problem" role="alert">
            <p>{step.message}</p>
          </div>
        )}
        <div className="dialog__actions">
          {step.kind === 'ready' || busy ? (
            <>
              <button ref={safeButton} type="button" className="button" disabled={busy} onClick={close}>
                {t('common:actions.cancel')}
              </button>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void restore()}>
                {busy && <Spinner />}
                {busy ? t('restore.busy') : t('restore.confirm')}
              </button>
            </>
          ) : (
            <button ref={safeButton} type="button" className="button" disabled={step.kind === 'checking'} onClick={close}>
              {step.kind === 'done' ? t('common:actions.done') : t('common:actions.close')}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}

/** The service's refusal starts with the same words as the dialog's line. */
function stripPrefix(problem: string): string {
  return problem.replace(/^This backup can’t be restored: /, '').replace(/ Nothing was changed\.$/, '');
}
