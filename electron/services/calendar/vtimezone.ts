import { parseDateValue } from './content-line';
import type { Observance, TimezoneDefinition } from './scanner';
import { DAY_MS, dayNumber, offsetMs } from './zones';

/**
 * A VTIMEZONE's own rules (RFC 5545 §3.6.5) as an offset function, for private zones whose
 * transitions differ from the IANA zone they would be matched to (an old Exchange definition, a
 * zone changed by a government since, a hand-made one). Onsets come from each observance's
 * DTSTART, its yearly RRULE (BYMONTH with BYDAY "2SU"/"-1SU", or a weekday on or after a date,
 * or a fixed BYMONTHDAY) and its RDATEs. Anything else is not modelled: the caller then keeps
 * the IANA match.
 */
const MINUTE_MS = 60_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Onsets are generated for at most this many years of a rule (1601 to 2200 is 600). */
const MAX_RULE_YEARS = 600;

interface Transition {
  at: number;
  offsetMs: number;
}

/** One wall time (YYYYMMDDTHHMMSS) read with the offset in force before the onset. */
function onsetInstant(text: string, fromMinutes: number): number | null {
  const value = parseDateValue(text);
  if (!value || value.kind === 'date') return value ? value.day * DAY_MS - fromMinutes * MINUTE_MS : null;
  const t = value.text;
  const wall = Date.UTC(Number(t.slice(0, 4)), Number(t.slice(4, 6)) - 1, Number(t.slice(6, 8)), Number(t.slice(9, 11)), Number(t.slice(11, 13)), Number(t.slice(13, 15)));
  return value.kind === 'utc' ? wall : wall - fromMinutes * MINUTE_MS;
}

/** The day of `year`/`month` a yearly rule names, or null when the rule has another shape. */
function ruleDay(year: number, month: number, byDay: string | undefined, byMonthDay: number[]): number | null {
  if (byDay === undefined) return byMonthDay.length === 1 ? dayNumber(year, month, byMonthDay[0]!) : null;
  const match = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec(byDay);
  if (!match) return null;
  const weekday = WEEKDAYS.indexOf(match[2]!);
  const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  if (match[1] === undefined) {
    // "Sunday on or after the 8th": BYMONTHDAY lists the seven candidate days.
    const found = byMonthDay.map((day) => dayNumber(year, month, day)).find((day) => weekdayOf(day) === weekday);
    return found ?? null;
  }
  const ordinal = Number(match[1]);
  if (ordinal > 0) {
    const first = dayNumber(year, month, 1);
    const day = first + ((weekday - weekdayOf(first) + 7) % 7) + (ordinal - 1) * 7;
    // Windows-made definitions write "5SU" for the last Sunday, also in months with only four.
    return day < dayNumber(year, month + 1, 1) ? day : day - 7;
  }
  const last = dayNumber(year, month + 1, 1) - 1;
  return last - ((weekdayOf(last) - weekday + 7) % 7) + (ordinal + 1) * 7;
}

function onsets(observance: Observance): number[] | null {
  const from = observance.fromMinutes ?? observance.offsetMinutes;
  if (from === null) return null;
  const first = onsetInstant(observance.start, from);
  if (first === null) return null;
  const result = [first];
  for (const rdate of observance.rdates) {
    const at = onsetInstant(rdate, from);
    if (at !== null) result.push(at);
  }
  if (observance.rule === null) return result;
  const parts = new Map(observance.rule.split(';').map((part) => part.split('=') as [string, string]));
  const month = Number(parts.get('BYMONTH'));
  if (parts.get('FREQ') !== 'YEARLY' || !(month >= 1 && month <= 12) || (parts.get('INTERVAL') ?? '1') !== '1') return null;
  const byMonthDay = (parts.get('BYMONTHDAY') ?? '').split(',').filter((day) => day !== '').map(Number);
  const until = parts.get('UNTIL');
  const untilMs = until === undefined ? Number.POSITIVE_INFINITY : onsetInstant(until, from);
  const count = Number(parts.get('COUNT') ?? Number.POSITIVE_INFINITY);
  const wallFirst = first + from * MINUTE_MS;
  const timeOfDayMs = wallFirst - Math.floor(wallFirst / DAY_MS) * DAY_MS;
  const startYear = observance.year;
  for (let year = startYear, made = 0; year < startYear + MAX_RULE_YEARS && made < count; year++) {
    const day = ruleDay(year, month, parts.get('BYDAY'), byMonthDay);
    if (day === null) return null;
    const at = day * DAY_MS + timeOfDayMs - from * MINUTE_MS;
    if (untilMs === null || at > untilMs) break;
    if (at >= first) {
      result.push(at);
      made++;
    }
  }
  return result;
}

/** The offset function a definition describes, or null when one of its observances is not modelled. */
export function offsetsOfDefinition(definition: TimezoneDefinition): ((epochMs: number) => number) | null {
  const transitions: Transition[] = [];
  for (const observance of definition.observances) {
    if (observance.offsetMinutes === null) return null;
    const times = onsets(observance);
    if (!times) return null;
    for (const at of times) transitions.push({ at, offsetMs: observance.offsetMinutes * MINUTE_MS });
  }
  if (transitions.length === 0) return null;
  transitions.sort((a, b) => a.at - b.at);
  const earliest = definition.observances.find((observance) => onsetInstant(observance.start, observance.fromMinutes ?? 0) === transitions[0]!.at);
  const before = ((earliest?.fromMinutes ?? earliest?.offsetMinutes) ?? 0) * MINUTE_MS;
  return (epochMs) => {
    let low = 0;
    let high = transitions.length - 1;
    if (epochMs < transitions[0]!.at) return before;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (transitions[middle]!.at <= epochMs) low = middle;
      else high = middle - 1;
    }
    return transitions[low]!.offsetMs;
  };
}

/** Whether the definition's offsets differ from `zone` on any day of the years around `year`. */
export function differsFrom(offsets: (epochMs: number) => number, zone: string, year: number): boolean {
  for (let day = dayNumber(year - 1, 1, 1); day < dayNumber(year + 2, 1, 1); day++) {
    const noon = day * DAY_MS + DAY_MS / 2;
    if (offsets(noon) !== offsetMs(zone, noon)) return true;
  }
  return false;
}
