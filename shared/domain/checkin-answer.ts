import { z } from 'zod';
import { IntentionSchema, KeptSchema } from './checkin';
import { FollowUpInputSchema } from './followup';
import { MomentInputSchema } from './moment';

/** The moment part of a check-in: what a moment asks, minus where it came from. */
export const CheckInMomentSchema = MomentInputSchema.pick({ valence: true, tags: true, people: true, note: true });

/** Reflecting on a meeting: did I keep my intention, did it help or harm, anything to follow up. */
export const ReflectionInputSchema = z.object({
  kept: KeptSchema.nullable().default(null),
  moment: CheckInMomentSchema,
  followUp: FollowUpInputSchema.nullable().default(null),
});
export type ReflectionInput = z.input<typeof ReflectionInputSchema>;

/** An answer to a check-in card. Which parts are required depends on the card (see CoachService). */
export const CheckInAnswerSchema = z
  .object({
    promptId: z.string().min(1).max(2100),
    intention: IntentionSchema.nullable().default(null),
    reflection: ReflectionInputSchema.nullable().default(null),
  })
  .strict();
export type CheckInAnswer = z.input<typeof CheckInAnswerSchema>;
