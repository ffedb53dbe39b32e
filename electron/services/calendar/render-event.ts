import { createHash } from 'node:crypto';
import type { ContentLine, DateValue, RawLine } from './content-line';
import { paramValue, parseContentLine, parseDateValue, parseDuration } from './content-line';
import type { CalendarWarning } from './errors';
import { pushWarning } from './errors';
import type { DetailsDraft } from './event-details';
import { readDetails } from './event-details';
import type { CheckedRule } from './rule-check';
import { checkRule } from './rule-check';
import { resolveZoneName } from './zone-names';
import { formatWallTime, instantToWall, isEngineOnlyZone, wallToInstant } from './zones';

/**
 * Rewrites one VEVENT into the minimal form node-ical handles correctly: only the properties
 * that shape time (dates, rule, exceptions, UID, SEQUENCE); every date names an IANA zone
 * (floating and unknown zones made explicit, Windows and custom names mapped); broken values
 * removed instead of making node-ical throw for the whole file; and the facts node-ical loses
 * passed in an X-TOUCHPOINT property. Titles, places and people are read here (event-details).
 */
export interface EventContext {
  /** Zone for floating times: X-WR-TIMEZONE, else the caller's zone. */
  floatZone: string;
  /** X-WR-TIMEZONE, when the calendar names one. */
  calendarZone: string | null;
  zoneFromDefinition: (tzid: string) => string | null;
  warnings: CalendarWarning[];
}

export interface RenderedEvent {
  uid: string;
  /** UID plus RECURRENCE-ID: two events with the same key are versions of one (SEQUENCE decides). */
  versionKey: string;
  sequence: number;
  text: string;
  details: DetailsDraft;
}

/** What the engine reads from an event. Everything else (descriptions, alarms...) is dropped while scanning. */
export const EVENT_PROPERTIES = new Set([
  'UID', 'SUMMARY', 'LOCATION', 'DTSTART', 'DTEND', 'DURATION', 'RRULE', 'RDATE', 'EXDATE', 'RECURRENCE-ID',
  'STATUS', 'TRANSP', 'SEQUENCE', 'ORGANIZER', 'ATTENDEE', 'X-MICROSOFT-CDO-BUSYSTATUS',
  // The online meeting's link (see readDetails).
  'URL', 'X-GOOGLE-CONFERENCE', 'X-MICROSOFT-SKYPETEAMSMEETINGURL',
]);

const first = (lines: ContentLine[], name: string): ContentLine | undefined => lines.find((line) => line.name === name);

/** `index` is echoed in X-TOUCHPOINT so the model can find the details read here. */
export function renderEvent(rawLines: RawLine[], context: EventContext, index: number): RenderedEvent | null {
  const lines = rawLines.map((line) => parseContentLine(line.text)).filter((line): line is ContentLine => line !== null);
  const uidLine = first(lines, 'UID');
  const startLine = first(lines, 'DTSTART');
  const start = startLine ? parseDateValue(startLine.value) : null;
  const uid = uidLine?.value.trim() || syntheticUid(lines);
  if (!startLine || !start) {
    pushWarning(context.warnings, { code: 'event-skipped', uid, message: 'An event without a readable start date was skipped.' });
    return null;
  }
  const recurrenceLine = first(lines, 'RECURRENCE-ID');
  const recurrence = recurrenceLine ? parseDateValue(recurrenceLine.value) : null;
  if (recurrenceLine && !recurrence) {
    pushWarning(context.warnings, { code: 'event-skipped', uid, message: 'A changed occurrence with an unreadable original date was skipped.' });
    return null;
  }
  const rules: CheckedRule[] = [];
  for (const ruleLine of recurrenceLine ? [] : lines.filter((line) => line.name === 'RRULE')) {
    let check = checkRule(ruleLine.value);
    if (check.ok && start.kind === 'date' && check.rule.periodMs < 86_400_000) check = { ok: false, reason: 'an all-day event cannot repeat more than daily' };
    if (check.ok) rules.push(check.rule);
    else pushWarning(context.warnings, { code: 'rule-ignored', uid, message: `The repeat rule of an event was ignored (${check.reason}); only its first occurrence is shown.` });
  }
  const [rule, ...moreRules] = rules;
  const recurs = rule !== undefined || lines.some((line) => line.name === 'RDATE');

  const out = ['BEGIN:VEVENT', `UID:${uid}`];
  const meta: string[] = [];
  const allDay = start.kind === 'date';
  let zone: string | null;
  if (start.kind === 'utc' && context.calendarZone && recurs) {
    // Google-style feeds write a series' DTSTART in UTC and mean it in the calendar's zone:
    // expanding in UTC would move every instance by an hour after a DST change.
    zone = context.calendarZone;
    out.push(keptZoneStart(formatWallTime(instantToWall(utcInstant(start), zone)), zone, meta));
  } else {
    zone = allDay ? null : start.kind === 'utc' ? 'UTC' : zoneOf(startLine, context, uid);
    // The zone matters later only to repeat the event or to add DURATION days in wall-clock time.
    const nominalDays = (parseDuration(first(lines, 'DURATION')?.value ?? '')?.days ?? 0) > 0;
    out.push(start.kind === 'local' && zone !== null && (recurs || nominalDays) ? keptZoneStart(start.text, zone, meta) : renderDates('DTSTART', [start], zone));
  }
  // Floating EXDATE/RDATE/RECURRENCE-ID values belong to the series' zone (all-day: the user's).
  const valueZone = zone ?? context.floatZone;

  const endLine = first(lines, 'DTEND');
  const end = endLine ? parseDateValue(endLine.value) : null;
  const durationLine = first(lines, 'DURATION');
  const duration = durationLine ? parseDuration(durationLine.value) : null;
  let hasEnd = false;
  if (endLine && end && (end.kind === 'date') === allDay) {
    out.push(renderDates('DTEND', [end], end.kind === 'local' ? zoneOf(endLine, context, uid, valueZone) : null));
    hasEnd = true;
  } else if (durationLine && duration && duration.days >= 0 && duration.ms >= 0) {
    out.push(`DURATION:${durationLine.value.trim().toUpperCase()}`);
    hasEnd = true;
  } else if (durationLine) {
    pushWarning(context.warnings, { code: 'property-skipped', uid, message: `An event's length "${durationLine.value.trim().slice(0, 40)}" could not be read; it is shown without one.` });
  }
  const renderedStart = out[2]!;
  if (rule) out.push(`RRULE:${rule.text}`);
  if (recurrenceLine && recurrence) {
    out.push(renderDates('RECURRENCE-ID', [recurrence], recurrence.kind === 'local' ? zoneOf(recurrenceLine, context, uid, valueZone) : null));
  }
  for (const line of lines) {
    if (line.name === 'EXDATE' || (line.name === 'RDATE' && !recurrenceLine)) out.push(...renderDateList(line, context, uid, valueZone, allDay));
  }
  const sequence = first(lines, 'SEQUENCE')?.value.trim();
  if (sequence && /^\d{1,9}$/.test(sequence)) out.push(`SEQUENCE:${sequence}`);
  meta.unshift(`i=${index}`, `noend=${hasEnd ? 0 : 1}`);
  // A date-time RECURRENCE-ID names its instance by the date in its own zone (§3.8.4.4): that
  // date is what matches the instance of an all-day series, wherever the user is.
  if (recurrence && recurrence.kind === 'local') meta.push(`ridday=${recurrence.day}`);
  if (recurrenceLine && paramValue(recurrenceLine, 'RANGE')?.toUpperCase() === 'THISANDFUTURE') meta.push('range=future');
  if (rule) meta.push(`period=${rule.periodMs}`, `per=${rule.maxPerPeriod}`);
  out.push(`X-TOUCHPOINT:${meta.join('&')}`, 'END:VEVENT');
  // node-ical keeps one RRULE per event; each further one (the set is their union) travels as a
  // carrier event that the model folds back into this series.
  moreRules.forEach((extra, at) => {
    const carrierMeta = [`rulefor=${index}`, `period=${extra.periodMs}`, `per=${extra.maxPerPeriod}`, ...meta.filter((part) => part.startsWith('wall='))];
    out.push('BEGIN:VEVENT', `UID:${uid}/x-touchpoint-rule-${at + 2}`, renderedStart, `RRULE:${extra.text}`, `X-TOUCHPOINT:${carrierMeta.join('&')}`, 'END:VEVENT');
  });
  return { uid, versionKey: `${uid}\n${recurrence?.text ?? ''}`, sequence: Number(sequence) || 0, text: out.join('\n'), details: readDetails(lines) };
}

function utcInstant(value: DateValue): number {
  const t = value.text;
  return Date.UTC(Number(t.slice(0, 4)), Number(t.slice(4, 6)) - 1, Number(t.slice(6, 8)), Number(t.slice(9, 11)), Number(t.slice(11, 13)), Number(t.slice(13, 15)));
}

/** The zone a local (non-UTC) date-time of this line is in: its TZID, or `floating` without one. */
function zoneOf(line: ContentLine, context: EventContext, uid: string, floating = context.floatZone): string {
  const tzid = paramValue(line, 'TZID');
  if (tzid === undefined || tzid === '') return floating;
  const zone = resolveZoneName(tzid, context.zoneFromDefinition);
  if (zone) return zone;
  pushWarning(context.warnings, { code: 'unknown-time-zone', uid, message: `Unknown time zone "${tzid}": its times are read in ${floating}.` });
  return floating;
}

/**
 * A DTSTART that keeps its zone so the rule repeats in its wall clock. node-ical throws for
 * offset-only zones ("+05:30") and cannot know a file's own VTIMEZONE rules: there the wall time
 * is given as if it were UTC (rules repeat on the wall clock alike) and the model converts each
 * instance into the zone (meta "wall").
 */
function keptZoneStart(wallText: string, zone: string, meta: string[]): string {
  if (!isEngineOnlyZone(zone)) return `DTSTART;TZID=${zone}:${wallText}`;
  meta.push(`wall=${zone}`);
  return `DTSTART:${wallText}Z`;
}

/**
 * Local times are converted to UTC here (RFC rules for DST gaps and repeats, see wallToInstant),
 * which also spares node-ical its slowest path. Only a series' DTSTART keeps its zone
 * (`keepZone`): the rule repeats in wall-clock time of that zone.
 */
function renderDates(name: string, values: DateValue[], zone: string | null): string {
  const kind = values[0]?.kind ?? 'utc';
  if (kind === 'date') return `${name};VALUE=DATE:${values.map((value) => value.text).join(',')}`;
  const utc = kind === 'utc' || zone === null ? values.map((value) => value.text) : values.map((value) => toUtcText(value.text, zone));
  return `${name}:${utc.join(',')}`;
}

function toUtcText(local: string, zone: string): string {
  const wall = {
    year: Number(local.slice(0, 4)),
    month: Number(local.slice(4, 6)),
    day: Number(local.slice(6, 8)),
    hour: Number(local.slice(9, 11)),
    minute: Number(local.slice(11, 13)),
    second: Number(local.slice(13, 15)),
  };
  return `${formatWallTime(instantToWall(wallToInstant(wall, zone), 'UTC'))}Z`;
}

/** EXDATE/RDATE lists, regrouped by kind because one line may mix dates and date-times. */
function renderDateList(line: ContentLine, context: EventContext, uid: string, valueZone: string, allDay: boolean): string[] {
  const zone = zoneOf(line, context, uid, valueZone);
  if (line.name === 'RDATE' && paramValue(line, 'VALUE')?.toUpperCase() === 'PERIOD') {
    const periods = line.value.split(',').filter((period) => {
      const [from, to] = period.split('/');
      return from !== undefined && to !== undefined && parseDateValue(from) !== null && (parseDateValue(to) !== null || parseDuration(to) !== null);
    });
    const utc = periods.map((period) => period.toUpperCase().split('/').map((part) => (parseDateValue(part)?.kind === 'local' ? toUtcText(part, zone) : part)).join('/'));
    return utc.length > 0 ? [`RDATE;VALUE=PERIOD:${utc.join(',')}`] : [];
  }
  const values = line.value
    .split(',')
    .map(parseDateValue)
    .filter((value): value is DateValue => value !== null)
    // Exchange excludes an all-day instance as "TZID=W. Europe Standard Time:20260218T000000": the
    // date written, in the value's own zone, is the day meant (§3.8.4.4), not that instant's day where the user is.
    .map((value) => (allDay && value.kind === 'local' ? { kind: 'date' as const, day: value.day, text: value.text.slice(0, 8) } : value));
  return (['date', 'utc', 'local'] as const)
    .map((kind) => values.filter((value) => value.kind === kind))
    .filter((group) => group.length > 0)
    .map((group) => renderDates(line.name, group, zone));
}

/** Events without UID still need an id that survives a refresh: derive it from what identifies them. */
function syntheticUid(lines: ContentLine[]): string {
  const hash = createHash('sha256');
  for (const name of ['DTSTART', 'RECURRENCE-ID', 'SUMMARY', 'RRULE']) hash.update(`${name}:${first(lines, name)?.value ?? ''}\n`);
  return `touchpoint-${hash.digest('hex').slice(0, 32)}`;
}
