import type { RRule } from 'node-ical';
import type { Attendee, Occurrence } from '../../../shared/domain/calendar';
import type { ParsedDuration } from './content-line';
import type { CalendarWarning } from './errors';

/**
 * The engine's own model of a parsed calendar, built once by parseCalendar and read by every
 * expansion: instants as epoch ms, all-day dates as day numbers, so expanding a week is only
 * rule lookups and arithmetic.
 */

/** What an occurrence shows, shared by all instances of a series that were not changed. */
export interface EventDetails {
  uid: string;
  title: string;
  status: Occurrence['status'];
  transparent: boolean;
  organizer: Attendee | null;
  attendees: Attendee[];
  location: string | null;
  /** Only when the event has one (see DetailsDraft.meetingUrl). */
  meetingUrl?: string;
}

/** Timed spans are epoch ms; all-day spans are day numbers with an exclusive end. */
export type Span = { allDay: false; start: number; end: number } | { allDay: true; start: number; end: number };

/** How long each instance of a series lasts. */
export type Length =
  | { kind: 'exact'; ms: number }
  /** DURATION with days or weeks: nominal days (wall clock) plus exact time, per RFC 5545. */
  | { kind: 'nominal'; duration: ParsedDuration }
  | { kind: 'days'; days: number };

/** A single event, or an instance that is fully known without expansion (orphan overrides). */
export interface FixedOccurrence {
  occurrence: Occurrence;
  /** Overlap tests in ms; all-day spans measured in the user's zone. */
  startMs: number;
  endMs: number;
}

export interface Override {
  details: EventDetails;
  span: Span;
  sequence: number;
}

/** A change to an instance and every later one (RFC 5545 §3.8.4.4, RANGE=THISANDFUTURE). */
export interface FutureOverride {
  /** RECURRENCE-ID: ms (timed) or day number (all-day). */
  from: number;
  /** Wall-clock ms (timed) or days (all-day) each later instance moves by. */
  shift: number;
  length: Length;
  details: EventDetails;
}

export interface Series {
  details: EventDetails;
  allDay: boolean;
  /** Zone the series repeats in (all-day: the user's zone). */
  zone: string;
  /** DTSTART as ms or day number. */
  start: number;
  length: Length;
  /** RRULEs (usually one; several make a union, RFC 5545 §3.8.5.3 allows more than one in practice). */
  rules: RRule[];
  /** The rule repeats wall times given as if UTC (offset-only zones node-ical cannot take): convert each in `zone`. */
  wallFrame: boolean;
  /** Bounds from the prepass: instances per ms at most, for chunked expansion. */
  density: number;
  /** RDATEs as ms or day numbers, with their own end for PERIOD values. */
  rdates: Array<{ start: number; end: number | null }>;
  /** EXDATEs as ms (timed) and day numbers (all-day, or VALUE=DATE on a timed series). */
  exInstants: Set<number>;
  exDays: Set<number>;
  /** Overrides by their RECURRENCE-ID: ms (timed), day number (all-day). */
  overrides: Map<number, Override>;
  /** RECURRENCE-ID;VALUE=DATE on a timed series: matched by the instance's day in the series' zone. */
  overridesByDay: Map<number, Override>;
  /** RANGE=THISANDFUTURE overrides by their RECURRENCE-ID (ms or day), sorted: each applies from there on. */
  futureOverrides: FutureOverride[];
}

export interface ParsedCalendar {
  /** The caller's zone at parse time (options.timeZone or the system's): all-day dates are placed in it. */
  readonly timeZone: string;
  /** Zone in which floating date-times were read: X-WR-TIMEZONE, else `timeZone`. */
  readonly floatZone: string;
  readonly singles: readonly FixedOccurrence[];
  readonly series: readonly Series[];
  readonly warnings: readonly CalendarWarning[];
  /** Set when parsed with a window: events outside it were never read, so it cannot be expanded there. */
  readonly window?: { readonly from: number; readonly to: number };
}
