import type { ContentLine, RawLine } from './content-line';
import { parseContentLine } from './content-line';
import type { CalendarWarning } from './errors';
import { pushWarning } from './errors';
import { EVENT_PROPERTIES } from './render-event';

/**
 * Follows BEGIN/END nesting over the content lines and collects what the engine needs: each
 * VEVENT's properties, each VTIMEZONE's offsets, and X-WR-TIMEZONE. Broken structure is
 * repaired the forgiving way, each repair noted as a warning: an event missing its END line
 * ends where the next component or the calendar does, a misspelled END (END:VTOOD) closes the
 * component it nearly names, a stray END is ignored, a second VCALENDAR is merged.
 */
export interface Observance {
  daylight: boolean;
  /** TZOFFSETTO, minutes east of UTC. */
  offsetMinutes: number | null;
  /** TZOFFSETFROM: the offset its onsets are written in. */
  fromMinutes: number | null;
  year: number;
  /** DTSTART as written (local time), RRULE and RDATE values: the onsets (RFC 5545 §3.6.5). */
  start: string;
  rule: string | null;
  rdates: string[];
}

export interface TimezoneDefinition {
  tzid: string;
  observances: Observance[];
}

export class CalendarScanner {
  readonly warnings: CalendarWarning[] = [];
  readonly timezones = new Map<string, TimezoneDefinition>();
  sawCalendar = false;
  calendarZoneName: string | null = null;
  private readonly stack: string[] = [];
  private eventLines: RawLine[] | null = null;
  private timezone: TimezoneDefinition | null = null;
  private observance: Observance | null = null;
  /** The open VCALENDAR was not written: a component outside any calendar is being read. */
  private implicitCalendar = false;

  /** `onEvent` receives each complete VEVENT's properties, unparsed. */
  constructor(private readonly onEvent: (lines: RawLine[]) => void) {}

  get open(): boolean {
    return this.stack.length > 0;
  }

  /** Which properties are worth unfolding and parsing at the current position. */
  wants(name: string): boolean {
    const { stack } = this;
    if (stack.length === 2 && stack[1] === 'VEVENT') return EVENT_PROPERTIES.has(name);
    if (stack.length === 1) return name === 'X-WR-TIMEZONE';
    if (stack[1] === 'VTIMEZONE') return stack.length === 2 ? name === 'TZID' : OBSERVANCE_PROPERTIES.has(name);
    return false;
  }

  line(name: string, line: string): void {
    if (name === 'BEGIN' || name === 'END') {
      // eslint-disable-next-line no-control-regex -- a stray control character must not hide the name
      const component = line.slice(line.indexOf(':') + 1).replace(/[\u0000-\u001f\u007f]/g, '').trim().toUpperCase().slice(0, 40);
      if (name === 'BEGIN') this.begin(component);
      else this.end(component);
      return;
    }
    if (this.eventLines && this.stack.length === 2) {
      this.eventLines.push({ name, text: line });
      return;
    }
    const parsed = parseContentLine(line);
    if (parsed) this.property(parsed);
  }

  private begin(component: string): void {
    const { stack } = this;
    if (stack.length === 0) {
      if (CALENDAR_CHILDREN.has(component)) {
        // An event outside any calendar (after its END:VCALENDAR, or a bare VEVENT file): read it as part of one.
        this.repaired(`A ${component} outside the calendar was read as part of it.`);
        this.implicitCalendar = true;
        stack.push('VCALENDAR');
      } else if (component !== 'VCALENDAR') {
        return; // text before the calendar
      } else {
        this.sawCalendar = true;
        stack.push(component);
        return;
      }
      this.sawCalendar = true;
    }
    if (component === 'VCALENDAR') {
      this.repaired('A calendar started inside another one; the first was closed.');
      this.closeTo(1);
      return;
    }
    if (stack.length > 1 && CALENDAR_CHILDREN.has(component)) {
      // Only a calendar holds these: whatever is open lacks its END line (or has a misspelled one).
      this.repaired(`An unclosed ${stack[stack.length - 1]} was closed where BEGIN:${component} started.`);
      this.closeTo(1);
    }
    if (stack.length === 1 && component === 'VEVENT') this.eventLines = [];
    if (stack.length === 1 && component === 'VTIMEZONE') this.timezone = { tzid: '', observances: [] };
    if (stack.length === 2 && stack[1] === 'VTIMEZONE' && (component === 'STANDARD' || component === 'DAYLIGHT')) {
      this.observance = { daylight: component === 'DAYLIGHT', offsetMinutes: null, fromMinutes: null, year: 0, start: '', rule: null, rdates: [] };
    }
    stack.push(component);
  }

  private end(component: string): void {
    const index = this.stack.lastIndexOf(component);
    if (index === -1) {
      const open = this.stack[this.stack.length - 1];
      if (open !== undefined && !KNOWN_COMPONENTS.has(component) && editDistance(component, open) <= 2) {
        this.repaired(`END:${component} was read as END:${open}.`);
        this.end(open);
      } else if (this.stack.length > 0) {
        this.repaired(`A stray END:${component} was ignored.`);
      }
      return;
    }
    this.closeTo(index + 1);
    this.stack.pop();
    if (this.implicitCalendar && this.stack.length === 1) {
      this.stack.pop();
      this.implicitCalendar = false;
    }
    if (component === 'VEVENT' && index === 1 && this.eventLines) {
      const lines = this.eventLines;
      this.eventLines = null;
      this.onEvent(lines);
    } else if (component === 'VTIMEZONE' && index === 1 && this.timezone) {
      if (this.timezone.tzid !== '') this.timezones.set(this.timezone.tzid, this.timezone);
      this.timezone = null;
    } else if (index === 2 && this.observance && this.timezone) {
      this.timezone.observances.push(this.observance);
      this.observance = null;
    }
  }

  /**
   * Closes components left open above `depth`. An event whose END line is missing is kept: the
   * calendar around it ended, so its lines are all there (a cut download has no END:VCALENDAR).
   */
  private closeTo(depth: number): void {
    while (this.stack.length > depth) {
      const name = this.stack.pop();
      if (name === 'VEVENT' && this.stack.length === 1 && this.eventLines) {
        const lines = this.eventLines;
        this.eventLines = null;
        this.onEvent(lines);
      } else if (this.stack.length === 2 && this.observance && this.timezone) {
        this.timezone.observances.push(this.observance);
        this.observance = null;
      } else if (name === 'VTIMEZONE' && this.stack.length === 1 && this.timezone) {
        if (this.timezone.tzid !== '') this.timezones.set(this.timezone.tzid, this.timezone);
        this.timezone = null;
      }
    }
  }

  private property(line: ContentLine): void {
    const depth = this.stack.length;
    if (depth === 1) this.calendarZoneName ??= line.value.trim();
    else if (this.timezone && depth === 2) this.timezone.tzid = line.value.trim().replace(/^"(.*)"$/, '$1');
    else if (this.observance) this.observanceProperty(this.observance, line);
  }

  private observanceProperty(observance: Observance, line: ContentLine): void {
    const value = line.value.trim();
    if (line.name === 'TZOFFSETTO') observance.offsetMinutes = parseUtcOffset(value);
    else if (line.name === 'TZOFFSETFROM') observance.fromMinutes = parseUtcOffset(value);
    else if (line.name === 'RRULE') observance.rule ??= value;
    else if (line.name === 'RDATE') observance.rdates.push(...value.split(','));
    else if (line.name === 'DTSTART') {
      observance.start = value.toUpperCase();
      observance.year = Number(value.slice(0, 4)) || 0;
    }
  }

  private repaired(message: string): void {
    pushWarning(this.warnings, { code: 'structure-repaired', message });
  }
}

const OBSERVANCE_PROPERTIES = new Set(['TZOFFSETTO', 'TZOFFSETFROM', 'DTSTART', 'RRULE', 'RDATE']);

/** Components that only appear directly inside VCALENDAR (RFC 5545 §3.6, RFC 7953). */
const CALENDAR_CHILDREN = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE', 'VAVAILABILITY']);
const KNOWN_COMPONENTS = new Set([...CALENDAR_CHILDREN, 'VCALENDAR', 'VALARM', 'STANDARD', 'DAYLIGHT', 'AVAILABLE', 'VLOCATION', 'VRESOURCE', 'PARTICIPANT']);

/** Levenshtein distance of two short names: "VTOOD" is one step from "VTODO"... two, as a swap. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 40 || b.length > 40) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function parseUtcOffset(value: string): number | null {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(value.trim());
  if (!match) return null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
