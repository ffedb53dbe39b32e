import { mkdir, readdir, rename, rm, stat } from './fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../shared/domain/notice';
import { dayKey } from '../../../shared/domain/time';
import type { Clock } from '../clock';
import {
  backupsToRotate,
  createBackup,
  deleteBackup,
  listBackups,
  readBackupFile,
  type BackupInfo,
  type BackupReason,
} from './backups';
import { plainCodec, PlainTextUnderLockError, type FileCodec } from './codec';
import { PartitionedCollection, type CollectionSpec, type StoredRecord } from './collection';
import { isNodeError, readFileIfExists, removeStaleTempFiles, writeFileDurably } from './durable-file';
import { readProblemClause } from './write-problem';
import { nextTurn, timeSlices } from '../time-slices';
import { ImportJournal } from './import-journal';
import { applyMigrations, CURRENT_SCHEMA_VERSION, MIGRATIONS, migrationsBetween, type Migration } from './migrations';

const META_FILE = 'meta.json';
const MetaSchema = z.object({
  format: z.literal('touchpoint-data'),
  schemaVersion: z.number().int().nonnegative(),
});

export class NewerDataError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(
      `This data was written by a newer version of Touchpoint (data version ${found}; this version reads up to ${supported}). ` +
        'Please update Touchpoint. Your data has not been changed.',
    );
    this.name = 'NewerDataError';
  }
}

/** Newest partitions of each collection loaded before open() returns; the rest follow in the background. */
export const EAGER_PARTITIONS = 3;

export interface DataStoreOptions {
  /** Folder that holds store/, backups/ and quarantine/. */
  directory: string;
  clock: Clock;
  /** The user's IANA zone, for "once a day". */
  timeZone: () => string;
  collections: readonly CollectionSpec<StoredRecord>[];
  codec?: FileCodec;
  migrations?: readonly Migration[];
  schemaVersion?: number;
  /** Defaults to EAGER_PARTITIONS; Infinity loads everything before open() returns. */
  eagerPartitions?: number;
}

/**
 * The main process's database: a folder of small lowdb files (one per collection and month),
 * a schema version with migrations, dated backups, and recovery of damaged files.
 */
export class DataStore {
  readonly storeFolder: string;
  readonly backupsFolder: string;
  readonly quarantineFolder: string;
  readonly notices: Notice[] = [];
  readonly schemaVersion: number;
  private readonly codec: FileCodec;
  private readonly collections = new Map<string, PartitionedCollection<StoredRecord>>();
  private noticeCount = 0;
  private readonly deferred: { spec: CollectionSpec<StoredRecord>; path: string }[] = [];
  private remaining: Promise<void> | null = null;
  private readonly noticeListeners = new Set<(notice: Notice) => void>();
  private readonly unreadable = new Set<string>();

  private constructor(private readonly options: DataStoreOptions) {
    this.storeFolder = join(options.directory, 'store');
    this.backupsFolder = join(options.directory, 'backups');
    this.quarantineFolder = join(options.directory, 'quarantine');
    this.codec = options.codec ?? plainCodec;
    this.schemaVersion = options.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  }

  /**
   * Opens the store with the newest partitions of each collection loaded, so the app is
   * usable at once however much history there is. Call `loadRemaining()` (idempotent) to
   * bring in the rest; it yields between files so the main process never blocks for long.
   */
  static async open(options: DataStoreOptions): Promise<DataStore> {
    const store = new DataStore(options);
    await store.openInternal();
    return store;
  }

  /**
   * Loads every partition not loaded yet, newest first, one file per turn of the event loop.
   * A file that cannot be read is reported and skipped (see loadFile), never the end of the
   * history.
   */
  loadRemaining(): Promise<void> {
    this.remaining ??= (async () => {
      while (this.deferred.length > 0) {
        const next = this.deferred.shift()!;
        await new Promise<void>((resolve) => setImmediate(resolve));
        await this.loadFile(next.spec, next.path);
      }
    })();
    return this.remaining;
  }

  /** The journal that makes an import all or nothing (see ImportJournal). */
  get importJournal(): ImportJournal {
    return new ImportJournal(this.storeFolder, this.codec);
  }

  /** Data files that exist but could not be read: their entries are missing, so nothing may write them, export or import. */
  get unreadableFiles(): string[] {
    return [...this.unreadable];
  }

  get fullyLoaded(): boolean {
    return this.deferred.length === 0;
  }

  /** Notices raised after open (a damaged older file found while loading in the background). */
  onNotice(listener: (notice: Notice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  collection<T extends StoredRecord>(name: string): PartitionedCollection<T> {
    const c = this.collections.get(name);
    if (!c) throw new Error(`Unknown collection ${name}`);
    return c as unknown as PartitionedCollection<T>;
  }

  /** Files whose last write failed and are waiting to be saved again. */
  get unsavedFiles(): string[] {
    return [...this.collections.values()].flatMap((c) => c.unsavedPartitions.map((p) => `${c.spec.name}/${p}`));
  }

  async saveUnsaved(): Promise<void> {
    for (const c of this.collections.values()) await c.saveUnsaved();
  }

  async idle(): Promise<void> {
    for (const c of this.collections.values()) await c.idle();
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.backupsFolder);
  }

  async backupNow(reason: BackupReason, schemaVersionOnDisk = this.schemaVersion): Promise<BackupInfo> {
    await this.idle();
    return createBackup({
      storeFolder: this.storeFolder,
      backupsFolder: this.backupsFolder,
      reason,
      schemaVersion: schemaVersionOnDisk,
      now: this.options.clock.now(),
    });
  }

  /** Takes the day's backup if there is none yet for the user's today, then rotates old ones. */
  async dailyBackupIfDue(): Promise<BackupInfo | null> {
    const now = this.options.clock.now();
    const zone = this.options.timeZone();
    const backups = await this.listBackups();
    const today = dayKey(now, zone);
    if (backups.some((b) => b.reason === 'daily' && dayKey(b.createdAt, zone) === today)) return null;
    if (!this.hasRecords()) return null;
    const created = await this.backupNow('daily');
    for (const old of backupsToRotate([created, ...backups])) await deleteBackup(old);
    return created;
  }

  private hasRecords(): boolean {
    if (this.deferred.length > 0) return true;
    for (const c of this.collections.values()) if (c.size > 0) return true;
    return false;
  }

  private notice(level: Notice['level'], title: string, detail: string): void {
    const at = this.options.clock.now().toISOString();
    const notice: Notice = { id: `storage-${at}-${++this.noticeCount}`, level, title, detail, at };
    this.notices.push(notice);
    for (const listener of this.noticeListeners) listener(notice);
  }

  private async openInternal(): Promise<void> {
    await mkdir(this.options.directory, { recursive: true });
    await this.finishInterruptedMigration();
    await mkdir(this.storeFolder, { recursive: true });
    await removeStaleTempFiles(this.storeFolder);

    const version = await this.readVersion();
    if (version > this.schemaVersion) throw new NewerDataError(version, this.schemaVersion);
    if (version < this.schemaVersion) await this.migrate(version);
    else if (!(await readFileIfExists(join(this.storeFolder, META_FILE)))) await this.writeMeta(this.storeFolder);

    for (const spec of this.options.collections) await this.loadCollection(spec);
    // The rest month by month across collections, newest first: each month's moments, check-ins
    // and reviews arrive together, so the log grows at its end instead of reshuffling its middle.
    const month = (d: { spec: CollectionSpec<StoredRecord>; path: string }) => d.path.slice(d.spec.name.length + 1);
    this.deferred.sort((a, b) => (month(a) < month(b) ? 1 : month(a) > month(b) ? -1 : 0));
  }

  private async readVersion(): Promise<number> {
    const path = join(this.storeFolder, META_FILE);
    const bytes = await readDataFile(path);
    const dataFiles = await this.listDataFiles(this.storeFolder);
    if (bytes === null && !(await exists(path))) {
      // A brand-new profile, or data from before meta existed: both are the current layout.
      return this.schemaVersion;
    }
    const parsed = MetaSchema.safeParse(bytes && safeJson(bytes.toString('utf8')));
    if (parsed.success) return parsed.data.schemaVersion;

    await this.quarantine(META_FILE);
    for (const backup of await this.listBackups()) {
      const copy = await readBackupFile(backup, META_FILE);
      const meta = copy && MetaSchema.safeParse(safeJson(copy.toString('utf8')));
      if (copy && meta?.success) {
        await writeFileDurably(path, copy);
        this.notice('warning', 'The data version file was restored from a backup', `The data version file was damaged and was restored from the backup of ${backup.createdAt}.`);
        return meta.data.schemaVersion;
      }
    }
    this.notice('warning', 'Repaired the data version file', `The data version file was damaged and no backup had a good copy. It was set aside in ${this.quarantineFolder}; ${dataFiles.length} data files are read as the current version.`);
    return this.schemaVersion;
  }

  private async writeMeta(folder: string): Promise<void> {
    const meta: z.infer<typeof MetaSchema> = { format: 'touchpoint-data', schemaVersion: this.schemaVersion };
    await writeFileDurably(join(folder, META_FILE), JSON.stringify(meta));
  }

  private async listDataFiles(folder: string): Promise<string[]> {
    const files: string[] = [];
    for (const spec of this.options.collections) {
      let names: string[] = [];
      try {
        names = await readdir(join(folder, spec.name));
      } catch (error) {
        if (!isNodeError(error, 'ENOENT')) throw error;
      }
      for (const name of names.sort()) if (name.endsWith('.json')) files.push(`${spec.name}/${name}`);
    }
    return files;
  }

  private async loadCollection(spec: CollectionSpec<StoredRecord>): Promise<void> {
    const folder = join(this.storeFolder, spec.name);
    this.collections.set(spec.name, new PartitionedCollection(spec, folder, this.codec));
    // Partition names sort by time (YYYY-MM), so the newest come last.
    const paths = (await this.listDataFiles(this.storeFolder)).filter((p) => p.startsWith(`${spec.name}/`)).reverse();
    const eager = this.options.eagerPartitions ?? EAGER_PARTITIONS;
    for (const [i, path] of paths.entries()) {
      if (i < eager) await this.loadFile(spec, path);
      else this.deferred.push({ spec, path });
    }
  }

  private async loadFile(spec: CollectionSpec<StoredRecord>, path: string): Promise<void> {
    const collection = this.collections.get(spec.name)!;
    const partition = path.slice(spec.name.length + 1, -'.json'.length);
    // Each record is checked on its own (with the same limits as the user's input): one record
    // that does not pass is set aside, not the whole month with it.
    let tampered: 'plain' | 'moved' | null = null;
    const decode = async (bytes: Uint8Array) => {
      // A month of records takes tens of milliseconds to parse and check: in slices (the
      // parsing counts towards the first), so the app stays responsive.
      const pause = timeSlices();
      let file;
      try {
        file = StoredFileSchema.safeParse(safeJson(this.codec.decode(bytes, path)));
      } catch (error) {
        if (error instanceof PlainTextUnderLockError) tampered = 'plain';
        // The encrypting codec's MovedFileError (the vault depends on storage, not the reverse).
        else if (error instanceof Error && error.name === 'MovedFileError') tampered = 'moved';
        return null;
      }
      if (!file.success) return null;
      const records: StoredRecord[] = [];
      let rejected = 0;
      for (const record of file.data.records) {
        const parsed = spec.recordSchema.safeParse(record);
        if (parsed.success) records.push(parsed.data);
        else rejected++;
        const turn = pause();
        if (turn) await turn;
      }
      return { records, rejected };
    };
    let bytes: Buffer | null;
    try {
      bytes = await readDataFile(join(this.storeFolder, path));
    } catch (error) {
      // Not damaged, just unreadable now (permissions, a failing disk): keep the file as it is and keep everyone off it.
      this.unreadable.add(path);
      collection.markUnreadable(partition);
      this.notice(
        'error',
        'Part of your history could not be read',
        `${path} could not be read: ${readProblemClause(error)} Its entries are not shown, and Touchpoint does not write to it, export or import until it can be read. Nothing was changed; once the file can be read again, start Touchpoint again.`,
      );
      return;
    }
    const data = bytes ? await decode(bytes) : null;
    if (data && bytes) {
      if (data.rejected > 0) await this.setAsideRecords(path, bytes, data.rejected);
      await nextTurn(); // the services take the records in on a turn of their own
      collection.adopt(partition, { records: data.records });
      return;
    }
    if (tampered === 'plain') {
      this.notice(
        'error',
        'A file was not encrypted although the lock is on',
        `${path} was in plain text while the passphrase lock is on. Touchpoint never writes it that way, so someone with access to your files may have replaced it. It was set aside without being read.`,
      );
    } else if (tampered === 'moved') {
      this.notice(
        'error',
        'A file was not where it belongs',
        `${path} held an encrypted file that belongs to another part of your log: someone with access to your files may have copied it there. It was set aside without being read.`,
      );
    }
    const restored = await this.recoverFile(path, decode);
    if (restored) collection.adopt(partition, { records: restored.records });
  }

  /** Keeps the whole file in quarantine and says so: the entries that do not pass are left out of the log, never dropped. */
  private async setAsideRecords(path: string, bytes: Buffer, count: number): Promise<void> {
    const kept = this.quarantinePath(path);
    await writeFileDurably(kept, bytes);
    this.notice(
      'warning',
      count === 1 ? 'An entry did not pass its checks and was set aside' : `${count} entries did not pass their checks and were set aside`,
      `${path} holds ${count === 1 ? 'an entry' : `${count} entries`} Touchpoint cannot show (a value out of range or unknown, such as a time zone). The rest of the file is read as usual; the whole file is kept at ${kept}.`,
    );
  }

  /**
   * Moves a damaged file aside and puts back the newest backup copy that reads cleanly.
   * Never drops records silently: the damaged file is kept and the user is told.
   */
  private async recoverFile<T>(path: string, validate: (bytes: Uint8Array) => Promise<T | null>): Promise<T | null> {
    const kept = await this.quarantine(path);
    for (const backup of await this.listBackups()) {
      if (backup.schemaVersion !== this.schemaVersion) continue;
      const bytes = await readBackupFile(backup, path);
      const data = bytes && (await validate(bytes));
      if (!bytes || !data) continue;
      await writeFileDurably(join(this.storeFolder, path), bytes);
      this.notice(
        'warning',
        'A damaged data file was restored from a backup',
        `${path} could not be read, so it was restored from the backup of ${backup.createdAt}. ` +
          `Entries saved to it after that backup may be missing; the damaged file is kept at ${kept}.`,
      );
      return data;
    }
    this.notice(
      'error',
      'A damaged data file could not be restored',
      `${path} could not be read and no backup has a good copy. Its entries are not shown; the damaged file is kept at ${kept}.`,
    );
    return null;
  }

  private quarantinePath(path: string): string {
    const stamp = this.options.clock.now().toISOString().replace(/[:.]/g, '-');
    return join(this.quarantineFolder, `${stamp}__${path.replaceAll('/', '__')}`);
  }

  private async quarantine(path: string): Promise<string> {
    await mkdir(this.quarantineFolder, { recursive: true });
    const target = this.quarantinePath(path);
    await rename(join(this.storeFolder, path), target);
    return target;
  }

  private async migrate(from: number): Promise<void> {
    const steps = migrationsBetween(this.options.migrations ?? MIGRATIONS, from, this.schemaVersion);
    await this.backupNow('pre-migration', from);
    const files = new Map<string, unknown>();
    for (const path of await this.listDataFiles(this.storeFolder)) {
      try {
        files.set(path, JSON.parse(this.codec.decode(await readFileOrThrow(join(this.storeFolder, path)), path)));
      } catch {
        const kept = await this.quarantine(path);
        this.notice('error', 'A damaged data file was set aside during an upgrade', `${path} could not be read while upgrading your data; it is kept at ${kept} and in the pre-upgrade backup.`);
      }
    }
    const migrated = applyMigrations(files, steps);
    const next = `${this.storeFolder}.next`;
    await rm(next, { recursive: true, force: true });
    for (const [path, data] of migrated) await writeFileDurably(join(next, path), this.codec.encode(JSON.stringify(data), path));
    await this.writeMeta(next); // written last: a store.next with meta.json is complete
    const old = `${this.storeFolder}.old`;
    await rm(old, { recursive: true, force: true });
    await rename(this.storeFolder, old);
    await rename(next, this.storeFolder);
    await rm(old, { recursive: true, force: true });
  }

  /** Completes or rolls back a migration that a crash interrupted between its two renames. */
  private async finishInterruptedMigration(): Promise<void> {
    const next = `${this.storeFolder}.next`;
    const old = `${this.storeFolder}.old`;
    if (!(await exists(this.storeFolder))) {
      if (await exists(join(next, META_FILE))) await rename(next, this.storeFolder);
      else if (await exists(old)) await rename(old, this.storeFolder);
    }
    await rm(next, { recursive: true, force: true });
    if (await exists(this.storeFolder)) await rm(old, { recursive: true, force: true });
  }
}

const StoredFileSchema = z.object({ records: z.array(z.unknown()) });

const exists = (path: string) => stat(path).then(() => true, () => false);

/** A data file's bytes; null when it is missing or is not a file (a folder in its place reads as damaged, never as a raw EISDIR). */
async function readDataFile(path: string): Promise<Buffer | null> {
  try {
    return await readFileIfExists(path);
  } catch (error) {
    if (isNodeError(error, 'EISDIR')) return null;
    throw error;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function readFileOrThrow(path: string): Promise<Buffer> {
  const bytes = await readFileIfExists(path);
  if (!bytes) throw new Error(`Missing ${path}`);
  return bytes;
}
