import type { Namespace, TFunction } from 'i18next';
import type { z } from 'zod';
import type english from '../i18n/en/index';

/**
 * Field messages of the domain's schemas are catalog keys of the "validation" namespace, not
 * English: a schema is built once per process, but its message is read in the language of whoever
 * shows it (the main process's, or a window's). `validationKey` writes the key and any values into
 * the issue's message; `issueText` turns it into words with the reader's `t`.
 */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type ValidationKey = Leaves<(typeof english)['validation']>;

const PREFIX = 'validation:';
const KEYED = /^validation:([\w.]+)(?: (\{.*\}))?$/s;

/** The message a schema gives an issue: `validation:<key>`, plus its values as JSON. */
export function validationKey(key: ValidationKey, values?: Record<string, string | number>): string {
  return values ? `${PREFIX}${key} ${JSON.stringify(values)}` : `${PREFIX}${key}`;
}

/**
 * An issue's words for the user in `t`'s language. Messages the schemas did not write as keys
 * (zod's own, for inputs no form sends) pass through unchanged.
 */
export function issueText(issue: { message: string }, t: TFunction<Namespace>): string {
  const match = KEYED.exec(issue.message);
  if (!match) return issue.message;
  let values: Record<string, unknown>;
  try {
    values = match[2] ? (JSON.parse(match[2]) as Record<string, unknown>) : {};
  } catch {
    values = {};
  }
  // The key comes from a schema, so it is one of ValidationKey; i18next's typed overloads cannot know that.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(`${PREFIX}${match[1]}`, values);
}

/** Turns zod issues into one readable sentence plus per-field messages for forms, in `t`'s language. */
export function describeZodError(error: z.ZodError, t: TFunction<Namespace>): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((p) => typeof p !== 'symbol').join('.') || '_';
    fields[key] ??= issueText(issue, t);
  }
  const messages = [...new Set(Object.values(fields))];
  return { message: messages.join(' '), fields };
}
