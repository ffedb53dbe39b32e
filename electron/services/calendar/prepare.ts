import type { RawLine } from './content-line';
import { forEachLogicalLine, lineValue, parseDateValue, parseDuration } from './content-line';
import type { CalendarWarning } from './errors';
import { CalendarParseError, pushWarning } from './errors';
import { MAX_EVENT_COMPONENTS, MAX_ICS_CHARS } from './limits';
import type { DetailsDraft } from './event-details';
import type { RenderedEvent } from './render-event';
import { renderEvent } from './render-event';
import type { Observance, TimezoneDefinition } from './scanner';
import { CalendarScanner } from './scanner';
import { resolveZoneName } from './zone-names';
import { differsFrom, offsetsOfDefinition } from './vtimezone';
import { registerCustomZone, zoneFromObservances } from './zones';
import { t } from '../text/main-text';

/**
 * The prepass: one linear scan over the raw text that enforces the size limits, unfolds lines,
 * keeps only what the engine uses, repairs structure (unclosed or stray components), and hands
 * each event to renderEvent. Only its output reaches node-ical, so node-ical never sees the
 * inputs that make it throw, guess with the process zone, or spend time on descriptions.
 */
export interface PrepareOptions {
  /** The caller's zone for floating times (validated IANA id). */
  timeZone: string;
  /** Only events that may touch these days (days since epoch, inclusive) are kept. */
  windowDays?: { from: number; to: number };
}

export interface PreparedCalendar {
  events: RenderedEvent[];
  /** Details of every rendered event, by the index echoed in its X-TOUCHPOINT (outdated versions included). */
  details: DetailsDraft[];
  floatZone: string;
  warnings: CalendarWarning[];
}

export function prepareCalendar(text: string, options: PrepareOptions): PreparedCalendar {
  if (text.length > MAX_ICS_CHARS) {
    const megabytes = Math.round(text.length / 1024 / 1024);
    throw new CalendarParseError('too-large', t('calendar:parse.tooLarge', { megabytes, limit: MAX_ICS_CHARS / 1024 / 1024 }));
  }
  const drafts: RawLine[][] = [];
  const scanner = new CalendarScanner((lines) => {
    if (options.windowDays && !mayTouchWindow(lines, options.windowDays)) return;
    if (drafts.length >= MAX_EVENT_COMPONENTS) {
      throw new CalendarParseError('too-many-events', t('calendar:parse.tooManyEvents', { max: MAX_EVENT_COMPONENTS }));
    }
    drafts.push(lines);
  });
  const { warnings } = scanner;
  // Classic Mac line ends (CR only) would otherwise read as one endless line.
  let source = text.includes('\n') || !text.includes('\r') ? text : text.replace(/\r/g, '\n');
  // An indented first line would read as the continuation of nothing, and the calendar as "not a calendar".
  const indent = /^\uFEFF?[ \t\r\n]*[ \t]+(?=BEGIN:)/i.exec(source.slice(0, 4096));
  if (indent) {
    source = source.slice(indent[0].length);
    pushWarning(warnings, { code: 'structure-repaired', message: 'Spaces before the start of the calendar were ignored.' });
  }
  forEachLogicalLine(source, {
    wants: (name) => name === 'BEGIN' || name === 'END' || scanner.wants(name),
    line: (name, line) => scanner.line(name, line),
    oversized: (name) => pushWarning(warnings, { code: 'property-skipped', message: `An oversized ${name} property was skipped.` }),
  });
  if (!scanner.sawCalendar) throw new CalendarParseError('not-a-calendar', t('calendar:parse.notACalendar'));
  if (scanner.open) throw new CalendarParseError('truncated', t('calendar:parse.cutOff'));

  const definitionZones = new Map<string, string | null>();
  const zoneFromDefinition = (tzid: string): string | null => {
    const known = definitionZones.get(tzid);
    if (known !== undefined) return known;
    const definition = scanner.timezones.get(tzid);
    const zone = definition ? zoneOfDefinition(definition) : null;
    definitionZones.set(tzid, zone);
    return zone;
  };
  let calendarZone: string | null = null;
  if (scanner.calendarZoneName) {
    calendarZone = resolveZoneName(scanner.calendarZoneName, zoneFromDefinition);
    if (!calendarZone) pushWarning(warnings, { code: 'unknown-time-zone', message: `The calendar's time zone "${scanner.calendarZoneName}" is unknown and was ignored.` });
  }
  const context = { floatZone: calendarZone ?? options.timeZone, calendarZone, zoneFromDefinition, warnings };
  const events: RenderedEvent[] = [];
  for (const lines of drafts) {
    const rendered = renderEvent(lines, context, events.length);
    if (rendered) events.push(rendered);
  }
  return { events: latestVersions(events), details: events.map((event) => event.details), floatZone: context.floatZone, warnings };
}

/**
 * One event (or one changed instance) written twice keeps its highest SEQUENCE, the later one on
 * a tie: what node-ical would keep, decided here so node-ical does not print to the console.
 */
function latestVersions(events: RenderedEvent[]): RenderedEvent[] {
  const kept = new Map<string, number>();
  const result: Array<RenderedEvent | null> = [];
  for (const event of events) {
    const at = kept.get(event.versionKey);
    const existing = at === undefined ? undefined : result[at];
    if (at === undefined || !existing) {
      kept.set(event.versionKey, result.length);
      result.push(event);
    } else if (event.sequence >= existing.sequence) {
      result[at] = null;
      kept.set(event.versionKey, result.length);
      result.push(event);
    }
  }
  return result.filter((event): event is RenderedEvent => event !== null);
}

/** The current standard and daylight offsets of a VTIMEZONE, matched to a known zone. */
function zoneOfDefinition(definition: TimezoneDefinition): string | null {
  const latest = (daylight: boolean): Observance | undefined =>
    definition.observances.filter((entry) => entry.daylight === daylight && entry.offsetMinutes !== null).sort((a, b) => b.year - a.year)[0];
  const standard = latest(false) ?? latest(true);
  if (!standard || standard.offsetMinutes === null) return null;
  const year = new Date().getUTCFullYear();
  const matched = zoneFromObservances(standard.offsetMinutes, latest(true)?.offsetMinutes ?? null, year);
  // A private definition whose changes fall on other dates than its match (an old Exchange rule, a
  // zone since changed) is followed by its own rules.
  const own = offsetsOfDefinition(definition);
  if (!own || !differsFrom(own, matched, year)) return matched;
  return registerCustomZone(JSON.stringify(definition.observances), own) ?? matched;
}

/** Cheap, conservative test on the raw values: could this event have an occurrence in the window? */
function mayTouchWindow(lines: RawLine[], window: { from: number; to: number }): boolean {
  const find = (name: string): RawLine | undefined => lines.find((line) => line.name === name);
  const value = (name: string): string | undefined => {
    const line = find(name);
    return line && lineValue(line.text);
  };
  const startText = value('DTSTART');
  const start = startText === undefined ? null : parseDateValue(startText);
  if (!start) return true; // let renderEvent report it
  const recurrenceText = value('RECURRENCE-ID');
  const recurrence = recurrenceText === undefined ? null : parseDateValue(recurrenceText);
  if (recurrence && recurrence.day >= window.from && recurrence.day <= window.to) return true;
  if (lines.some((line) => line.name === 'RDATE')) return true;
  const rule = recurrenceText === undefined ? value('RRULE') : undefined;
  if (rule !== undefined) {
    const until = /UNTIL=([0-9TZ]+)/i.exec(rule)?.[1];
    const untilDay = until === undefined ? null : parseDateValue(until);
    return start.day <= window.to && (untilDay === null || untilDay.day >= window.from);
  }
  const endText = value('DTEND');
  const endDate = endText === undefined ? null : parseDateValue(endText);
  const durationText = value('DURATION');
  const duration = durationText === undefined ? null : parseDuration(durationText);
  const endDay = endDate ? endDate.day : duration ? start.day + duration.days + Math.ceil(duration.ms / 86_400_000) : start.day + 1;
  return start.day <= window.to && Math.max(endDay, start.day) >= window.from;
}

