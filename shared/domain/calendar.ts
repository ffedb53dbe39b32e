import { z } from 'zod';

/**
 * One occurrence of a calendar event after recurrence expansion, as the calendar engine
 * (electron/services/calendar) returns it. Timed events have ISO 8601 UTC `start`/`end`;
 * all-day events have `YYYY-MM-DD` dates with an exclusive end.
 */
export const AttendeeSchema = z.object({
  email: z.string(),
  name: z.string().nullable(),
  /** iCalendar PARTSTAT, upper-case: ACCEPTED, DECLINED, TENTATIVE, NEEDS-ACTION, DELEGATED... */
  partstat: z.string(),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

export const OccurrenceStatusSchema = z.enum(['CONFIRMED', 'TENTATIVE', 'CANCELLED']);

export const OccurrenceSchema = z.object({
  uid: z.string(),
  recurrenceId: z.string().nullable(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  allDay: z.boolean(),
  status: OccurrenceStatusSchema,
  transparent: z.boolean(),
  organizer: AttendeeSchema.nullable(),
  attendees: z.array(AttendeeSchema),
  location: z.string().nullable(),
  /** The online meeting's join link (Meet, Teams, Zoom...). Optional: copies saved before it still read. */
  meetingUrl: z.string().nullable().optional(),
});
export type Occurrence = z.infer<typeof OccurrenceSchema>;

/** Which occurrences count as meetings worth a check-in (a setting per user). */
export const MeetingRulesSchema = z.object({
  /** The user's own addresses, to recognise their attendee entry (declined or not) and solo events. */
  userEmails: z.array(z.string()).default([]),
  /**
   * The names the user goes by (their calendar entries' display names, added when an address is
   * learned, or typed in Settings): earlier entries that name the user are read without them.
   */
  userNames: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  /** Addresses found in the calendars that the user said are not theirs: never suggested again. */
  notUserEmails: z.array(z.string()).max(200).default([]),
  includeFreeEvents: z.boolean().default(false),
  includeSoloEvents: z.boolean().default(false),
  /** Whole words or phrases, any case: "Lunch" ignores "Team lunch" but "Focus" keeps "Refocus planning". */
  ignoreTitles: z.array(z.string()).default(['Focus', 'Lunch', 'Block', 'OOO', 'Out of office']),
});
export type MeetingRules = z.infer<typeof MeetingRulesSchema>;

/** A meeting the coach prompts around: a timed occurrence that passed the rules. */
export const MeetingSchema = z.object({
  /** Stable across refreshes: source + UID + the occurrence's original start. */
  id: z.string(),
  sourceId: z.string(),
  uid: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  organizer: AttendeeSchema.nullable(),
  attendees: z.array(AttendeeSchema),
  location: z.string().nullable(),
  /** See Occurrence.meetingUrl. */
  meetingUrl: z.string().nullable().optional(),
  /** True when the app opens meetingUrl on "Join" (https to a known meeting service); otherwise it is text to copy. */
  meetingUrlOpens: z.boolean().optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/**
 * An all-day event on a day (a holiday, a colleague's out-of-office): never a meeting and never
 * a card, but part of the day the user sees on Today. `start` and `end` are days, `end` exclusive.
 */
export const AllDayEventSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
});
export type AllDayEvent = z.infer<typeof AllDayEventSchema>;
