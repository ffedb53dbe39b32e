import { join } from 'node:path';
import type { Notice } from '../../../shared/domain/notice';
import type { Clock } from '../clock';
import { readBackupFile, type BackupInfo } from './backups';
import type { FileCodec } from './codec';
import { writeFileDurably } from './durable-file';
import { mkdir, rename } from './fs';
import type { GenerationLedger } from './generations';
import { t } from '../text/main-text';

/** Why a file that exists was not read: someone else's file in its place (see the codec and the ledger). */
export type Tampering = 'plain' | 'moved' | 'rolled-back';

const TAMPERING_KEYS = { plain: 'plain', moved: 'moved', 'rolled-back': 'rolledBack' } as const satisfies Record<Tampering, string>;

/** Why a damaged file is being recovered: an older copy put back, or a file that could not be read. */
export type DamageProblem = 'olderCopy' | 'unreadable';

export interface DamagedFilesSite {
  storeFolder: string;
  quarantineFolder: string;
  schemaVersion: number;
  clock: Clock;
  codec: FileCodec;
  ledger: GenerationLedger;
  listBackups(): Promise<BackupInfo[]>;
  notice(level: Notice['level'], title: string, detail: string): void;
}

/**
 * What the store does with a data file it cannot use: keeps it in quarantine (never deletes
 * it), puts back the newest backup copy that reads cleanly, and tells the user in plain words.
 */
export class DamagedFiles {
  constructor(private readonly site: DamagedFilesSite) {}

  reportTampering(path: string, kind: Tampering): void {
    const key = TAMPERING_KEYS[kind];
    this.site.notice('error', t(`desktop:notices.files.${key}.title`), t(`desktop:notices.files.${key}.detail`, { path }));
  }

  /** The generation ledger did not open (see GenerationLedger.load) and starts over from the files. */
  reportLedgerStartedOver(): void {
    this.site.notice(
      'warning',
      t('desktop:notices.files.ledgerStartedOver.title'),
      t('desktop:notices.files.ledgerStartedOver.detail'),
    );
  }

  reportLedgerMissing(): void {
    this.site.notice(
      'warning',
      t('desktop:notices.files.ledgerMissing.title'),
      t('desktop:notices.files.ledgerMissing.detail'),
    );
  }

  /** Keeps the whole file in quarantine and says so: the entries that do not pass are left out of the log, never dropped. */
  async setAsideRecords(path: string, bytes: Buffer, count: number): Promise<void> {
    const kept = await this.keepCopy(path, bytes);
    this.site.notice(
      'warning',
      t('desktop:notices.files.setAside.title', { count }),
      t('desktop:notices.files.setAside.detail', { count, path, kept }),
    );
  }

  /**
   * Puts back the newest backup copy of `path` that `validate` accepts, keeping the damaged
   * file (`damaged`: its bytes, null when it is not a file) aside. Never drops records
   * silently: the damaged file is kept and the user is told.
   */
  async recover<T>(path: string, damaged: Buffer | null, validate: (bytes: Uint8Array) => Promise<T | null>, problem: DamageProblem): Promise<T | null> {
    const { site } = this;
    for (const backup of await site.listBackups()) {
      if (backup.schemaVersion !== site.schemaVersion) continue;
      const bytes = await readBackupFile(backup, path);
      const data = bytes && (await validate(bytes));
      if (!bytes || !data) continue;
      // A copy is kept aside first and the good one then written over the damaged file: a crash
      // in between leaves the damaged file in place (recovered again at the next start), never no file.
      const kept = await this.setAside(path, damaged);
      // Written as the file's next generation: the copy is now the newest, and never mistaken for an older one put back.
      const generation = site.ledger.next(path);
      await writeFileDurably(join(site.storeFolder, path), site.codec.encode(site.codec.decode(bytes, path), path, generation));
      await site.ledger.written(path, generation);
      site.notice(
        'warning',
        t('desktop:notices.files.restored.title'),
        t(`desktop:notices.files.restored.${problem}`, { path, backup: backup.createdAt, kept }),
      );
      return data;
    }
    const kept = await this.quarantine(path);
    site.notice('error', t('desktop:notices.files.lost.title'), t(`desktop:notices.files.lost.${problem}`, { path, kept }));
    return null;
  }

  /** Moves a store file into quarantine; returns where it is kept. */
  async quarantine(path: string): Promise<string> {
    await mkdir(this.site.quarantineFolder, { recursive: true });
    const target = this.quarantinePath(path);
    await rename(join(this.site.storeFolder, path), target);
    return target;
  }

  /** Keeps a copy of a damaged file's bytes in quarantine, or moves the file there when it could not be read. */
  async setAside(path: string, bytes: Buffer | null): Promise<string> {
    return bytes === null ? this.quarantine(path) : this.keepCopy(path, bytes);
  }

  private async keepCopy(path: string, bytes: Buffer): Promise<string> {
    const target = this.quarantinePath(path);
    await writeFileDurably(target, bytes);
    return target;
  }

  private quarantinePath(path: string): string {
    const stamp = this.site.clock.now().toISOString().replace(/[:.]/g, '-');
    return join(this.site.quarantineFolder, `${stamp}__${path.replaceAll('/', '__')}`);
  }
}
