import { z } from 'zod';
import { IntentionSchema, KeptSchema, MeetingSnapshotSchema } from './checkin';
import { HoldReasonSchema } from './card-policy';
import { SuppressionReasonSchema } from './coach';
import { FollowUpSchema } from './followup';
import { MomentSchema, TagIdSchema } from './moment';
import { DayKeySchema, ReviewPromptIdSchema, ReviewSchema } from './review';
import type { Namespace, TFunction } from 'i18next';

/** Honest counts: helps and harms side by side, never netted into one score. */
export const CountsSchema = z.object({
  helped: z.number().int(),
  harmed: z.number().int(),
  witnessedHelped: z.number().int(),
  witnessedHarmed: z.number().int(),
});
export type Counts = z.infer<typeof CountsSchema>;

export const TagCountSchema = z.object({ tag: TagIdSchema, count: z.number().int() });

/**
 * What became of the card that asks about a meeting afterwards (its last outcome), when that
 * explains why there is no check-in: skipped on purpose, put off ("Later"), left unanswered
 * until it closed itself, or never shown (quiet time, away, asleep...).
 */
export const AfterCardSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('skipped') }),
  z.object({ kind: z.literal('later') }),
  z.object({ kind: z.literal('timed-out') }),
  z.object({ kind: z.literal('not-shown'), reason: SuppressionReasonSchema }),
]);
export type AfterCard = z.infer<typeof AfterCardSchema>;

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
  /** The after card's fate when it explains a missing check-in; null when there was none (yet) or it was answered. */
  afterCard: AfterCardSchema.nullable(),
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

/** One plain sentence on why a meeting has no check-in, for its row in the review. */
export function afterCardText(card: AfterCard, t: TFunction<Namespace>): string {
  switch (card.kind) {
    case 'skipped':
      return t('coach:afterCard.skipped');
    case 'later':
      return t('coach:afterCard.later');
    case 'timed-out':
      return t('coach:afterCard.timedOut');
    case 'not-shown':
      return t(`coach:afterCard.notShown.${card.reason}`);
  }
}

/**
 * The meetings the review asks the user to fill in: over, without a check-in, and neither
 * skipped on purpose nor held back by the coach (those are explained on their rows instead).
 */
export function meetingsToFillIn(meetings: readonly ReviewMeeting[]): ReviewMeeting[] {
  return meetings.filter((m) => m.status === 'unlogged' && !m.heldBack && m.afterCard?.kind !== 'skipped');
}
