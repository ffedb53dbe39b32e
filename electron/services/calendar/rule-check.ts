import { parseDateValue } from './content-line';
import { MAX_INSTANCES_PER_PERIOD } from './limits';

/**
 * Validates an RRULE before node-ical sees it (an invalid FREQ makes node-ical throw for the
 * whole file) and measures how dense it can be, so expansion can be bounded without first
 * generating a million dates.
 */
export interface CheckedRule {
  /** The rule rewritten with only the parts we validated, upper-case. */
  text: string;
  /** Shortest length of one FREQ period times INTERVAL, in ms. */
  periodMs: number;
  /** Upper bound of instances one period can produce. */
  maxPerPeriod: number;
}

const FREQ_MS: Record<string, number> = {
  SECONDLY: 1_000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: 86_400_000,
  WEEKLY: 7 * 86_400_000,
  MONTHLY: 28 * 86_400_000,
  YEARLY: 365 * 86_400_000,
};

const WEEKDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const INTEGER_LIST = /^[+-]?\d{1,3}(,[+-]?\d{1,3})*$/;
const LIST_PARTS = new Set(['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS']);

export type RuleCheck = { ok: true; rule: CheckedRule } | { ok: false; reason: string };

export function checkRule(raw: string): RuleCheck {
  const parts = new Map<string, string>();
  for (const part of raw.split(';')) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const key = part.slice(0, equals).trim().toUpperCase();
    const value = part.slice(equals + 1).trim().toUpperCase();
    if (!parts.has(key)) parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (!freq || !(freq in FREQ_MS)) return { ok: false, reason: `unknown repeat frequency "${freq ?? ''}"` };
  const out = [`FREQ=${freq}`];
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 10_000) return { ok: false, reason: 'invalid INTERVAL' };
  if (interval !== 1) out.push(`INTERVAL=${interval}`);
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined) {
    if (!/^\d{1,9}$/.test(count)) return { ok: false, reason: 'invalid COUNT' };
    out.push(`COUNT=${Number(count)}`);
  } else if (until !== undefined) {
    if (!parseDateValue(until)) return { ok: false, reason: 'invalid UNTIL' };
    out.push(`UNTIL=${until}`);
  }
  const sizes = new Map<string, number>();
  for (const key of LIST_PARTS) {
    const value = parts.get(key);
    if (value === undefined) continue;
    if (!INTEGER_LIST.test(value)) return { ok: false, reason: `invalid ${key}` };
    out.push(`${key}=${value}`);
    sizes.set(key, new Set(value.split(',')).size);
  }
  const byDay = parts.get('BYDAY');
  let plainWeekdays = 0;
  let ordinalWeekdays = 0;
  if (byDay !== undefined) {
    const days = byDay.split(',');
    for (const day of days) {
      const match = WEEKDAY.exec(day);
      // "0MO" names no week (ordinals are ±1 to ±53): node-ical throws for the whole event on it.
      if (!match || (match[1] !== undefined && (Number(match[1]) === 0 || Math.abs(Number(match[1])) > 53))) return { ok: false, reason: 'invalid BYDAY' };
      if (match[1] === undefined) plainWeekdays++;
      else ordinalWeekdays++;
    }
    out.push(`BYDAY=${byDay}`);
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && WEEKDAY.test(wkst) && wkst.length === 2) out.push(`WKST=${wkst}`);

  const maxPerPeriod = estimateMaxPerPeriod(freq, sizes, plainWeekdays, ordinalWeekdays);
  if (maxPerPeriod > MAX_INSTANCES_PER_PERIOD) {
    return { ok: false, reason: `the rule can repeat ${maxPerPeriod} times per ${freq.toLowerCase()} period` };
  }
  return { ok: true, rule: { text: out.join(';'), periodMs: FREQ_MS[freq]! * interval, maxPerPeriod } };
}

/** An upper bound only: BYxxx parts that filter (rather than expand) are counted as expanding. */
function estimateMaxPerPeriod(freq: string, sizes: Map<string, number>, plainWeekdays: number, ordinalWeekdays: number): number {
  const size = (key: string): number => sizes.get(key) ?? 1;
  // Below DAILY, the BYxxx parts of the same or a larger unit only filter.
  if (freq === 'SECONDLY') return 1;
  if (freq === 'MINUTELY') return size('BYSECOND');
  if (freq === 'HOURLY') return size('BYMINUTE') * size('BYSECOND');
  const timesPerDay = size('BYHOUR') * size('BYMINUTE') * size('BYSECOND');
  let daysPerPeriod = 1;
  if (freq === 'WEEKLY') daysPerPeriod = Math.min(7, plainWeekdays + ordinalWeekdays || 1);
  if (freq === 'MONTHLY') {
    const byWeekday = plainWeekdays * 5 + ordinalWeekdays;
    daysPerPeriod = Math.min(31, sizes.has('BYMONTHDAY') ? size('BYMONTHDAY') : byWeekday || 1);
  }
  if (freq === 'YEARLY') {
    const months = size('BYMONTH');
    const perMonth = sizes.has('BYMONTHDAY') ? size('BYMONTHDAY') : plainWeekdays * 5 + ordinalWeekdays;
    const byWeeks = sizes.has('BYWEEKNO') ? size('BYWEEKNO') * 7 : 0;
    daysPerPeriod = Math.min(366, sizes.has('BYYEARDAY') ? size('BYYEARDAY') : Math.max(byWeeks, months * (perMonth || 1), plainWeekdays * 53));
  }
  const bound = daysPerPeriod * timesPerDay;
  return sizes.has('BYSETPOS') ? Math.min(bound, size('BYSETPOS')) : bound;
}
