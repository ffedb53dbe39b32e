import type { NoticeBoard } from './notices';
import { StorageWriteError } from './storage/collection';
import type { DataStore } from './storage/data-store';
import { describeWriteProblem } from './storage/write-problem';
import { t } from './text/main-text';

interface UpkeepDeps {
  store: DataStore;
  notices: NoticeBoard;
  onWriteFailed: (error: StorageWriteError) => void;
  log: (message: string, error: unknown) => void;
}

/** The store's upkeep: retrying writes the disk refused, the daily backup, and an import a crash cut short. */
export function storeUpkeep({ store, notices, onWriteFailed, log }: UpkeepDeps) {
  /** An import a crash cut short is finished once the whole history is loaded (it needs every month to skip what is there). */
  async function finishInterruptedImport(): Promise<void> {
    if (store.unreadableFiles.length > 0) return; // finished once the history reads again
    try {
      const added = await store.importJournal.finish((name) => store.collection(name));
      if (added) notices.post({ level: 'info', title: t('desktop:notices.importFinished.title'), detail: t('desktop:notices.importFinished.detail', { count: added }) });
    } catch (error) {
      if (error instanceof StorageWriteError) onWriteFailed(error);
      else log('Finishing an interrupted import failed', error);
    }
  }

  async function maintain(): Promise<void> {
    if (store.unsavedFiles.length > 0) {
      try {
        await store.saveUnsaved();
        notices.dismiss('unsaved-changes');
      } catch (error) {
        log('Retry of unsaved changes failed', error);
      }
    }
    try {
      await store.dailyBackupIfDue();
      if (notices.list().some((n) => n.id === 'backup-failed')) notices.dismiss('backup-failed');
    } catch (error) {
      log('Daily backup failed', error);
      notices.post({ key: 'backup-failed', level: 'warning', title: t('desktop:notices.backupFailed.title'), detail: describeWriteProblem(error) });
    }
  }

  return { finishInterruptedImport, maintain };
}
