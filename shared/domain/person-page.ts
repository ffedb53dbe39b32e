import { z } from 'zod';
import { IntentionSchema, KeptSchema } from './checkin';
import { PersonHistorySchema } from './insights';
import { IsoInstantSchema } from './moment';

/**
 * One person, for preparing a 1:1: the moments with them, what is still owed to them, the
 * intentions set for meetings with them and whether they were kept, notes that mention them,
 * and the next meeting together. The page is in the main window, so notes are shown.
 */
const Count = z.number().int().nonnegative();

export const PersonFollowUpSchema = z.object({
  id: z.string(),
  text: z.string(),
  repair: z.boolean(),
  /** "Later": hidden from the review until this day. */
  notBefore: z.string().nullable(),
  createdAt: IsoInstantSchema,
});
export type PersonFollowUp = z.infer<typeof PersonFollowUpSchema>;

/** What became of an intention: the answer to "kept?", or why there is none. */
export const IntentionOutcomeSchema = z.union([KeptSchema, z.enum(['not-answered', 'not-looked-back', 'upcoming'])]);
export type IntentionOutcome = z.infer<typeof IntentionOutcomeSchema>;

export const PersonIntentionSchema = z.object({
  meetingId: z.string(),
  meetingTitle: z.string(),
  start: IsoInstantSchema,
  timeZone: z.string(),
  intention: IntentionSchema,
  outcome: IntentionOutcomeSchema,
});
export type PersonIntention = z.infer<typeof PersonIntentionSchema>;

export const PersonNoteSchema = z.object({ id: z.string(), text: z.string(), occurredAt: IsoInstantSchema, timeZone: z.string() });
export type PersonNote = z.infer<typeof PersonNoteSchema>;

export const PersonMeetingSchema = z.object({
  title: z.string(),
  start: IsoInstantSchema,
  end: IsoInstantSchema,
  /** Just the two of you. */
  oneOnOne: z.boolean(),
  /** Everyone else in it, the user left out. */
  others: Count,
});

export const PersonPageSchema = z.object({
  /** The name the page was asked for: another spelling of the person (history.name) is the same page. */
  asked: z.string(),
  history: PersonHistorySchema,
  /** Open follow-ups with them, oldest first, repairs included. */
  followUps: z.array(PersonFollowUpSchema),
  /** Meetings with them that had an intention, newest first (at most INTENTIONS_SHOWN). */
  intentions: z.array(PersonIntentionSchema),
  /** Over every meeting with them that had an intention and has ended. */
  intentionCounts: z.object({ yes: Count, partly: Count, no: Count, notAnswered: Count, notLookedBack: Count }),
  /** Free notes in the log that name them, newest first. */
  notes: z.array(PersonNoteSchema),
  /** The next meeting together in the coming PERSON_NEXT_MEETING_DAYS days; null: none in the calendar. */
  nextMeeting: PersonMeetingSchema.nullable(),
  generatedAt: IsoInstantSchema,
  timeZone: z.string(),
});
export type PersonPage = z.infer<typeof PersonPageSchema>;

export const INTENTIONS_SHOWN = 20;
export const PERSON_NOTES_SHOWN = 20;
/** How far ahead the person page looks for the next meeting together. */
export const PERSON_NEXT_MEETING_DAYS = 28;
