import type { RRule, VEvent } from 'node-ical';
import type { Occurrence } from '../../../shared/domain/calendar';
import type { DateValue } from './content-line';
import { parseDateValue, parseDuration } from './content-line';
import type { CalendarWarning } from './errors';
import { pushWarning } from './errors';
import type { EventDetails, FixedOccurrence, Length, Override, ParsedCalendar, Series, Span } from './model';
import type { DetailsDraft } from './event-details';
import { toDetails } from './event-details';
import { firstText, propertyValues } from './text';
import { DAY_MS, canonicalZone, dayNumber, dayNumberInZone, dayNumberToIsoDate, instantToWall, offsetMs, startOfDayInZone, wallToInstant } from './zones';

/**
 * Turns node-ical's objects into the engine's model, correcting what node-ical gets wrong or
 * leaves out: all-day dates come back as local-midnight Dates of the *process* zone (read back
 * with local getters, the only zone-proof way), RDATE is not expanded by node-ical at all,
 * DURATION days are added as 24 h, and overrides without an end get zero length.
 */
type Entry = VEvent & Record<string, unknown>;

export function buildModel(entries: unknown[], drafts: readonly DetailsDraft[], timeZone: string, floatZone: string, warnings: CalendarWarning[]): ParsedCalendar {
  const context: ModelContext = { floatZone, dayZone: timeZone, drafts, extraRules: extraRulesByEvent(entries) };
  const singles: FixedOccurrence[] = [];
  const series: Series[] = [];
  for (const value of entries) {
    const entry = value as Entry | undefined;
    if (entry?.type !== 'VEVENT' || !(entry.start instanceof Date) || metaOf(entry).ruleFor !== null) continue;
    try {
      if (entry.recurrenceid !== undefined) {
        // Overrides whose series is not in the file: invited to one occurrence only.
        const orphans = entry.recurrences ? distinct(Object.values(entry.recurrences) as Entry[]) : [entry];
        for (const orphan of orphans) singles.push(fixedOccurrence(orphan, context, recurrenceIdOf(orphan)));
      } else if (!entry.rrule && entry.rdate === undefined && !entry.recurrences) {
        singles.push(fixedOccurrence(entry, context, null));
      } else {
        series.push(buildSeries(entry, context));
      }
    } catch {
      // A value out of any calendar's range (a year 275,000 end...) costs its own event, never the file.
      pushWarning(warnings, { code: 'event-skipped', uid: String(entry.uid), message: 'An event with dates out of range was skipped.' });
    }
  }
  return { timeZone, floatZone, singles, series, warnings };
}

/** Second and further RRULEs of an event, carried by events of their own (see render-event), by event index. */
function extraRulesByEvent(entries: unknown[]): Map<number, Array<{ rule: RRule; density: number }>> {
  const rules = new Map<number, Array<{ rule: RRule; density: number }>>();
  for (const value of entries) {
    const entry = value as Entry | undefined;
    const meta = entry?.type === 'VEVENT' ? metaOf(entry) : null;
    if (!entry?.rrule || meta === null || meta.ruleFor === null) continue;
    const list = rules.get(meta.ruleFor) ?? [];
    list.push({ rule: entry.rrule, density: meta.density });
    rules.set(meta.ruleFor, list);
  }
  return rules;
}

interface ModelContext {
  extraRules: Map<number, Array<{ rule: RRule; density: number }>>;
  /** Zone of floating date-times (the calendar's frame): turns such EXDATEs of all-day series into days. */
  floatZone: string;
  /** The user's zone: where an all-day date begins and ends. */
  dayZone: string;
  /** Details read by the prepass, by the index echoed in X-TOUCHPOINT. */
  drafts: readonly DetailsDraft[];
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Day number of a node-ical all-day Date: a local midnight of the process zone. */
function localDay(date: Date): number {
  return dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

const isAllDay = (entry: Entry): boolean => entry.datetype === 'date' || entry.start.dateOnly === true;

function zoneOf(entry: Entry, floatZone: string): string {
  const wallZone = metaOf(entry).wallZone;
  if (wallZone) return wallZone;
  const tz = entry.start.tz;
  return (tz && canonicalZone(tz)) ?? floatZone;
}

function recurrenceIdOf(entry: Entry): string | null {
  const id = entry.recurrenceid;
  if (!(id instanceof Date)) return null;
  return id.dateOnly ? dayNumberToIsoDate(localDay(id)) : id.toISOString();
}

interface Meta {
  index: number;
  noEnd: boolean;
  /** Date written in a local date-time RECURRENCE-ID (day number), for all-day series. */
  ridDay: number | null;
  /** Offset-only zone whose wall time DTSTART carries as if it were UTC (see render-event). */
  wallZone: string | null;
  /** Set on the carrier of a further RRULE: the index of the event it belongs to. */
  ruleFor: number | null;
  /** RECURRENCE-ID;RANGE=THISANDFUTURE. */
  thisAndFuture: boolean;
  /** Instances per ms at most (rule density), for chunked expansion. */
  density: number;
}

/** What the prepass recorded in X-TOUCHPOINT: "i=12&noend=0&period=604800000&per=2". */
const metaCache = new WeakMap<Entry, Meta>();

function metaOf(entry: Entry): Meta {
  let meta = metaCache.get(entry);
  if (!meta) metaCache.set(entry, (meta = readMeta(entry)));
  return meta;
}

function readMeta(entry: Entry): Meta {
  const fields = new Map((firstText(entry.TOUCHPOINT) ?? '').split('&').map((pair) => pair.split('=') as [string, string]));
  const period = Number(fields.get('period'));
  const per = Number(fields.get('per'));
  const ridDay = fields.get('ridday');
  return {
    index: Number(fields.get('i')),
    noEnd: fields.get('noend') === '1',
    ridDay: ridDay === undefined ? null : Number(ridDay),
    wallZone: fields.get('wall') ?? null,
    ruleFor: fields.has('rulefor') ? Number(fields.get('rulefor')) : null,
    thisAndFuture: fields.get('range') === 'future',
    density: period > 0 && per > 0 ? per / period : 1 / DAY_MS,
  };
}

/** An override states what changed; what it leaves out comes from its series. */
function detailsOf(entry: Entry, context: ModelContext, base?: EventDetails): EventDetails {
  return toDetails(String(entry.uid), context.drafts[metaOf(entry).index] ?? {}, base);
}

function lengthOf(entry: Entry, allDay: boolean, fallback?: Length): Length {
  const { noEnd } = metaOf(entry);
  if (noEnd && fallback) return fallback;
  const duration = typeof entry.duration === 'string' ? parseDuration(entry.duration) : null;
  const start = entry.start;
  if (allDay) {
    let days = 1;
    if (duration) days = duration.days + Math.ceil(duration.ms / DAY_MS);
    else if (!noEnd && entry.end instanceof Date) days = localDay(entry.end) - localDay(start);
    return { kind: 'days', days: Math.max(1, days) };
  }
  if (duration && duration.days > 0) return { kind: 'nominal', duration };
  const startMs = startOf(entry, false);
  const end = entry.end instanceof Date && !noEnd ? entry.end.getTime() : startMs;
  return { kind: 'exact', ms: Math.max(0, end - startMs) };
}

export function spanAt(start: number, length: Length, allDay: boolean, zone: string): Span {
  switch (length.kind) {
    case 'days':
      return allDay ? { allDay, start, end: start + length.days } : { allDay, start, end: start + length.days * DAY_MS };
    case 'exact':
      return allDay ? { allDay, start, end: start + Math.max(1, Math.round(length.ms / DAY_MS)) } : { allDay, start, end: start + length.ms };
    case 'nominal': {
      if (allDay) return { allDay, start, end: start + Math.max(1, length.duration.days) };
      const wall = instantToWall(start, zone);
      const endDay = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + length.duration.days));
      const end = wallToInstant({ ...wall, year: endDay.getUTCFullYear(), month: endDay.getUTCMonth() + 1, day: endDay.getUTCDate() }, zone);
      return { allDay, start, end: end + length.duration.ms };
    }
  }
}

function startOf(entry: Entry, allDay: boolean): number {
  if (allDay) return localDay(entry.start);
  const wallZone = metaOf(entry).wallZone;
  return wallZone ? fromWallFrame(entry.start.getTime(), wallZone) : entry.start.getTime();
}

/** An instant of a rule repeated in "wall time as UTC" to the instant it names in `zone`. */
export function fromWallFrame(wallMs: number, zone: string): number {
  return wallToInstant(instantToWall(wallMs, 'UTC'), zone);
}

export function toOccurrence(details: EventDetails, span: Span, recurrenceId: string | null): Occurrence {
  const format = span.allDay ? dayNumberToIsoDate : (ms: number) => new Date(ms).toISOString();
  return { ...details, recurrenceId, start: format(span.start), end: format(span.end), allDay: span.allDay };
}

/** Overlap bounds in ms; an all-day span covers its days in the user's zone. */
export function spanBounds(span: Span, dayZone: string): { startMs: number; endMs: number } {
  if (!span.allDay) return { startMs: span.start, endMs: span.end };
  return { startMs: startOfDayInZone(span.start, dayZone), endMs: startOfDayInZone(span.end, dayZone) };
}

function fixedOccurrence(entry: Entry, context: ModelContext, recurrenceId: string | null): FixedOccurrence {
  const allDay = isAllDay(entry);
  const span = spanAt(startOf(entry, allDay), lengthOf(entry, allDay), allDay, zoneOf(entry, context.floatZone));
  return { occurrence: toOccurrence(detailsOf(entry, context), span, recurrenceId), ...spanBounds(span, context.dayZone) };
}

function buildSeries(entry: Entry, context: ModelContext): Series {
  const { floatZone } = context;
  const allDay = isAllDay(entry);
  const zone = allDay ? context.dayZone : zoneOf(entry, floatZone);
  const details = detailsOf(entry, context);
  const length = lengthOf(entry, allDay);
  const extras = context.extraRules.get(metaOf(entry).index) ?? [];
  const series: Series = {
    details,
    allDay,
    zone,
    start: startOf(entry, allDay),
    length,
    rules: entry.rrule ? [entry.rrule, ...extras.map((extra) => extra.rule)] : [],
    wallFrame: metaOf(entry).wallZone !== null,
    density: Math.max(metaOf(entry).density, ...extras.map((extra) => extra.density)),
    rdates: readRdates(entry.rdate, allDay, zone),
    exInstants: new Set(),
    exDays: new Set(),
    overrides: new Map(),
    overridesByDay: new Map(),
    futureOverrides: [],
  };
  for (const exdate of distinct(Object.values(entry.exdate ?? {}))) {
    if (!(exdate instanceof Date)) continue;
    if (exdate.dateOnly) series.exDays.add(localDay(exdate));
    else if (allDay) series.exDays.add(dayOfInstant(exdate.getTime(), floatZone));
    else series.exInstants.add(exdate.getTime());
  }
  for (const value of distinct(Object.values(entry.recurrences ?? {}) as Entry[])) {
    const id = value.recurrenceid;
    if (!(id instanceof Date) || !(value.start instanceof Date)) continue;
    const overrideAllDay = isAllDay(value);
    const overrideLength = lengthOf(value, overrideAllDay, overrideAllDay === allDay ? length : undefined);
    // An instance lives in its series' zone: DURATION days are counted on that wall clock.
    const override: Override = {
      details: detailsOf(value, context, details),
      span: spanAt(startOf(value, overrideAllDay), overrideLength, overrideAllDay, zone),
      sequence: Number(value.sequence) || 0,
    };
    const byDay = id.dateOnly === true;
    const key = byDay ? localDay(id) : allDay ? (metaOf(value).ridDay ?? dayOfInstant(id.getTime(), floatZone)) : id.getTime();
    const map = byDay && !allDay ? series.overridesByDay : series.overrides;
    const existing = map.get(key);
    if (!existing || existing.sequence <= override.sequence) map.set(key, override);
    if (metaOf(value).thisAndFuture && overrideAllDay === allDay && !(byDay && !allDay)) {
      // RANGE=THISANDFUTURE: the same change (shift on the wall clock, length, details) for every later instance.
      const shift = allDay ? override.span.start - key : wallClockMs(override.span.start, zone) - wallClockMs(key, zone);
      series.futureOverrides.push({ from: key, shift, length: overrideLength, details: override.details });
    }
  }
  series.futureOverrides.sort((a, b) => a.from - b.from);
  return series;
}

/** An instant's wall-clock time in `zone`, as if it were UTC: differences are wall-clock shifts. */
export function wallClockMs(epochMs: number, zone: string): number {
  return epochMs + offsetMs(zone, epochMs);
}

/**
 * The day a date-time names for an all-day series: exactly midnight UTC is how several servers
 * write a plain date ("EXDATE:20260310T000000Z"), anything else is read in the floating zone.
 */
function dayOfInstant(epochMs: number, floatZone: string): number {
  return epochMs % DAY_MS === 0 ? epochMs / DAY_MS : dayNumberInZone(epochMs, floatZone);
}

/** RDATE values (node-ical keeps them as text): dates, date-times in their TZID, or PERIODs. */
function readRdates(raw: unknown, allDay: boolean, zone: string): Series['rdates'] {
  const rdates: Series['rdates'] = [];
  for (const property of propertyValues(raw)) {
    const tzid = property.params.TZID;
    const valueZone = (typeof tzid === 'string' && canonicalZone(tzid)) || zone;
    for (const item of property.value.split(',')) {
      const [startText = '', endText] = item.split('/');
      const start = parseDateValue(startText);
      if (!start) continue;
      const startValue = toSeriesValue(start, allDay, valueZone);
      const endValue = endText === undefined ? null : parseDateValue(endText);
      const duration = endText === undefined || endValue ? null : parseDuration(endText);
      let end: number | null = null;
      if (endValue) end = toSeriesValue(endValue, allDay, valueZone);
      else if (duration) end = spanAt(startValue, { kind: 'nominal', duration }, allDay, valueZone).end;
      rdates.push({ start: startValue, end: end !== null && end >= startValue ? end : null });
    }
  }
  return rdates;
}

function toSeriesValue(value: DateValue, allDay: boolean, zone: string): number {
  const t = value.text;
  const wall = { year: Number(t.slice(0, 4)), month: Number(t.slice(4, 6)), day: Number(t.slice(6, 8)), hour: 0, minute: 0, second: 0 };
  if (value.kind === 'date') return allDay ? value.day : wallToInstant(wall, zone);
  Object.assign(wall, { hour: Number(t.slice(9, 11)), minute: Number(t.slice(11, 13)), second: Number(t.slice(13, 15)) });
  const instant = value.kind === 'utc' ? Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) : wallToInstant(wall, zone);
  return allDay ? dayNumberInZone(instant, zone) : instant;
}
