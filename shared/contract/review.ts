import { z } from 'zod';
import { IntentionSchema } from '../domain/checkin';
import { ReflectionInputSchema } from '../domain/checkin-answer';
import { DayKeySchema, ReviewInputSchema, ReviewSchema } from '../domain/review';
import { ReviewDaySchema } from '../domain/review-day';

/** The end-of-day review, for today or any earlier day. */
export const reviewCommands = {
  'review.day': { input: z.object({ day: DayKeySchema.optional() }).strict().default({}), output: ReviewDaySchema },
  'review.save': { input: ReviewInputSchema, output: ReviewSchema },
  /** Fill in a meeting that ended without a check-in. */
  'review.fillMeeting': {
    input: z
      .object({ day: DayKeySchema, meetingId: z.string().min(1).max(1024), intention: IntentionSchema.nullable().default(null), reflection: ReflectionInputSchema })
      .strict(),
    output: z.null(),
  },
} as const;
