import type { BackupSummary, RestoreResult } from '../../../shared/contract/data-admin';
import { AppError } from '../../../shared/domain/errors';
import type { Clock } from '../clock';
import type { Emit } from '../events';
import { createBackup, type BackupInfo } from '../storage/backups';
import type { FileCodec } from '../storage/codec';
import type { CollectionSpec, StoredRecord } from '../storage/collection';
import type { DataStore } from '../storage/data-store';
import type { Migration } from '../storage/migrations';
import type { NoticeBoard } from '../notices';
import { checkBackup, type BackupCheck } from './backup-check';
import { summarizeBackup } from './backup-summary';
import { eraseUserData } from './erase';
import { ReopenError, type ServicesHost } from './services-host';
import { replaceStoreWithBackup } from './store-swap';
import { isFileSystemError, readProblemClause, writeProblemClause } from '../storage/write-problem';
import { formatInstant } from '../../../shared/format/locale-format';
import { mainLocale, t } from '../text/main-text';

export interface DataAdminOptions {
  userDataDirectory: string;
  store: DataStore;
  collections: readonly CollectionSpec<StoredRecord>[];
  codec: FileCodec;
  migrations: readonly Migration[];
  clock: Clock;
  timeZone: () => string;
  /** Null where nobody can reopen the services (restore and delete-all then refuse). */
  host: ServicesHost | null;
  emit: Emit;
  notices: NoticeBoard;
}

/** Settings → Your data: the backups (list, make one, check, restore) and deleting everything. */
export class DataAdminService {
  constructor(private readonly options: DataAdminOptions) {}

  private get store(): DataStore {
    return this.options.store;
  }

  async listBackups(): Promise<BackupSummary[]> {
    return (await this.store.listBackups()).map((b) => summarizeBackup(b, this.store.schemaVersion));
  }

  async backupNow(): Promise<BackupSummary> {
    try {
      return summarizeBackup(await this.store.backupNow('manual'), this.store.schemaVersion);
    } catch (error) {
      throw new AppError('storage', t('errors:backup.makeFailed', { problem: writeProblemClause(error) }));
    }
  }

  /** Reads the whole backup and says what it holds, or why it cannot be restored. */
  async check(name: string): Promise<BackupCheck> {
    return checkBackup(await this.find(name), this.checkOptions());
  }

  /**
   * Replaces the data with a backup's. The backup is checked in full first (refused, with
   * nothing changed, if any file is damaged); the current data is then backed up ('pre-restore',
   * never rotated away, so the restore can be undone by restoring that one) and the store's
   * files are swapped while the services are closed; the services reopen on the restored data
   * (an older data format is upgraded as it opens).
   */
  async restore(name: string): Promise<RestoreResult> {
    let backup: BackupInfo;
    let check: BackupCheck;
    try {
      backup = await this.find(name);
      check = await checkBackup(backup, this.checkOptions());
    } catch (error) {
      if (error instanceof AppError || !isFileSystemError(error)) throw error;
      throw new AppError('storage', t('errors:backup.readFailed', { problem: readProblemClause(error) }));
    }
    if (check.problem !== null) throw new AppError('conflict', t('errors:backup.notRestorable', { problem: check.problem }));
    await this.requireEverythingSaved();
    const host = this.requireHost();
    const made: { safety: BackupInfo | null } = { safety: null };
    let services;
    try {
      services = await host.reopen(async () => {
        made.safety = await createBackup({
          storeFolder: this.store.storeFolder,
          backupsFolder: this.store.backupsFolder,
          reason: 'pre-restore',
          schemaVersion: this.store.schemaVersion,
          now: await this.unusedBackupTime(),
        });
        await replaceStoreWithBackup(this.store.storeFolder, backup);
      });
    } catch (error) {
      throw await this.restoreFailed(error, made.safety);
    }
    const safety = made.safety!;
    services?.notices.post({
      key: 'data-restored',
      level: 'info',
      title: t('desktop:notices.dataRestored.title'),
      detail: t('desktop:notices.dataRestored.detail', { restoredFrom: this.when(backup.createdAt), safety: this.when(safety.createdAt) }),
    });
    this.options.emit('data.replaced', { change: 'restored', at: this.options.clock.now().toISOString() });
    return { restored: this.summary(backup), safetyBackup: this.summary(safety), entries: check.entries };
  }

  /**
   * Deletes everything Touchpoint keeps (see eraseUserData) while the services are closed, and
   * opens them again on an empty profile: the app starts over at the welcome.
   */
  deleteAll(): Promise<{ removed: string[] }> {
    return deleteAllData({ ...this.options, host: this.requireHost() });
  }

  private async restoreFailed(error: unknown, safety: BackupInfo | null): Promise<AppError> {
    if (!safety) return new AppError('storage', t('errors:backup.safetyFailed', { problem: writeProblemClause(error) }));
    if (error instanceof ReopenError) {
      // The restored files did not open (the check makes this unlikely): put the previous data back.
      try {
        await this.requireHost().reopen(() => replaceStoreWithBackup(this.store.storeFolder, safety));
        return new AppError('storage', t('errors:backup.putBack'));
      } catch {
        return new AppError('storage', t('errors:backup.notOpened', { safety: this.when(safety.createdAt) }));
      }
    }
    return new AppError('storage', t('errors:backup.restoreFailed', { problem: writeProblemClause(error), safety: this.when(safety.createdAt) }));
  }

  /** Now, or a millisecond later if a backup already has that time (its folder name would clash). */
  private async unusedBackupTime(): Promise<Date> {
    const taken = new Set((await this.store.listBackups()).map((b) => Date.parse(b.createdAt)));
    let at = this.options.clock.now().getTime();
    while (taken.has(at)) at++;
    return new Date(at);
  }

  private async find(name: string): Promise<BackupInfo> {
    const backup = (await this.store.listBackups()).find((b) => b.name === name);
    if (!backup) throw new AppError('not_found', t('errors:backup.gone'));
    return backup;
  }

  /** Changes only in memory (the disk refused them) would be lost by a restore: save them first or refuse. */
  private async requireEverythingSaved(): Promise<void> {
    if (this.store.unsavedFiles.length === 0) return;
    await this.store.saveUnsaved().catch(() => undefined);
    if (this.store.unsavedFiles.length > 0) {
      throw new AppError('storage', t('errors:backup.unsaved'));
    }
  }

  private requireHost(): ServicesHost {
    if (!this.options.host) throw new AppError('internal', t('errors:backup.notHere'));
    return this.options.host;
  }

  private checkOptions() {
    return { collections: this.options.collections, codec: this.options.codec, migrations: this.options.migrations, schemaVersion: this.store.schemaVersion };
  }

  private summary(backup: BackupInfo): BackupSummary {
    return summarizeBackup(backup, this.store.schemaVersion);
  }

  private when(iso: string): string {
    return formatInstant(mainLocale(), iso, this.options.timeZone(), 'dayMonthYearTime');
  }
}

/**
 * "Delete all my data": erases everything Touchpoint keeps (see eraseUserData) while the
 * services are closed, and opens them again on an empty profile, so the app starts over at the
 * welcome. Needs no open log: the AppHost can serve it while locked (a forgotten passphrase).
 */
export async function deleteAllData(options: { host: ServicesHost; userDataDirectory: string; clock: Clock; emit: Emit; notices: NoticeBoard }): Promise<{ removed: string[] }> {
  const { host } = options;
  // Notices about the old data (a damaged file, unsaved changes) mean nothing after it is gone.
  const stale = options.notices.list().map((n) => n.id);
  let removed: string[] = [];
  let services;
  try {
    services = await host.reopen(async () => {
      removed = await eraseUserData(options.userDataDirectory, options.clock.now());
      await host.eraseShellData();
    });
  } catch (error) {
    if (error instanceof ReopenError) throw new AppError('storage', t('errors:backup.deletedNotRestarted'));
    throw new AppError('storage', t('errors:backup.deleteFailed', { problem: writeProblemClause(error) }));
  }
  for (const id of stale) (services?.notices ?? options.notices).dismiss(id);
  options.emit('data.replaced', { change: 'deleted', at: options.clock.now().toISOString() });
  return { removed };
}
