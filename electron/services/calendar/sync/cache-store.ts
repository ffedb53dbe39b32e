import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readFileIfExists, writeFileDurably } from '../../storage/durable-file';
import { CachedApiCopySchema } from '../api/api-copy';

/**
 * The last good copy of each source, `<data>/calendar/cache/<sourceId>.json`. It is written only
 * after a fetch was complete and parsed, so a failed or partial fetch never replaces it; the
 * app keeps showing meetings from it while offline or while a source is broken.
 */
const CachedIcsCopySchema = z.object({
  version: z.literal(1),
  kind: z.literal('ics'),
  /** When this content was fetched (or imported). */
  savedAt: z.iso.datetime(),
  /** HTTP validators for conditional requests; null for imports and servers that send none. */
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** A hash of `text`: tells "same content again" apart from a change without comparing megabytes. */
  revision: z.string(),
  text: z.string(),
});

export const CachedCalDavObjectSchema = z.object({
  url: z.string(),
  etag: z.string().nullable(),
  data: z.string(),
});
export type CachedCalDavObject = z.infer<typeof CachedCalDavObjectSchema>;

export const CachedCalDavCalendarSchema = z.object({
  url: z.string(),
  displayName: z.string(),
  ctag: z.string().nullable(),
  syncToken: z.string().nullable(),
  revision: z.string(),
  objects: z.array(CachedCalDavObjectSchema),
});
export type CachedCalDavCalendar = z.infer<typeof CachedCalDavCalendarSchema>;

const CachedCalDavCopySchema = z.object({
  version: z.literal(1),
  kind: z.literal('caldav'),
  savedAt: z.iso.datetime(),
  calendars: z.array(CachedCalDavCalendarSchema),
});

export const CachedCopySchema = z.union([CachedIcsCopySchema, CachedCalDavCopySchema, CachedApiCopySchema]);
export type CachedCopy = z.infer<typeof CachedCopySchema>;
export type CachedIcsCopy = z.infer<typeof CachedIcsCopySchema>;
export type CachedCalDavCopy = z.infer<typeof CachedCalDavCopySchema>;

export class CacheStore {
  private readonly copies = new Map<string, CachedCopy>();

  private constructor(
    private readonly directory: string,
    private readonly log: (message: string) => void,
  ) {}

  /** Loads the copies of the given sources; an unreadable copy is ignored (the next sync replaces it). */
  static async open(calendarDirectory: string, sourceIds: readonly string[], log: (message: string) => void): Promise<CacheStore> {
    const store = new CacheStore(join(calendarDirectory, 'cache'), log);
    for (const id of sourceIds) {
      const copy = await store.read(id);
      if (copy) store.copies.set(id, copy);
    }
    return store;
  }

  get(sourceId: string): CachedCopy | undefined {
    return this.copies.get(sourceId);
  }

  async put(sourceId: string, copy: CachedCopy): Promise<void> {
    await writeFileDurably(this.pathOf(sourceId), JSON.stringify(copy));
    this.copies.set(sourceId, copy);
  }

  async delete(sourceId: string): Promise<void> {
    this.copies.delete(sourceId);
    await rm(this.pathOf(sourceId), { force: true });
  }

  pathOf(sourceId: string): string {
    return join(this.directory, `${sourceId}.json`);
  }

  private async read(sourceId: string): Promise<CachedCopy | null> {
    try {
      const bytes = await readFileIfExists(this.pathOf(sourceId));
      if (bytes === null) return null;
      return CachedCopySchema.parse(JSON.parse(bytes.toString('utf8')));
    } catch {
      this.log(`calendar cache for source ${sourceId} unreadable; ignored until the next sync`);
      return null;
    }
  }
}
