import type { Occurrence } from '../../../shared/domain/calendar';
import type { ExpansionReport } from './expand';
import { expandCalendar } from './expand';
import type { ExpansionLimits } from './limits';
import { DEFAULT_EXPANSION_LIMITS } from './limits';
import type { ParsedCalendar } from './model';
import type { ParseOptions } from './parse';
import { parseCalendar, resolveTimeZoneOption, toMsRange } from './parse';

/**
 * The calendar engine: ICS text in, occurrences and meetings out. Electron-free and
 * synchronous. Two steps so a re-plan is cheap: parseCalendar once per download (the expensive
 * part), expandParsed for every range asked afterwards.
 *
 * Results never depend on the process time zone. `timeZone` (an IANA name, default: the
 * system's) is the user's zone: all-day dates are placed in it (an all-day event covers that
 * date's midnight to midnight there), and floating times are read in it unless the calendar
 * names its own zone in X-WR-TIMEZONE, which its author meant them in. Occurrences overlapping
 * [from, to) are returned, sorted by start, cancelled ones included (status CANCELLED) so
 * callers can tell "cancelled" from "gone".
 */
export type ExpandOptions = Partial<ExpansionLimits> & {
  /** Optional check: the zone the caller parsed with. Zones are applied at parse time, so a different one is an error. */
  timeZone?: string;
};

export function expandParsedWithReport(parsed: ParsedCalendar, range: { from: Date; to: Date }, options: ExpandOptions = {}): ExpansionReport {
  const { timeZone, ...limits } = options;
  const { from, to } = toMsRange(range);
  if (timeZone !== undefined && resolveTimeZoneOption(timeZone) !== parsed.timeZone) {
    throw new RangeError(`This calendar was parsed for ${parsed.timeZone}, not ${timeZone}: parse it again for the new zone.`);
  }
  if (parsed.window && (from < parsed.window.from || to > parsed.window.to)) {
    throw new RangeError('This calendar was parsed for a narrower window than the range asked: parse it again without a window or with a wider one.');
  }
  return expandCalendar(parsed, from, to, { ...DEFAULT_EXPANSION_LIMITS, ...limits });
}

export function expandParsed(parsed: ParsedCalendar, range: { from: Date; to: Date }, options: ExpandOptions = {}): Occurrence[] {
  return expandParsedWithReport(parsed, range, options).occurrences;
}

export function expandOccurrences(icsText: string, range: { from: Date; to: Date }, options: ExpandOptions = {}): Occurrence[] {
  const { timeZone, ...limits } = options;
  // Only this range is ever asked for: let the prepass skip everything else.
  const parsed = parseCalendar(icsText, { ...(timeZone === undefined ? {} : { timeZone }), window: range });
  return expandParsed(parsed, range, limits);
}

export { parseCalendar, type ParseOptions };
export { selectMeetings, meetingId } from './select';
export { CalendarParseError, type CalendarParseErrorCode, type CalendarWarning, type CalendarWarningCode } from './errors';
export type { ParsedCalendar } from './model';
export type { ExpansionReport } from './expand';
export { DEFAULT_EXPANSION_LIMITS, MAX_ICS_CHARS, MAX_EVENT_COMPONENTS, type ExpansionLimits } from './limits';
