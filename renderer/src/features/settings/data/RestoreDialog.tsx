import { useEffect, useRef, useState } from 'react';
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
      (check) => active && setStep(check.problem !== null || !check.entries ? { kind: 'refused', problem: check.problem ?? 'it could not be read.' } : { kind: 'ready', entries: check.entries }),
      (e: unknown) => active && setStep({ kind: 'refused', problem: errorMessage(e) }),
    );
    return () => {
      active = false;
    };
  }, [backup.name]);

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
    <Dialog title={step.kind === 'done' ? 'Backup restored' : `Restore the backup of ${when}?`} onClose={close}>
      <div className="restore" aria-busy={step.kind === 'checking' || busy}>
        {step.kind === 'checking' && (
          <p className="restore__progress" role="status">
            <Spinner /> Checking the backup: every file is read and verified…
          </p>
        )}
        {step.kind === 'refused' && (
          <div className="restore__problem" role="alert">
            <p>This backup can’t be restored: {stripPrefix(step.problem)}</p>
            <p>Nothing was changed. Another backup may be fine.</p>
          </div>
        )}
        {step.kind === 'ready' && (
          <>
            <p>
              It holds {describeEntries(step.entries)} ({monthRange(backup.months)}). {backup.reasonText}.
            </p>
            <ol className="restore__steps">
              <li>Your data as it is now is backed up first, so nothing is lost: to undo, restore that backup (“Your data just before a restore”).</li>
              <li>Then your reflection log is replaced by the backup’s: what you added or changed after {when} will not show.</li>
              <li>Your settings, calendar connections and passphrase lock stay as they are.</li>
            </ol>
          </>
        )}
        {busy && (
          <p className="restore__progress" role="status">
            <Spinner /> Restoring: backing up your current data, then putting the backup in place…
          </p>
        )}
        {step.kind === 'done' && (
          <div className="restore__result" role="status">
            <p>
              <strong>Your log now holds what it had on {when}</strong> ({describeEntries(step.result.entries)}).
            </p>
            <p>What you had just before is kept as the backup of {backupDate(step.result.safetyBackup.createdAt)}. Restore that one to undo this.</p>
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
                Cancel
              </button>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void restore()}>
                {busy && <Spinner />}
                {busy ? 'Restoring…' : 'Restore this backup'}
              </button>
            </>
          ) : (
            <button ref={safeButton} type="button" className="button" disabled={step.kind === 'checking'} onClick={close}>
              {step.kind === 'done' ? 'Done' : 'Close'}
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
