import { z } from 'zod';

/**
 * The parts of Google Calendar API v3 answers Touchpoint reads (developers.google.com/calendar/api/v3/reference):
 * CalendarList.list and Events.list. Unknown fields are ignored; missing optional ones default.
 */
export const GoogleCalendarListEntrySchema = z.object({
  id: z.string().min(1),
  summary: z.string().default(''),
  summaryOverride: z.string().optional(),
  primary: z.boolean().optional(),
  /** "freeBusyReader" sees busy blocks only: nothing worth a check-in. */
  accessRole: z.enum(['freeBusyReader', 'reader', 'writer', 'owner']).or(z.string()),
  /** Shown in the user's Google Calendar list. */
  selected: z.boolean().optional(),
  deleted: z.boolean().optional(),
  backgroundColor: z.string().optional(),
});
export type GoogleCalendarListEntry = z.infer<typeof GoogleCalendarListEntrySchema>;

export const GoogleCalendarListPageSchema = z.object({
  items: z.array(GoogleCalendarListEntrySchema).default([]),
  nextPageToken: z.string().optional(),
});

const GoogleTimeSchema = z.object({
  /** RFC 3339 with an offset, for timed events. */
  dateTime: z.string().optional(),
  /** yyyy-mm-dd, for all-day events. */
  date: z.string().optional(),
  timeZone: z.string().optional(),
});

const GooglePersonSchema = z.object({
  email: z.string().optional(),
  displayName: z.string().optional(),
  self: z.boolean().optional(),
});

export const GoogleAttendeeSchema = GooglePersonSchema.extend({
  responseStatus: z.string().default('needsAction'),
  resource: z.boolean().optional(),
  organizer: z.boolean().optional(),
});

export const GoogleEventSchema = z.object({
  id: z.string().min(1),
  /** A cancelled event in an incremental answer may carry nothing else. */
  status: z.enum(['confirmed', 'tentative', 'cancelled']).or(z.string()).default('confirmed'),
  summary: z.string().optional(),
  location: z.string().optional(),
  start: GoogleTimeSchema.optional(),
  end: GoogleTimeSchema.optional(),
  iCalUID: z.string().optional(),
  recurringEventId: z.string().optional(),
  originalStartTime: GoogleTimeSchema.optional(),
  transparency: z.enum(['opaque', 'transparent']).or(z.string()).optional(),
  eventType: z.string().optional(),
  organizer: GooglePersonSchema.optional(),
  attendees: z.array(GoogleAttendeeSchema).optional(),
  hangoutLink: z.string().optional(),
  conferenceData: z
    .object({ entryPoints: z.array(z.object({ entryPointType: z.string().optional(), uri: z.string().optional() })).optional() })
    .optional(),
});
export type GoogleEvent = z.infer<typeof GoogleEventSchema>;

export const GoogleEventsPageSchema = z.object({
  items: z.array(z.unknown()).default([]),
  nextPageToken: z.string().optional(),
  nextSyncToken: z.string().optional(),
});
