import { z } from 'zod';
import { PromptOutcomeSchema, type PromptOutcome } from '../../../shared/domain/coach';

/** What became of a card (answered, skipped, snoozed, not shown and why), as the store keeps it. */
export const StoredOutcomeSchema = PromptOutcomeSchema.and(z.object({ id: z.string(), createdAt: z.string() }));
export type StoredOutcome = PromptOutcome & { id: string; createdAt: string };
