import { z } from 'zod';

/** Why a meeting got no check-in card (or fewer than usual): shown in the day's review. */
export const HoldReasonSchema = z.enum(['muted-series', 'large-meeting', 'daily-meeting', 'budget']);
export type HoldReason = z.infer<typeof HoldReasonSchema>;

export const HOLD_REASON_TEXT: Record<HoldReason, string> = {
  'muted-series': 'you asked not to be asked about this series',
  'large-meeting': 'a large meeting gets one card a week',
  'daily-meeting': 'a daily meeting gets one card a week',
  budget: 'the day’s card budget was used by meetings that matter more',
};

/** A series the user asked not to get cards for ("Don't ask for this series"). */
export const MutedSeriesSchema = z.object({ key: z.string().min(1).max(2100), title: z.string().max(500) });
export type MutedSeries = z.infer<typeof MutedSeriesSchema>;
