import { z } from 'zod';
import type { Namespace, TFunction } from 'i18next';

/** Why a meeting got no check-in card (or fewer than usual): shown in the day's review. */
export const HoldReasonSchema = z.enum(['muted-series', 'large-meeting', 'daily-meeting', 'budget']);
export type HoldReason = z.infer<typeof HoldReasonSchema>;

/** "No card: a daily meeting gets one card a week." */
export function heldBackText(reason: HoldReason, t: TFunction<Namespace>): string {
  return t(`coach:heldBack.${reason}`);
}

/** A series the user asked not to get cards for ("Don't ask for this series"). */
export const MutedSeriesSchema = z.object({ key: z.string().min(1).max(2100), title: z.string().max(500) });
export type MutedSeries = z.infer<typeof MutedSeriesSchema>;
