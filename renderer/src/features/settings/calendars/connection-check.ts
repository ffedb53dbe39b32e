import { MAX_IMPORT_TEXT_LENGTH, SourceConnectionSchema, type SourceConnection } from '../../../../../shared/domain/calendar-sources';
import type { TFunction } from 'i18next';
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
export function checkConnection(t: TFunction<'settingsCalendars'>, kind: ConnectionKind, draft: ConnectionDraft): { connection: SourceConnection | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let candidate: SourceConnection;
  switch (kind) {
    case 'ics-url':
      if (!draft.url.trim()) errors.url = t('check.pasteAddress');
      candidate = { kind, url: draft.url.trim() };
      break;
    case 'caldav':
      if (!draft.serverUrl.trim()) errors.serverUrl = t('check.enterServer');
      if (!draft.username.trim()) errors.username = t('check.enterUsername');
      if (!draft.password) errors.password = t('check.enterPassword');
      candidate = { kind, serverUrl: draft.serverUrl.trim(), username: draft.username.trim(), password: draft.password };
      break;
    case 'ics-file':
      if (!draft.file) errors.file = t('check.chooseFile');
      else if (draft.file.text.length > MAX_IMPORT_TEXT_LENGTH) errors.file = t('fields.tooBig');
      candidate = { kind, fileName: draft.file?.name ?? null, text: draft.file?.text ?? '' };
      break;
  }
  if (Object.keys(errors).length > 0) return { connection: null, errors };
  const parsed = SourceConnectionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = kind === 'ics-file' ? 'file' : String(issue.path[0] ?? 'url');
      errors[field] ??= issue.code === 'too_big' ? t('check.tooLong') : issueText(issue, windowT());
    }
    return { connection: null, errors };
  }
  return { connection: candidate, errors };
}
