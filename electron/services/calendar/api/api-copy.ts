import { createHash } from 'node:crypto';
import { z } from 'zod';
import { OccurrenceSchema, type Occurrence } from '../../../../shared/domain/calendar';

/**
 * The last good copy of a Google or Microsoft account (`cache/<sourceId>.json`): for each synced
 * calendar, where the next incremental sync starts and the event instances in the sync window,
 * already as Occurrences (both APIs expand recurrences themselves).
 */
export const ApiStoredCalendarSchema = z.object({
  id: z.string().min(1),
  summary: z.string(),
  /** Google's sync token or Graph's deltaLink; null until a full sync finished (a 410 also clears it). */
  syncToken: z.string().nullable(),
  /** Keyed by the provider's event (instance) id, so an incremental change replaces or deletes it. */
  events: z.array(z.object({ id: z.string().min(1), occurrence: OccurrenceSchema })),
});
export type ApiStoredCalendar = z.infer<typeof ApiStoredCalendarSchema>;

export const CachedApiCopySchema = z.object({
  version: z.literal(1),
  kind: z.enum(['google', 'microsoft']),
  savedAt: z.iso.datetime(),
  /** The signed-in user's address: "who am I" for this source, known exactly. */
  selfEmail: z.string().nullable(),
  /** What the events cover; a full sync moves it forward once a day. */
  window: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }),
  calendars: z.array(ApiStoredCalendarSchema),
});
export type CachedApiCopy = z.infer<typeof CachedApiCopySchema>;

/** A hash of the occurrences: tells "nothing changed" apart without comparing them one by one. */
export function occurrencesRevision(calendars: readonly ApiStoredCalendar[]): string {
  const hash = createHash('sha256');
  for (const calendar of calendars) {
    hash.update(calendar.id);
    for (const event of [...calendar.events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update(JSON.stringify(event));
  }
  return hash.digest('base64url').slice(0, 22);
}

export function allOccurrences(copy: CachedApiCopy): Occurrence[] {
  return copy.calendars.flatMap((calendar) => calendar.events.map((event) => event.occurrence));
}
