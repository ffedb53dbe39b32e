import { z } from 'zod';
import {
  InsightsOverviewSchema,
  PersonEntrySchema,
  PersonHistorySchema,
  WeeklySummarySchema,
} from '../domain/insights';
import { isMonday } from '../domain/insights-weeks';
import { PersonNameSchema } from '../domain/moment';
import { PersonPageSchema } from '../domain/person-page';
import { LookBackSchema } from '../domain/look-back';
import { NoInput } from './common';

export const INSIGHTS_WEEKS = { min: 2, max: 52, default: 12 } as const;

const WeekStartSchema = z.string().refine(isMonday, 'Expected the Monday a week starts on, like 2026-11-16.');

/** Insights: trends, follow-through, response, people, and the exportable weekly summary. Read-only. */
export const insightsCommands = {
  /** The Insights page for the last `weeks` weeks (the current one included). */
  'insights.overview': {
    input: z
      .object({ weeks: z.number().int().min(INSIGHTS_WEEKS.min).max(INSIGHTS_WEEKS.max).default(INSIGHTS_WEEKS.default) })
      .strict()
      .default({ weeks: INSIGHTS_WEEKS.default }),
    output: InsightsOverviewSchema,
  },
  /** Every moment with one person, newest first (at most `limit`; the counts cover all). */
  'insights.person': {
    input: z.object({ name: PersonNameSchema, limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: PersonHistorySchema,
  },
  /** The person page for preparing a 1:1: history, open follow-ups, intentions, notes, the next meeting. */
  'insights.personPage': {
    input: z.object({ name: PersonNameSchema, limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: PersonPageSchema,
  },
  /** Everyone named in the log or met lately, to search for a person. */
  'insights.people': { input: NoInput, output: z.array(PersonEntrySchema) },
  /** The weekly look-back (default: the current week). Accepting its suggestion is `settings.update({ weekIntention })`. */
  'insights.lookBack': {
    input: z.object({ weekStart: WeekStartSchema.optional() }).strict().default({}),
    output: LookBackSchema,
  },
  /** The one-page summary of a week (default: the current one), as Markdown for the user to save. */
  'insights.weeklySummary': {
    input: z.object({ weekStart: WeekStartSchema.optional(), includeNotes: z.boolean() }).strict(),
    output: WeeklySummarySchema,
  },
} as const;
