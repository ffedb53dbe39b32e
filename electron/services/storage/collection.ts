import { Low } from 'lowdb';
import type { z } from 'zod';
import { utcMonthKey } from '../../../shared/domain/time';
import type { FileCodec } from './codec';
import type { GenerationLedger } from './generations';
import { DurableJsonFile } from './json-file';
import { UNREADABLE_FILE } from './write-problem';
import { ShardedMap } from '../sharded-map';
import { nextTurn, timeSlices } from '../time-slices';

export interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt?: string;
}

export interface CollectionFile<T> {
  records: T[];
}

/**
 * A kind of record and how its files are split. `month` partitions by the record's
 * creation month (immutable, so an edit never moves a record between files) to keep each
 * write small however many years of data accumulate.
 */
export interface CollectionSpec<T extends StoredRecord = StoredRecord> {
  name: string;
  recordSchema: z.ZodType<T>;
  partition: 'month' | 'single';
}

export class StorageWriteError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`Could not write ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StorageWriteError';
  }
}

/** How many records of a file loaded in the background the services take in per turn (see adoptInTurns). */
export const ADOPT_BATCH = 100;

/** Records a file brought in at load time (new ids), and records it replaced (same id, newer edit). */
export interface AdoptedRecords<T> {
  added: T[];
  replaced: { before: T; after: T }[];
}

/**
 * Each written record's JSON text, kept while the record lives. Records are never changed in
 * place (an edit stores a new object), so a month file is rewritten on every change by joining
 * texts: only the changed record is serialized, not the whole month, and the text is exactly
 * what JSON.stringify of the file gives.
 */
const recordTexts = new WeakMap<object, string>();

/**
 * The file's text. Records loaded from disk have no text kept yet (keeping it for years of
 * history would double what they weigh), so the first write to a month serializes its records:
 * in time slices, so the first moment added to a month of a thousand never holds the process.
 * The records are taken as they are when the write starts (the writer writes again for any
 * change made meanwhile).
 */
async function collectionFileText<T extends StoredRecord>(file: CollectionFile<T>): Promise<string> {
  const records = file.records.slice();
  const parts = new Array<string>(records.length);
  const pause = timeSlices();
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    let text = recordTexts.get(record);
    if (text === undefined) {
      text = JSON.stringify(record);
      recordTexts.set(record, text);
      const turn = pause();
      if (turn) await turn;
    }
    parts[i] = text;
  }
  return `{"records":[${parts.join(',')}]}`;
}

/** One collection's records, held in memory, persisted across its partition files. */
export class PartitionedCollection<T extends StoredRecord> {
  private readonly files = new Map<string, Low<CollectionFile<T>>>();
  // Sharded: a Map of 100k records would stop the app for each rehash as history loads.
  private readonly index = new ShardedMap<{ partition: string; record: T }>();
  private readonly unsaved = new Set<string>();
  /** Partitions whose file exists but could not be read: writing one would replace entries never loaded. */
  private readonly unreadable = new Set<string>();
  private readonly adoptListeners = new Set<(records: AdoptedRecords<T>) => void>();

  constructor(
    readonly spec: CollectionSpec<T>,
    private readonly folder: string,
    private readonly codec: FileCodec,
    private readonly ledger: GenerationLedger | null = null,
  ) {}

  static partitionFileName(partition: string): string {
    return `${partition}.json`;
  }

  partitionOf(record: T): string {
    return this.spec.partition === 'month' ? utcMonthKey(record.createdAt) : 'all';
  }

  /**
   * Adds a validated file's records at load time. Older files arrive after the app has
   * started (see DataStore), so services listen with onAdopt to take them in.
   * Duplicate ids keep the newest edit.
   */
  adopt(partition: string, data: CollectionFile<T>): void {
    this.lowFor(partition).data = data;
    this.take(partition, data.records);
  }

  /**
   * adopt() for a month of history arriving in the background: the services take its records
   * in a hundred at a time, each batch on a turn of its own, so taking in a month of a
   * thousand moments never holds the process (a batch of 400 moments took up to 13 ms). The
   * file's data is whole from the start (a write to it meanwhile keeps every record); a record
   * is found by get() once its batch is in.
   */
  async adoptInTurns(partition: string, data: CollectionFile<T>, batch = ADOPT_BATCH): Promise<void> {
    this.lowFor(partition).data = data;
    const records = data.records;
    if (records.length === 0) await nextTurn().then(() => this.take(partition, records));
    for (let from = 0; from < records.length; from += batch) {
      await nextTurn();
      this.take(partition, records.slice(from, from + batch));
    }
  }

  private take(partition: string, records: readonly T[]): void {
    const adopted: AdoptedRecords<T> = { added: [], replaced: [] };
    for (const record of records) {
      const existing = this.index.get(record.id);
      if (existing && (existing.record.updatedAt ?? '') >= (record.updatedAt ?? '')) continue;
      this.index.set(record.id, { partition, record });
      if (existing) adopted.replaced.push({ before: existing.record, after: record });
      else adopted.added.push(record);
    }
    for (const listener of this.adoptListeners) listener(adopted);
  }

  /** The partition's file could not be read: changes to it stay in memory (reported as unsaved) rather than overwrite it. */
  markUnreadable(partition: string): void {
    this.unreadable.add(partition);
  }

  onAdopt(listener: (records: AdoptedRecords<T>) => void): () => void {
    this.adoptListeners.add(listener);
    return () => this.adoptListeners.delete(listener);
  }

  get size(): number {
    return this.index.size;
  }

  get(id: string): T | undefined {
    return this.index.get(id)?.record;
  }

  *values(): IterableIterator<T> {
    for (const entry of this.index.values()) yield entry.record;
  }

  get unsavedPartitions(): string[] {
    return [...this.unsaved];
  }

  /** A record that would not pass validation on the next load must never reach the disk. */
  private check(record: T): void {
    const result = this.spec.recordSchema.safeParse(record);
    if (!result.success) throw new Error(`Refusing to store an invalid ${this.spec.name} record: ${result.error.message}`);
  }

  async insert(record: T): Promise<void> {
    if (this.index.has(record.id)) throw new Error(`Duplicate id ${record.id} in ${this.spec.name}`);
    this.check(record);
    const partition = this.partitionOf(record);
    const db = this.lowFor(partition);
    db.data.records.push(record);
    this.index.set(record.id, { partition, record });
    await this.persist(partition);
  }

  /**
   * Adds many records with one write per partition file (an import of years of history
   * would otherwise rewrite each month file thousands of times). Ids must be new.
   */
  async insertMany(records: readonly T[]): Promise<void> {
    const touched = new Set<string>();
    for (const record of records) {
      if (this.index.has(record.id)) throw new Error(`Duplicate id ${record.id} in ${this.spec.name}`);
      this.check(record);
    }
    for (const record of records) {
      const partition = this.partitionOf(record);
      this.lowFor(partition).data.records.push(record);
      this.index.set(record.id, { partition, record });
      touched.add(partition);
    }
    const adopted: AdoptedRecords<T> = { added: [...records], replaced: [] };
    for (const listener of this.adoptListeners) listener(adopted);
    for (const partition of touched) await this.persist(partition);
  }

  async replace(record: T): Promise<void> {
    const entry = this.index.get(record.id);
    if (!entry) throw new Error(`No record ${record.id} in ${this.spec.name}`);
    this.check(record);
    recordTexts.delete(record); // in case a caller changed the stored object itself
    const db = this.lowFor(entry.partition);
    const at = db.data.records.findIndex((r) => r.id === record.id);
    if (at >= 0) db.data.records[at] = record;
    else db.data.records.push(record);
    this.index.set(record.id, { partition: entry.partition, record });
    await this.persist(entry.partition);
  }

  async remove(id: string): Promise<T> {
    const entry = this.index.get(id);
    if (!entry) throw new Error(`No record ${id} in ${this.spec.name}`);
    const db = this.lowFor(entry.partition);
    db.data.records = db.data.records.filter((r) => r.id !== id);
    this.index.delete(id);
    await this.persist(entry.partition);
    return entry.record;
  }

  /** Retries files whose last write failed (disk full, read-only folder...). */
  async saveUnsaved(): Promise<void> {
    for (const partition of [...this.unsaved]) await this.persist(partition);
  }

  async idle(): Promise<void> {
    for (const db of this.files.values()) await (db.adapter as DurableJsonFile<CollectionFile<T>>).idle();
  }

  private lowFor(partition: string): Low<CollectionFile<T>> {
    let db = this.files.get(partition);
    if (!db) {
      const path = `${this.folder}/${PartitionedCollection.partitionFileName(partition)}`;
      const file = new DurableJsonFile<CollectionFile<T>>(path, this.codec, `${this.spec.name}/${PartitionedCollection.partitionFileName(partition)}`, this.ledger, collectionFileText);
      db = new Low<CollectionFile<T>>(file, { records: [] });
      this.files.set(partition, db);
    }
    return db;
  }

  private async persist(partition: string): Promise<void> {
    const db = this.lowFor(partition);
    if (this.unreadable.has(partition)) {
      this.unsaved.add(partition);
      const cause: NodeJS.ErrnoException = new Error('The file could not be read, so it is not overwritten.');
      cause.code = UNREADABLE_FILE;
      throw new StorageWriteError(`${this.spec.name}/${PartitionedCollection.partitionFileName(partition)}`, cause);
    }
    try {
      await db.write();
      this.unsaved.delete(partition);
    } catch (error) {
      this.unsaved.add(partition);
      throw new StorageWriteError(`${this.spec.name}/${PartitionedCollection.partitionFileName(partition)}`, error);
    }
  }
}
