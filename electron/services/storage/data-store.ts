import { mkdir, readdir } from './fs';
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
  type BackupInfo,
  type BackupReason,
} from './backups';
import { plainCodec, PlainTextUnderLockError, type FileCodec } from './codec';
import { PartitionedCollection, type CollectionSpec, type StoredRecord } from './collection';
import { DamagedFiles, type Tampering } from './damaged-files';
import { readDataFile } from './data-file';
import { parseRecordsInSlices } from './record-slices';
import { StringPool } from './string-pool';
import { isNodeError, readFileIfExists, removeStaleTempFiles } from './durable-file';
import { GenerationLedger } from './generations';
import { readProblemClause } from './write-problem';
import { nextTurn, timeSlices } from '../time-slices';
import { ImportJournal } from './import-journal';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import { finishInterruptedMigration, META_FILE, migrate, NewerDataError, readVersion, writeMeta, type UpgradeSite } from './store-upgrade';
import { t } from '../text/main-text';

export { NewerDataError };

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
  private ledger!: GenerationLedger;
  private damaged!: DamagedFiles;
  /** Equal strings of loaded records held once (see StringPool). */
  private readonly strings = new StringPool();

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
        await nextTurn();
        await this.loadFile(next.spec, next.path);
      }
      await this.ledger.catchUp();
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
    await this.ledger.idle();
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
    await finishInterruptedMigration(this.storeFolder);
    await mkdir(this.storeFolder, { recursive: true });
    await removeStaleTempFiles(this.storeFolder);
    const { ledger, damaged } = await GenerationLedger.load(this.storeFolder, this.codec);
    this.ledger = ledger;
    const notice = this.notice.bind(this);
    const listBackups = () => this.listBackups();
    this.damaged = new DamagedFiles({ ...this.folders(), clock: this.options.clock, codec: this.codec, ledger, listBackups, notice });
    if (damaged) this.damaged.reportLedgerStartedOver();
    const site: UpgradeSite = {
      ...this.folders(),
      codec: this.codec,
      ledger,
      migrations: this.options.migrations ?? MIGRATIONS,
      notice,
      quarantine: (path) => this.damaged.quarantine(path),
      setAside: (path, bytes) => this.damaged.setAside(path, bytes),
      listDataFiles: (folder) => this.listDataFiles(folder),
      listBackups,
      backupNow: (reason, version) => this.backupNow(reason, version),
    };

    const version = await readVersion(site);
    if (version > this.schemaVersion) throw new NewerDataError(version, this.schemaVersion);
    if (version < this.schemaVersion) await migrate(site, version);
    else if (!(await readFileIfExists(join(this.storeFolder, META_FILE)))) await writeMeta(this.storeFolder, this.schemaVersion);

    for (const spec of this.options.collections) await this.loadCollection(spec);
    if (this.ledger.missingWhileRead) this.damaged.reportLedgerMissing();
    await this.ledger.catchUp();
    // The rest month by month across collections, newest first: each month's moments, check-ins
    // and reviews arrive together, so the log grows at its end instead of reshuffling its middle.
    const month = (d: { spec: CollectionSpec<StoredRecord>; path: string }) => d.path.slice(d.spec.name.length + 1);
    this.deferred.sort((a, b) => (month(a) < month(b) ? 1 : month(a) > month(b) ? -1 : 0));
  }

  private folders() {
    return { storeFolder: this.storeFolder, quarantineFolder: this.quarantineFolder, schemaVersion: this.schemaVersion };
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
    this.collections.set(spec.name, new PartitionedCollection(spec, folder, this.codec, this.ledger));
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
    let tampered: Tampering | null = null;
    const decode = async (bytes: Uint8Array) => {
      // A month of records takes tens of milliseconds to parse and check: both in slices, so
      // the app stays responsive. Checking a record takes up to a tenth of a millisecond: the
      // clock is read every 8 records, so a slice ends within a millisecond of its time.
      const pause = timeSlices(8);
      let text: string;
      try {
        text = this.codec.decode(bytes, path);
      } catch (error) {
        if (error instanceof PlainTextUnderLockError) tampered = 'plain';
        // The encrypting codec's MovedFileError (the vault depends on storage, not the reverse).
        else if (error instanceof Error && error.name === 'MovedFileError') tampered = 'moved';
        return null;
      }
      // A few records at a time (the clock read after each chunk): one JSON.parse of a month's
      // file would hold the process for tens of ms.
      const file = StoredFileSchema.safeParse(await parseRecordsInSlices(text, timeSlices(1)));
      if (!file.success) return null;
      if (!this.ledger.accepts(path, bytes)) {
        tampered ??= 'rolled-back';
        return null;
      }
      const records: StoredRecord[] = [];
      let rejected = 0;
      for (const record of file.data.records) {
        const parsed = spec.recordSchema.safeParse(record);
        if (parsed.success) records.push(this.strings.compact(parsed.data));
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
        t('desktop:notices.files.unreadable.title'),
        t('desktop:notices.files.unreadable.detail', { path, problem: readProblemClause(error) }),
      );
      return;
    }
    const data = bytes ? await decode(bytes) : null;
    if (data && bytes) {
      if (data.rejected > 0) await this.damaged.setAsideRecords(path, bytes, data.rejected);
      // The services take the records in on turns of their own.
      await collection.adoptInTurns(partition, { records: data.records });
      return;
    }
    if (tampered) this.damaged.reportTampering(path, tampered);
    const restored = await this.damaged.recover(path, bytes, decode, tampered === 'rolled-back' ? 'olderCopy' : 'unreadable');
    if (restored) collection.adopt(partition, { records: restored.records });
  }
}

const StoredFileSchema = z.object({ records: z.array(z.unknown()) });
