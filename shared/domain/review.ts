import { z } from 'zod';
import { IntentionSchema } from './checkin';
import { IsoInstantSchema, LIMITS } from './moment';
import { TimeZoneSchema } from './time-zone';
import { validationKey } from './validation';
import type { Namespace, TFunction } from 'i18next';

/**
 * Reflection questions for the end-of-day review, grounded in the research the product rests
 * on (see the About the science page). Three are asked per day, rotating (promptsForDay).
 */
export const REVIEW_PROMPTS = [
  { id: 'proudest' },
  { id: 'indifference' },
  { id: 'unnoticed' },
  { id: 'weak-ties' },
  { id: 'witnessed' },
  { id: 'repair' },
  { id: 'forty-seconds' },
  { id: 'if-then' },
] as const;
export type ReviewPromptId = (typeof REVIEW_PROMPTS)[number]['id'];
export const ReviewPromptIdSchema = z.enum(REVIEW_PROMPTS.map((p) => p.id) as [ReviewPromptId, ...ReviewPromptId[]]);

/** A review question in `t`'s language (the words live in the coach catalog, under reviewPrompts). */
export function reviewPromptText(id: ReviewPromptId, t: TFunction<Namespace>): string {
  return t(`coach:reviewPrompts.${id}`);
}

/**
 * The day's questions: three, rotating day by day so the review never becomes rote. Each day
 * moves on by three (3 and 8 share no factor), so every question comes up and the set repeats
 * every eight days. The README lists the questions: keep it in step.
 */
export function promptsForDay(day: string): (typeof REVIEW_PROMPTS)[number][] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dayNumber = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  return [0, 1, 2].map((i) => REVIEW_PROMPTS[(dayNumber * 3 + i) % REVIEW_PROMPTS.length]!);
}

export const DayKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a day like 2026-11-23.');
const Scale = z.number().int().min(1).max(5);

export const ReviewAnswerSchema = z.object({
  promptId: ReviewPromptIdSchema,
  /** The question as it was asked, kept with the answer so the log reads right if questions change. */
  question: z.string().max(300),
  answer: z.string().trim().max(LIMITS.noteChars, validationKey('review.answerTooLong', { max: LIMITS.noteChars })),
});

export const ReviewSchema = z.object({
  id: z.string().min(1).max(64),
  day: DayKeySchema,
  answers: z.array(ReviewAnswerSchema).max(10),
  mood: Scale.nullable(),
  energy: Scale.nullable(),
  tomorrowIntention: IntentionSchema.nullable(),
  /** Null while the review is a draft. */
  completedAt: IsoInstantSchema.nullable(),
  timeZone: TimeZoneSchema,
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type Review = z.infer<typeof ReviewSchema>;

export const ReviewInputSchema = z
  .object({
    day: DayKeySchema,
    answers: z.array(ReviewAnswerSchema.omit({ question: true })).max(10).default([]),
    mood: Scale.nullable().default(null),
    energy: Scale.nullable().default(null),
    tomorrowIntention: IntentionSchema.nullable().default(null),
    /** Mark the review done (a draft can be saved without). */
    complete: z.boolean().default(false),
  })
  .strict();
export type ReviewInput = z.input<typeof ReviewInputSchema>;
