import { createHash } from 'node:crypto';
import { z } from 'zod';
import { OccurrenceSchema, type Occurrence } from '../../../../shared/domain/calendar';

/**
 * The last good copy of a Google account (`cache/<sourceId>.json`): for each chosen calendar,
 * its sync token and the event instances in the sync window, already as Occurrences (Google
 * expands recurrences itself with singleEvents=true).
 */
export const GoogleStoredCalendarSchema = z.object({
  id: z.string().min(1),
  summary: z.string(),
  /** Null until a full sync finished; a 410 from Google also clears it. */
  syncToken: z.string().nullable(),
  /** Keyed by Google's event (instance) id, so an incremental change replaces or deletes it. */
  events: z.array(z.object({ id: z.string().min(1), occurrence: OccurrenceSchema })),
});
export type GoogleStoredCalendar = z.infer<typeof GoogleStoredCalendarSchema>;

export const CachedGoogleCopySchema = z.object({
  version: z.literal(1),
  kind: z.literal('google'),
  savedAt: z.iso.datetime(),
  /** The signed-in user's address: "who am I" for this source, known exactly. */
  selfEmail: z.string().nullable(),
  /** What the events cover; a full sync moves it forward once a day. */
  window: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }),
  calendars: z.array(GoogleStoredCalendarSchema),
});
export type CachedGoogleCopy = z.infer<typeof CachedGoogleCopySchema>;

/** A hash of the occurrences: tells "nothing changed" apart without comparing them one by one. */
export function occurrencesRevision(calendars: readonly GoogleStoredCalendar[]): string {
  const hash = createHash('sha256');
  for (const calendar of calendars) {
    hash.update(calendar.id);
    for (const event of [...calendar.events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update(JSON.stringify(event));
  }
  return hash.digest('base64url').slice(0, 22);
}

export function allOccurrences(copy: CachedGoogleCopy): Occurrence[] {
  return copy.calendars.flatMap((calendar) => calendar.events.map((event) => event.occurrence));
}
