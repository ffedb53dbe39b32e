import { join } from 'node:path';
import type { Notice } from '../../../shared/domain/notice';
import type { Clock } from '../clock';
import { readBackupFile, type BackupInfo } from './backups';
import type { FileCodec } from './codec';
import { writeFileDurably } from './durable-file';
import { mkdir, rename } from './fs';
import type { GenerationLedger } from './generations';

/** Why a file that exists was not read: someone else's file in its place (see the codec and the ledger). */
export type Tampering = 'plain' | 'moved' | 'rolled-back';

const TAMPERING_NOTICES: Record<Tampering, { title: string; detail: (path: string) => string }> = {
  plain: {
    title: 'A file was not encrypted although the lock is on',
    detail: (path) => `${path} was in plain text while the passphrase lock is on. Touchpoint never writes it that way, so someone with access to your files may have replaced it. It was set aside without being read.`,
  },
  moved: {
    title: 'A file was not where it belongs',
    detail: (path) => `${path} held an encrypted file that belongs to another part of your log: someone with access to your files may have copied it there. It was set aside without being read.`,
  },
  'rolled-back': {
    title: 'An older copy of a file was put back',
    detail: (path) =>
      `${path} is an older copy of itself than the one Touchpoint last saved: someone with access to your files may have put it back, which would bring back entries you deleted and hide newer ones. It was set aside without being read; only a copy as new as the last one saved is taken back.`,
  },
};

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
    const notice = TAMPERING_NOTICES[kind];
    this.site.notice('error', notice.title, notice.detail(path));
  }

  /** The generation ledger did not open (see GenerationLedger.load) and starts over from the files. */
  reportLedgerStartedOver(): void {
    this.site.notice(
      'warning',
      'The record of your files’ versions could not be read',
      'Touchpoint keeps a record of how often each file was saved, to notice an older copy of a file put back in its place. That record was damaged or changed, so it was started again from the files as they are now. Your entries are not affected.',
    );
  }

  reportLedgerMissing(): void {
    this.site.notice(
      'warning',
      'The record of your files’ versions was missing',
      'Touchpoint keeps a record of how often each file was saved, to notice an older copy of a file put back in its place. That record was missing although the lock is on, so an older copy of a file put back now would not be noticed. If you did not remove it, someone with access to your files may have. Your entries are read as they are; a new record was started.',
    );
  }

  /** Keeps the whole file in quarantine and says so: the entries that do not pass are left out of the log, never dropped. */
  async setAsideRecords(path: string, bytes: Buffer, count: number): Promise<void> {
    const kept = await this.keepCopy(path, bytes);
    this.site.notice(
      'warning',
      count === 1 ? 'An entry did not pass its checks and was set aside' : `${count} entries did not pass their checks and were set aside`,
      `${path} holds ${count === 1 ? 'an entry' : `${count} entries`} Touchpoint cannot show (a value out of range or unknown, such as a time zone). The rest of the file is read as usual; the whole file is kept at ${kept}.`,
    );
  }

  /**
   * Puts back the newest backup copy of `path` that `validate` accepts, keeping the damaged
   * file (`damaged`: its bytes, null when it is not a file) aside. Never drops records
   * silently: the damaged file is kept and the user is told.
   */
  async recover<T>(path: string, damaged: Buffer | null, validate: (bytes: Uint8Array) => Promise<T | null>, problem: string): Promise<T | null> {
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
        'A damaged data file was restored from a backup',
        `${path} ${problem}, so it was restored from the backup of ${backup.createdAt}. ` +
          `Entries saved to it after that backup may be missing; the damaged file is kept at ${kept}.`,
      );
      return data;
    }
    const kept = await this.quarantine(path);
    site.notice('error', 'A damaged data file could not be restored', `${path} ${problem} and no backup has a good copy. Its entries are not shown; the damaged file is kept at ${kept}.`);
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
