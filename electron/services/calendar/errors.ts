/**
 * Why a whole calendar could not be read. The sync layer shows `message` to the user as the
 * source's status and keeps the last good copy, so a broken download never replaces good data.
 */
export type CalendarParseErrorCode =
  /** No BEGIN:VCALENDAR: an HTML login page, a JSON error, an empty body... */
  | 'not-a-calendar'
  /** BEGIN:VCALENDAR without END:VCALENDAR: the download was most likely cut off. */
  | 'truncated'
  /** Bigger than MAX_ICS_CHARS: refused before any parsing, so it costs no time. */
  | 'too-large'
  /** More than MAX_EVENT_COMPONENTS events left after the window filter. */
  | 'too-many-events';

export class CalendarParseError extends Error {
  readonly code: CalendarParseErrorCode;

  constructor(code: CalendarParseErrorCode, message: string) {
    super(message);
    this.name = 'CalendarParseError';
    this.code = code;
  }
}

/**
 * Something skipped or approximated while reading a calendar that is otherwise fine: the rest of
 * the calendar is still returned. Worth showing as a soft notice on the source, never fatal.
 */
export type CalendarWarningCode =
  | 'event-skipped'
  | 'property-skipped'
  | 'rule-ignored'
  | 'unknown-time-zone'
  | 'expansion-truncated'
  | 'structure-repaired';

export interface CalendarWarning {
  code: CalendarWarningCode;
  message: string;
  uid?: string;
}

/** Keeps warning lists short: a hostile file could otherwise produce one per line. */
export const MAX_WARNINGS = 50;

export function pushWarning(list: CalendarWarning[], warning: CalendarWarning): void {
  if (list.length < MAX_WARNINGS) list.push(warning);
}
