import { z } from 'zod';
import { IntentionSchema } from './checkin';
import { HelpHarmSchema } from './insights';
import { isMonday } from './insights-weeks';
import { IsoInstantSchema, TagIdSchema } from './moment';

/**
 * The weekly look-back (on Friday, from the tray or the review, never on its own): the week's
 * help and harm, one moment to be proud of, one pattern to watch, and an intention for next
 * week the user can accept in one click. It is a mirror, not a grade: with too little logged,
 * it says so instead of inventing a pattern.
 */

/** Fewer own moments than this in a week: too little for a pattern of the week. */
export const MIN_MOMENTS_FOR_LOOK_BACK = 3;
/** A damager counts as "this week's pattern" when it came up at least this often. */
export const MIN_TAG_REPEATS = 2;

const Monday = z.string().refine(isMonday, 'Expected the Monday a week starts on, like 2026-11-16.');

/** The intention the user accepted for a week: the check-in cards before meetings that week start with it. */
export const WeekIntentionSchema = z.object({ weekStart: Monday, intention: IntentionSchema });
export type WeekIntention = z.infer<typeof WeekIntentionSchema>;

export const ProudMomentSchema = z.object({
  id: z.string(),
  occurredAt: IsoInstantSchema,
  timeZone: z.string(),
  people: z.array(z.string()),
  tags: z.array(TagIdSchema),
  note: z.string(),
  meetingTitle: z.string().nullable(),
});
export type ProudMoment = z.infer<typeof ProudMomentSchema>;

export const WatchSchema = z.discriminatedUnion('kind', [
  /** A situation from "what goes with harm" (a year of the user's moments), in its plain sentence. */
  z.object({ kind: z.literal('pattern'), sentence: z.string() }),
  /** A damager that came up repeatedly this week. */
  z.object({ kind: z.literal('tag'), tag: TagIdSchema, label: z.string(), count: z.number().int().positive() }),
]);
export type Watch = z.infer<typeof WatchSchema>;

export const LookBackSchema = z.object({
  weekStart: Monday,
  /** The week's Sunday. */
  weekEnd: z.string(),
  generatedAt: IsoInstantSchema,
  timeZone: z.string(),
  own: HelpHarmSchema,
  witnessed: HelpHarmSchema,
  /** At least MIN_MOMENTS_FOR_LOOK_BACK own moments this week. */
  enough: z.boolean(),
  proud: ProudMomentSchema.nullable(),
  watch: WatchSchema.nullable(),
  /** What to try next week, and why; `general` when it comes from no data of the user's. */
  suggestion: z.object({ intention: IntentionSchema, reason: z.string(), general: z.boolean() }),
  nextWeekStart: Monday,
  /** The intention already accepted for next week, if any. */
  accepted: IntentionSchema.nullable(),
});
export type LookBack = z.infer<typeof LookBackSchema>;
