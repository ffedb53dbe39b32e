import { z } from 'zod';
import { IntentionSchema, KeptSchema, MeetingSnapshotSchema } from './checkin';
import { FollowUpSchema } from './followup';
import { MomentSchema, TagIdSchema, ValenceSchema } from './moment';
import { NoteSchema } from './note';
import { DayKeySchema, ReviewSchema } from './review';

/** What the reflection log can show; moments split by whose they are. */
export const LogKindSchema = z.enum(['own', 'witnessed', 'intention', 'review', 'follow-up', 'note']);
export type LogKind = z.infer<typeof LogKindSchema>;

const base = { key: z.string(), at: z.string(), timeZone: z.string() };

/** One line of the reflection log, whatever it came from. */
export const LogEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('moment'),
    moment: MomentSchema,
    /** From the check-in that recorded it: the intention set for that meeting and whether it was kept. */
    intention: IntentionSchema.nullable(),
    kept: KeptSchema.nullable(),
    /** Who each of `moment.people` means (same order; merges and the calendar's names applied). */
    people: z.array(z.string()).optional(),
  }),
  z.object({ ...base, kind: z.literal('intention'), checkInId: z.string(), meeting: MeetingSnapshotSchema, intention: IntentionSchema }),
  z.object({ ...base, kind: z.literal('review'), review: ReviewSchema }),
  z.object({ ...base, kind: z.literal('follow-up'), followUp: FollowUpSchema }),
  z.object({ ...base, kind: z.literal('note'), note: NoteSchema }),
]);
export type LogEntry = z.infer<typeof LogEntrySchema>;

export const LogQuerySchema = z
  .object({
    text: z.string().trim().max(200).default(''),
    kinds: z.array(LogKindSchema).max(6).default([]),
    valence: ValenceSchema.nullable().default(null),
    tag: TagIdSchema.nullable().default(null),
    person: z.string().trim().max(80).default(''),
    meeting: z.string().trim().max(200).default(''),
    from: DayKeySchema.nullable().default(null),
    to: DayKeySchema.nullable().default(null),
    before: z.string().max(300).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type LogQuery = z.input<typeof LogQuerySchema>;

export const LogPageSchema = z.object({
  entries: z.array(LogEntrySchema),
  nextCursor: z.string().nullable(),
  /** How many entries match the query (all pages). */
  total: z.number().int(),
  /** 'index' when the entries were searched for the query's words, 'none' without a text query. */
  search: z.enum(['index', 'none']),
});
export type LogPage = z.infer<typeof LogPageSchema>;
