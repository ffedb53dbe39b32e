import { z } from 'zod';
import { IsoInstantSchema, LIMITS } from './moment';
import { TimeZoneSchema } from './time';

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
  text: z.string().trim().min(1, 'Write something first.').max(LIMITS.noteChars, `Notes are limited to ${LIMITS.noteChars} characters.`),
  occurredAt: IsoInstantSchema.optional(),
});
