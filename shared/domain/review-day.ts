import { z } from 'zod';
import { IntentionSchema, KeptSchema, MeetingSnapshotSchema } from './checkin';
import { HoldReasonSchema } from './card-policy';
import { FollowUpSchema } from './followup';
import { MomentSchema, TagIdSchema } from './moment';
import { DayKeySchema, ReviewPromptIdSchema, ReviewSchema } from './review';

/** Honest counts: helps and harms side by side, never netted into one score. */
export const CountsSchema = z.object({
  helped: z.number().int(),
  harmed: z.number().int(),
  witnessedHelped: z.number().int(),
  witnessedHarmed: z.number().int(),
});
export type Counts = z.infer<typeof CountsSchema>;

export const TagCountSchema = z.object({ tag: TagIdSchema, count: z.number().int() });

export const ReviewMeetingSchema = z.object({
  meeting: MeetingSnapshotSchema,
  sourceColor: z.string().nullable(),
  /** Attendees other than the user, as the log names them. */
  people: z.array(z.string()),
  intention: IntentionSchema.nullable(),
  /** reflected: a check-in covered it; unlogged: it ended without one; upcoming: not over yet. */
  status: z.enum(['reflected', 'unlogged', 'upcoming']),
  kept: KeptSchema.nullable(),
  moment: MomentSchema.nullable(),
  /** Why the coach raised no card for it (muted series, large or daily meeting, the day's budget); null when it did. */
  heldBack: HoldReasonSchema.nullable(),
});
export type ReviewMeeting = z.infer<typeof ReviewMeetingSchema>;

/** Everything the end-of-day review shows for one day. */
export const ReviewDaySchema = z.object({
  day: DayKeySchema,
  isToday: z.boolean(),
  meetings: z.array(ReviewMeetingSchema),
  /** Moments of the day not tied to one of its meetings (hallway, chat), in time order. */
  moments: z.array(MomentSchema),
  counts: z.object({ day: CountsSchema, week: CountsSchema }),
  builders: z.array(TagCountSchema),
  damagers: z.array(TagCountSchema),
  prompts: z.array(z.object({ id: ReviewPromptIdSchema, text: z.string() })),
  followUps: z.array(FollowUpSchema),
  review: ReviewSchema.nullable(),
  streak: z.object({ current: z.number().int(), todayDone: z.boolean() }),
});
export type ReviewDay = z.infer<typeof ReviewDaySchema>;
