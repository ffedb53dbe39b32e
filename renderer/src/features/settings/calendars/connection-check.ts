import { MAX_IMPORT_TEXT_LENGTH, SourceConnectionSchema, type SourceConnection } from '../../../../../shared/domain/calendar-sources';
import type { ChosenFile, ConnectionKind } from './ConnectionFields';
import { issueText } from '../../../../../shared/domain/validation';
import { windowT } from '../../../i18n';

export interface ConnectionDraft {
  url: string;
  serverUrl: string;
  username: string;
  password: string;
  file: ChosenFile | null;
}

/**
 * Checks the form before "Test connection": what is missing is said next to its field, and
 * the rest goes through the same zod schema the main process applies again.
 */
export function checkConnection(kind: ConnectionKind, draft: ConnectionDraft): { connection: SourceConnection | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let candidate: SourceConnection;
  switch (kind) {
    case 'ics-url':
      if (!draft.url.trim()) errors.url = 'Paste the calendar’s address.';
      candidate = { kind, url: draft.url.trim() };
      break;
    case 'caldav':
      if (!draft.serverUrl.trim()) errors.serverUrl = 'Enter the server address.';
      if (!draft.username.trim()) errors.username = 'Enter your user name.';
      if (!draft.password) errors.password = 'Enter the app password.';
      candidate = { kind, serverUrl: draft.serverUrl.trim(), username: draft.username.trim(), password: draft.password };
      break;
    case 'ics-file':
      if (!draft.file) errors.file = 'Choose an .ics file.';
      else if (draft.file.text.length > MAX_IMPORT_TEXT_LENGTH) errors.file = 'This file is too big to import (over 32 MB).';
      candidate = { kind, fileName: draft.file?.name ?? null, text: draft.file?.text ?? '' };
      break;
  }
  if (Object.keys(errors).length > 0) return { connection: null, errors };
  const parsed = SourceConnectionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = kind === 'ics-file' ? 'file' : String(issue.path[0] ?? 'url');
      errors[field] ??= issue.code === 'too_big' ? 'That is too long.' : issueText(issue, windowT());
    }
    return { connection: null, errors };
  }
  return { connection: candidate, errors };
}
