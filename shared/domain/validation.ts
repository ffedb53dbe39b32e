import type { z } from 'zod';

/** Turns zod issues into one readable sentence plus per-field messages for forms. */
export function describeZodError(error: z.ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((p) => typeof p !== 'symbol').join('.') || '_';
    fields[key] ??= issue.message;
  }
  const messages = [...new Set(Object.values(fields))];
  return { message: messages.join(' '), fields };
}
