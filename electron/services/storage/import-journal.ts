import { join } from 'node:path';
import { z } from 'zod';
import type { FileCodec } from './codec';
import type { PartitionedCollection, StoredRecord } from './collection';
import { readFileIfExists, writeFileDurably } from './durable-file';
import { rm } from './fs';

/** Name of the journal in the store folder; backups leave it out (it is work in progress, not data). */
export const IMPORT_JOURNAL = 'import-pending.json';

const JournalSchema = z.object({ collections: z.record(z.string(), z.array(z.unknown())) });

/**
 * Makes an import all or nothing across crashes: every record it adds is written here first
 * (through the store's codec, so encrypted under the lock), then into its month files, and the
 * journal is removed once all of them are on disk. A journal found on start is applied again
 * (records already there are skipped), so an import a crash cut short is finished.
 */
export class ImportJournal {
  private readonly path: string;

  constructor(
    storeFolder: string,
    private readonly codec: FileCodec,
  ) {
    this.path = join(storeFolder, IMPORT_JOURNAL);
  }

  write(collections: Record<string, readonly StoredRecord[]>): Promise<void> {
    return writeFileDurably(this.path, this.codec.encode(JSON.stringify({ collections }), IMPORT_JOURNAL));
  }

  clear(): Promise<void> {
    return rm(this.path, { force: true });
  }

  /**
   * Adds what an interrupted import had not saved yet. Returns how many records were added,
   * or null when there was nothing to finish. Throws (a StorageWriteError) if the disk refuses.
   */
  async finish(collection: (name: string) => PartitionedCollection<StoredRecord>): Promise<number | null> {
    const bytes = await readFileIfExists(this.path);
    if (!bytes) return null;
    let journal: z.infer<typeof JournalSchema>;
    try {
      journal = JournalSchema.parse(JSON.parse(this.codec.decode(bytes, IMPORT_JOURNAL)));
    } catch {
      return null; // unreadable (written under another key?): kept for a person to look at, never applied
    }
    let added = 0;
    for (const [name, records] of Object.entries(journal.collections)) {
      const target = collection(name);
      const missing: StoredRecord[] = [];
      for (const record of records) {
        const parsed = target.spec.recordSchema.safeParse(record);
        if (parsed.success && !target.get(parsed.data.id)) missing.push(parsed.data);
      }
      await target.insertMany(missing);
      added += missing.length;
    }
    await this.clear();
    return added;
  }
}
