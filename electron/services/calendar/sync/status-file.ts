import { join } from 'node:path';
import { z } from 'zod';
import { readFileIfExists, writeFileDurably } from '../../storage/durable-file';
import { SerialWriter } from '../../storage/serial-writer';
import { SYNC_ERROR_KINDS } from './sync-error';

/**
 * Sync outcomes survive a restart (`<data>/calendar/status.json`), so Settings can say "last
 * synced yesterday at 17:02 — the server said the password is wrong" before the first sync.
 */
export const PersistedStatusSchema = z.object({
  lastAttemptAt: z.iso.datetime().nullable(),
  lastSuccessAt: z.iso.datetime().nullable(),
  lastError: z.string().max(1000).nullable(),
  lastErrorKind: z.enum(SYNC_ERROR_KINDS).nullable(),
  /** Failures in a row, for the retry back-off. */
  failures: z.number().int().min(0),
});
export type PersistedStatus = z.infer<typeof PersistedStatusSchema>;

const StatusFileSchema = z.object({
  version: z.literal(1),
  statuses: z.record(z.string(), PersistedStatusSchema),
});

export const EMPTY_STATUS: PersistedStatus = { lastAttemptAt: null, lastSuccessAt: null, lastError: null, lastErrorKind: null, failures: 0 };

export class StatusFile {
  private statuses = new Map<string, PersistedStatus>();
  private readonly writer: SerialWriter;

  private constructor(private readonly path: string) {
    this.writer = new SerialWriter(() =>
      writeFileDurably(this.path, JSON.stringify({ version: 1, statuses: Object.fromEntries(this.statuses) })),
    );
  }

  static async open(calendarDirectory: string): Promise<StatusFile> {
    const file = new StatusFile(join(calendarDirectory, 'status.json'));
    try {
      const bytes = await readFileIfExists(file.path);
      if (bytes) file.statuses = new Map(Object.entries(StatusFileSchema.parse(JSON.parse(bytes.toString('utf8'))).statuses));
    } catch {
      // Only history is lost; the next sync writes a fresh file.
    }
    return file;
  }

  get(sourceId: string): PersistedStatus {
    return this.statuses.get(sourceId) ?? EMPTY_STATUS;
  }

  set(sourceId: string, status: PersistedStatus): Promise<void> {
    this.statuses.set(sourceId, status);
    return this.writer.request();
  }

  delete(sourceId: string): Promise<void> {
    this.statuses.delete(sourceId);
    return this.writer.request();
  }

  idle(): Promise<void> {
    return this.writer.idle();
  }
}
