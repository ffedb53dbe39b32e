import { z } from 'zod';
import { IntentionSchema, MeetingSnapshotSchema } from './checkin';
import { LoopSchema } from './close-the-loop';
import { PauseStateSchema, PromptSchema } from './coach';
import { MomentKindSchema, TagIdSchema, ValenceSchema } from './moment';

export const PersonHistorySchema = z.object({
  person: z.string(),
  moments: z.array(
    z.object({ id: z.string(), occurredAt: z.string(), valence: ValenceSchema, tags: z.array(TagIdSchema), note: z.string(), kind: MomentKindSchema }),
  ),
});

/** Everything a check-in card shows. */
export const PromptViewSchema = z.object({
  prompt: PromptSchema,
  /** A card sent from Settings to try the popup: answering it saves nothing. */
  test: z.boolean(),
  /** The meeting to reflect on (after, between). */
  reflectOn: MeetingSnapshotSchema.nullable(),
  /** The meeting to set an intention for (before, between). */
  intendFor: MeetingSnapshotSchema.nullable(),
  /** The intention set earlier for the meeting reflected on, to ask whether it was kept. */
  intentionToReview: IntentionSchema.nullable(),
  /** Attendees other than the user, to pre-fill "with whom" (of the meeting reflected on). */
  suggestedPeople: z.array(z.string()),
  /** Everyone but the user in the card's main meeting, for its heading. */
  attendeeNames: z.array(z.string()),
  /** Recent moments and notes with the people in the meeting. */
  lastTime: z.array(PersonHistorySchema),
  /** The intention accepted for this week in the weekly look-back: a card setting an intention starts with it. */
  weekIntention: IntentionSchema.nullable().default(null),
  /** For a card setting an intention: open follow-ups with these people and last time's intention with them. */
  loop: LoopSchema.nullable().default(null),
});
export type PromptView = z.infer<typeof PromptViewSchema>;

export const CoachStateSchema = z.object({
  pause: PauseStateSchema,
  paused: z.boolean(),
  current: PromptViewSchema.nullable(),
  nextCheckIn: z.object({ kind: z.string(), dueAt: z.string(), title: z.string() }).nullable(),
  nextMeeting: z.object({ title: z.string(), start: z.string() }).nullable(),
});
export type CoachState = z.infer<typeof CoachStateSchema>;
