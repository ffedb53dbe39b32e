import { z } from 'zod';

/**
 * The parts of Microsoft Graph v1.0 answers Touchpoint reads (learn.microsoft.com/graph/api):
 * GET /me/calendar (whose owner is the signed-in user) and event: delta on /me/calendarView.
 */
const EmailAddressSchema = z.object({ name: z.string().optional(), address: z.string().optional() });

export const GraphCalendarSchema = z.object({
  id: z.string().min(1),
  name: z.string().default('Calendar'),
  owner: EmailAddressSchema.optional(),
});

const GraphTimeSchema = z.object({ dateTime: z.string(), timeZone: z.string().optional() });

export const GraphEventSchema = z.object({
  id: z.string().min(1),
  /** A delta entry for an event that was deleted or left the view. */
  '@removed': z.object({ reason: z.string().optional() }).optional(),
  iCalUId: z.string().optional(),
  seriesMasterId: z.string().nullable().optional(),
  type: z.string().optional(),
  /** Occurrences and exceptions: the start the series gave it (DateTimeOffset). */
  originalStart: z.string().nullable().optional(),
  subject: z.string().nullable().optional(),
  start: GraphTimeSchema.optional(),
  end: GraphTimeSchema.optional(),
  isAllDay: z.boolean().optional(),
  isCancelled: z.boolean().optional(),
  /** free, tentative, busy, oof, workingElsewhere, unknown. */
  showAs: z.string().optional(),
  /** The signed-in user's own answer: none, organizer, tentativelyAccepted, accepted, declined, notResponded. */
  responseStatus: z.object({ response: z.string().optional() }).nullable().optional(),
  organizer: z.object({ emailAddress: EmailAddressSchema.optional() }).nullable().optional(),
  attendees: z
    .array(z.object({ type: z.string().optional(), status: z.object({ response: z.string().optional() }).nullable().optional(), emailAddress: EmailAddressSchema.optional() }))
    .nullable()
    .optional(),
  location: z.object({ displayName: z.string().nullable().optional() }).nullable().optional(),
  onlineMeeting: z.object({ joinUrl: z.string().nullable().optional() }).nullable().optional(),
  onlineMeetingUrl: z.string().nullable().optional(),
});
export type GraphEvent = z.infer<typeof GraphEventSchema>;

export const GraphPageSchema = z.object({
  value: z.array(z.unknown()).default([]),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});
