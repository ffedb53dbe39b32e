import { z } from 'zod';
import { IsoInstantSchema, LIMITS } from './moment';
import { TimeZoneSchema } from './time-zone';
import { validationKey } from './validation';

/** A free-form entry in the reflection log: anything worth remembering that is not a moment. */
export const NoteSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().max(LIMITS.noteChars),
  occurredAt: IsoInstantSchema,
  timeZone: TimeZoneSchema,
  createdAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type Note = z.infer<typeof NoteSchema>;

export const NoteInputSchema = z.object({
  text: z.string().trim().min(1, validationKey('note.empty')).max(LIMITS.noteChars, validationKey('moment.noteTooLong', { max: LIMITS.noteChars })),
  occurredAt: IsoInstantSchema.optional(),
});
