import { z } from 'zod';

/** Input of a command that takes nothing (omitting it is fine). */
export const NoInput = z.object({}).strict().default({});
export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a day like 2026-11-23.');
