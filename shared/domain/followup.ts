import { z } from 'zod';
import { IsoInstantSchema, PersonNameSchema } from './moment';
import { validationKey } from './validation';

export const FOLLOW_UP_TEXT_MAX = 300;

export const FollowUpStatusSchema = z.enum(['open', 'done', 'dropped']);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/**
 * Something to do after a moment: thank someone properly, come back to a question, or
 * repair a moment that harmed trust (a repair is tied to the person it concerns).
 */
export const FollowUpSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().trim().min(1, validationKey('followUp.empty')).max(FOLLOW_UP_TEXT_MAX, validationKey('keepUnder', { max: FOLLOW_UP_TEXT_MAX })),
  person: PersonNameSchema.nullable(),
  repair: z.boolean(),
  status: FollowUpStatusSchema,
  /** "Later": hidden from the review until this day (YYYY-MM-DD). */
  notBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  origin: z.object({ kind: z.enum(['moment', 'check-in', 'review', 'manual']), id: z.string().max(64).nullable() }),
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
  closedAt: IsoInstantSchema.nullable(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const FollowUpInputSchema = z.object({
  text: FollowUpSchema.shape.text,
  person: PersonNameSchema.nullable().default(null),
  repair: z.boolean().default(false),
});
export type FollowUpInput = z.input<typeof FollowUpInputSchema>;
