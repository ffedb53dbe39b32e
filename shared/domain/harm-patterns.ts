import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { formatPercent } from '../format/locale-format';
import { IsoInstantSchema } from './moment';

/**
 * "What goes with harm": from the user's own moments, the share that harmed trust in each
 * group (after a run of back-to-back meetings, on busy days, in the morning, in 1:1s, in a
 * recurring series, with a person), next to the share outside that group. Always counts and a
 * 95% Wilson interval, never a score; a group is shown only with enough moments in it and
 * outside it. A pattern is an association in one person's log, not a cause (see the science page).
 */

/** The fewest moments a group (and the rest) needs before its share is shown. */
export const MIN_MOMENTS_FOR_PATTERN = 10;
/** How far back patterns look. */
export const PATTERN_WEEKS = 52;

export const PatternDimensionSchema = z.enum(['streak', 'day-load', 'time-of-day', 'size', 'series', 'person']);
export type PatternDimension = z.infer<typeof PatternDimensionSchema>;

const Count = z.number().int().nonnegative();
const Share = z.number().min(0).max(1);

export const PatternRowSchema = z.object({
  /** Stable within its dimension ("3+", "morning", a person's name in lower case). */
  key: z.string(),
  /** The group in words, as in "Of your 23 {moments after three or more back-to-back meetings}". */
  phrase: z.string(),
  /** A short label for a table row. */
  label: z.string(),
  moments: Count,
  harmed: Count,
  share: Share,
  /** 95% Wilson interval of `share`. */
  low: Share,
  high: Share,
  /** The same for every other moment in the analysis. */
  restMoments: Count,
  restHarmed: Count,
  restShare: Share,
  /** The rest's share lies outside this group's interval: worth a sentence, still not a cause. */
  standsOut: z.boolean(),
});
export type PatternRow = z.infer<typeof PatternRowSchema>;

export const PatternGroupSchema = z.object({
  dimension: PatternDimensionSchema,
  title: z.string(),
  /** Only groups with enough moments in and out of them. */
  rows: z.array(PatternRowSchema),
  /** Groups left out for too few moments. */
  hidden: Count,
});
export type PatternGroup = z.infer<typeof PatternGroupSchema>;

export const HarmPatternsSchema = z.object({
  since: IsoInstantSchema,
  weeks: z.number().int().positive(),
  /** Own moments in the period, and how many of them harmed trust. */
  moments: Count,
  harmed: Count,
  minimum: z.number().int().positive(),
  /** False when no calendar is connected: the meeting-based groups cannot be formed. */
  calendarKnown: z.boolean(),
  groups: z.array(PatternGroupSchema),
});
export type HarmPatterns = z.infer<typeof HarmPatternsSchema>;

const Z = 1.959964; // 95%

/** The Wilson score interval for `harmed` of `n`: honest near 0%, 100% and for small n, unlike ± 1.96·SE. */
export function wilsonInterval(harmed: number, n: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = harmed / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * "Of your 23 moments after three or more back-to-back meetings, 9 were harm (39%, 22–58%);
 * otherwise 12%." in `t`'s language, with the shares in the locale's format. The phrase comes
 * from the main process, already in the same language.
 */
export function patternSentence(row: PatternRow, t: TFunction<Namespace>, locale: string): string {
  return t('insights:patterns.sentence', {
    count: row.harmed,
    moments: row.moments,
    phrase: row.phrase,
    share: formatPercent(locale, row.share),
    low: Math.round(row.low * 100),
    high: Math.round(row.high * 100),
    rest: formatPercent(locale, row.restShare),
  });
}
