import { z } from 'zod';
import { CheckInSchema } from '../domain/checkin';
import { FollowUpInputSchema, FollowUpSchema, FOLLOW_UP_TEXT_MAX } from '../domain/followup';
import { LogPageSchema, LogQuerySchema } from '../domain/log';
import { PersonNameSchema } from '../domain/moment';
import { NoteInputSchema, NoteSchema } from '../domain/note';
import { DayKeySchema, ReviewSchema } from '../domain/review';
import { validationKey } from '../domain/validation';

const Id = z.string().min(1).max(64);
const ById = z.object({ id: Id }).strict();

/** The reflection log: query with search and filters; notes, follow-ups and edits with undo. */
export const logCommands = {
  'log.query': { input: LogQuerySchema.prefault({}), output: LogPageSchema },

  'notes.add': { input: NoteInputSchema.strict(), output: NoteSchema },
  'notes.update': { input: NoteInputSchema.extend({ id: Id }).strict(), output: NoteSchema },
  'notes.remove': { input: ById, output: NoteSchema },
  'notes.restore': { input: z.object({ note: NoteSchema }).strict(), output: NoteSchema },

  'followUps.add': { input: FollowUpInputSchema.strict(), output: FollowUpSchema },
  'followUps.edit': {
    input: z
      .object({ id: Id, text: z.string().trim().min(1, validationKey('followUp.empty')).max(FOLLOW_UP_TEXT_MAX).optional(), person: PersonNameSchema.nullable().optional() })
      .strict(),
    output: FollowUpSchema,
  },
  /** done / dropped close it; later hides it until `notBefore` (default: tomorrow); open reopens it. */
  'followUps.setStatus': {
    input: z.object({ id: Id, status: z.enum(['open', 'done', 'dropped', 'later']), notBefore: DayKeySchema.nullable().default(null) }).strict(),
    output: FollowUpSchema,
  },
  'followUps.remove': { input: ById, output: FollowUpSchema },
  'followUps.restore': { input: z.object({ followUp: FollowUpSchema }).strict(), output: FollowUpSchema },

  'checkIns.remove': { input: ById, output: CheckInSchema },
  'checkIns.restore': { input: z.object({ checkIn: CheckInSchema }).strict(), output: CheckInSchema },

  'reviews.remove': { input: ById, output: ReviewSchema },
  'reviews.restore': { input: z.object({ review: ReviewSchema }).strict(), output: ReviewSchema },
} as const;
