import type { RRule } from 'node-ical';
import type { Occurrence } from '../../../shared/domain/calendar';
import { fromWallFrame, spanAt, spanBounds, toOccurrence, wallClockMs } from './build-model';
import type { CalendarWarning } from './errors';
import { pushWarning } from './errors';
import type { ExpansionLimits } from './limits';
import type { FutureOverride, Override, ParsedCalendar, Series, Span } from './model';
import { DAY_MS, dayNumberInZone, dayNumberToIsoDate } from './zones';

/**
 * Expands a parsed calendar over [from, to): node-ical's rule object (rrule-temporal) lists the
 * rule's instants, and the engine applies RDATE, EXDATE and RECURRENCE-ID itself, per series.
 * Work is bounded by the limits: dense rules are queried in chunks that each hold at most the
 * per-series cap, so a FREQ=SECONDLY rule costs one chunk, not a million dates.
 */
export interface ExpansionReport {
  occurrences: Occurrence[];
  /** True when a limit cut the result short (see `problems`). */
  truncated: boolean;
  problems: CalendarWarning[];
}

interface Budget {
  limits: ExpansionLimits;
  deadline: number;
  remaining: number;
}

export function expandCalendar(parsed: ParsedCalendar, from: number, to: number, limits: ExpansionLimits): ExpansionReport {
  const occurrences: Array<{ occurrence: Occurrence; startMs: number; endMs: number }> = [];
  const problems: CalendarWarning[] = [];
  const overlaps = (startMs: number, endMs: number): boolean => startMs < to && (endMs > from || (endMs === startMs && startMs >= from));
  for (const single of parsed.singles) {
    if (overlaps(single.startMs, single.endMs)) occurrences.push({ ...single, occurrence: { ...single.occurrence, ...copyPeople(single.occurrence) } });
  }
  const budget: Budget = { limits, deadline: performance.now() + limits.timeBudgetMs, remaining: limits.maxOccurrences - occurrences.length };
  let truncated = false;
  for (const series of parsed.series) {
    if (budget.remaining <= 0 || performance.now() > budget.deadline) {
      pushWarning(problems, { code: 'expansion-truncated', message: 'The calendar has too many occurrences in this period; some were left out.' });
      truncated = true;
      break;
    }
    const emit = (span: Span, override: Override | undefined, recurrenceId: string): boolean => {
      const bounds = spanBounds(span, parsed.timeZone);
      if (!overlaps(bounds.startMs, bounds.endMs)) return false;
      const details = override?.details ?? series.details;
      occurrences.push({ occurrence: toOccurrence({ ...details, ...copyPeople(details) }, span, recurrenceId), ...bounds });
      return true;
    };
    const ruleFailed = (): void =>
      pushWarning(problems, { code: 'rule-ignored', uid: series.details.uid, message: 'An event repeats by a rule that cannot be expanded; only its first occurrence is shown.' });
    try {
      if (expandSeries(series, from, to, parsed.timeZone, budget, emit, ruleFailed)) {
        truncated = true;
        pushWarning(problems, { code: 'expansion-truncated', uid: series.details.uid, message: `"${series.details.title}" repeats too often in this period; only its first occurrences are shown.` });
      }
    } catch {
      // A value out of range in one series costs that series, never the expansion.
      pushWarning(problems, { code: 'event-skipped', uid: series.details.uid, message: 'An event that could not be expanded was left out.' });
    }
  }
  occurrences.sort(
    (a, b) =>
      a.startMs - b.startMs ||
      Number(b.occurrence.allDay) - Number(a.occurrence.allDay) ||
      a.endMs - b.endMs ||
      compare(a.occurrence.title, b.occurrence.title) ||
      compare(a.occurrence.uid, b.occurrence.uid),
  );
  return { occurrences: occurrences.map((entry) => entry.occurrence), truncated, problems };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Results are the caller's to change: people are copied so the parsed calendar stays intact. */
function copyPeople(details: Pick<Occurrence, 'organizer' | 'attendees'>): Pick<Occurrence, 'organizer' | 'attendees'> {
  return { organizer: details.organizer && { ...details.organizer }, attendees: details.attendees.map((person) => ({ ...person })) };
}

/** Returns true when the series was cut by a limit. */
function expandSeries(
  series: Series,
  from: number,
  to: number,
  dayZone: string,
  budget: Budget,
  emit: (span: Span, override: Override | undefined, recurrenceId: string) => boolean,
  ruleFailed: () => void,
): boolean {
  const cap = Math.min(budget.limits.maxOccurrencesPerSeries, budget.remaining);
  // Instants (or day numbers) whose occurrence could overlap the range: from one length before it.
  const lookBack = series.allDay ? spanAt(0, series.length, true, series.zone).end + 1 : maxLengthMs(series);
  // Instances moved by a THISANDFUTURE change may come from outside the range.
  const maxShift = series.futureOverrides.reduce((max, future) => Math.max(max, Math.abs(future.shift) + (series.allDay ? 0 : DAY_MS)), 0);
  const low = (series.allDay ? dayNumberInZone(from, dayZone) - lookBack : from - lookBack) - maxShift;
  const high = (series.allDay ? dayNumberInZone(to, dayZone) + 1 : to) + maxShift;
  const starts = new Set<number>();
  let truncated = false;
  try {
    for (const rule of series.rules) {
      if (ruleStarts(series, rule, low, high, cap, budget.deadline, starts)) truncated = true;
    }
    if (series.rules.length > 0) {
      // DTSTART is always the first instance, even when it does not match its rule, and it counts
      // toward COUNT (RFC 5545 §3.8.5.3, as libical, ical.js and vobject read it).
      const dtstartFix = startOutsideRule(series, budget.deadline);
      if (dtstartFix.lastCounted !== null) starts.delete(dtstartFix.lastCounted);
    }
  } catch {
    // rrule-temporal gives up on rules it cannot satisfy (e.g. COUNT past its iteration cap).
    ruleFailed();
  }
  if (series.start >= low && series.start < high) starts.add(series.start);
  const rdateEnds = new Map<number, number>();
  for (const rdate of series.rdates) {
    if (rdate.start < low || rdate.start >= high) continue;
    starts.add(rdate.start);
    if (rdate.end !== null) rdateEnds.set(rdate.start, rdate.end);
  }
  const used = new Set<Override>();
  let emitted = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (emitted >= cap) {
      truncated = true;
      break;
    }
    const day = series.allDay ? start : series.exDays.size > 0 || series.overridesByDay.size > 0 ? dayNumberInZone(start, series.zone) : 0;
    if (series.exInstants.has(start) || (series.exDays.size > 0 && series.exDays.has(day))) continue;
    const override = series.overrides.get(start) ?? series.overridesByDay.get(day);
    const recurrenceId = series.allDay ? dayNumberToIsoDate(start) : new Date(start).toISOString();
    if (override) used.add(override);
    const rdateEnd = rdateEnds.get(start);
    const future = override ? undefined : futureOverrideAt(series, start);
    let span = override?.span ?? (rdateEnd === undefined ? spanAt(start, series.length, series.allDay, series.zone) : { allDay: series.allDay, start, end: rdateEnd });
    if (future) span = spanAt(series.allDay ? start + future.shift : fromWallFrame(wallClockMs(start, series.zone) + future.shift, series.zone), future.length, series.allDay, series.zone);
    if (emit(span, override ?? (future && { details: future.details, span, sequence: 0 }), recurrenceId)) emitted++;
  }
  // Overrides moved into the range from an original date outside it. An EXDATE of the original
  // date deletes the instance however it was moved before (RFC 5545 §3.8.5.1).
  for (const [key, override] of series.overrides) {
    if (used.has(override) || emitted >= cap || isExcluded(series, key)) continue;
    if (emit(override.span, override, series.allDay ? dayNumberToIsoDate(key) : new Date(key).toISOString())) emitted++;
  }
  for (const [day, override] of series.overridesByDay) {
    if (!used.has(override) && emitted < cap && !series.exDays.has(day) && emit(override.span, override, dayNumberToIsoDate(day))) emitted++;
  }
  budget.remaining -= emitted;
  return truncated;
}

/** The THISANDFUTURE change in force at an instance: the latest one at or before it. */
function futureOverrideAt(series: Series, start: number): FutureOverride | undefined {
  let found: FutureOverride | undefined;
  for (const future of series.futureOverrides) {
    if (future.from > start) break;
    found = future;
  }
  return found;
}

/** Whether an instance (ms, or day number for all-day series) is deleted by an EXDATE. */
function isExcluded(series: Series, key: number): boolean {
  if (series.allDay) return series.exDays.has(key);
  return series.exInstants.has(key) || (series.exDays.size > 0 && series.exDays.has(dayNumberInZone(key, series.zone)));
}

function maxLengthMs(series: Series): number {
  switch (series.length.kind) {
    case 'exact':
      return series.length.ms;
    case 'days':
      return series.length.days * DAY_MS;
    case 'nominal':
      return (series.length.duration.days + 1) * DAY_MS + series.length.duration.ms;
  }
}

interface StartOutsideRule {
  /** The rule's last instance when DTSTART took its place in COUNT, else null. */
  lastCounted: number | null;
}

const startChecks = new WeakMap<Series, StartOutsideRule>();

/** Whether DTSTART is off its rule, and so which COUNTed instance it displaces; once per series. */
function startOutsideRule(series: Series, deadline: number): StartOutsideRule {
  const known = startChecks.get(series);
  if (known) return known;
  const result: StartOutsideRule = { lastCounted: null };
  const [rule] = series.rules;
  const count = rule?.options.count;
  if (rule && series.rules.length === 1 && typeof count === 'number' && count <= MAX_COUNT_CHECKED) {
    const atStart = new Set<number>();
    ruleStarts(series, rule, series.start, series.start + 1, 1, deadline, atStart);
    const all = atStart.has(series.start) ? [] : rule.all();
    const last = all[all.length - 1];
    if (all.length === count && last) result.lastCounted = ruleValue(series, last);
  }
  startChecks.set(series, result);
  return result;
}

/** rule.all() is only asked for short COUNTs; a longer off-rule series may show one instance too many. */
const MAX_COUNT_CHECKED = 1_000;

function ruleValue(series: Series, date: Date): number {
  if (series.allDay) return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
  return series.wallFrame ? fromWallFrame(date.getTime(), series.zone) : date.getTime();
}

/**
 * Adds the rule's instants in [low, high) to `starts`. All-day rules count in day numbers and
 * are anchored at UTC midnight by rrule-temporal. Returns true when the cap cut the list.
 */
function ruleStarts(series: Series, rule: RRule, low: number, high: number, cap: number, deadline: number, starts: Set<number>): boolean {
  // Wall times differ from instants by the zone's offset, at most 14 hours either way.
  const slack = series.wallFrame ? 15 * 3_600_000 : 0;
  const fromMs = series.allDay ? low * DAY_MS : low - slack;
  const toMs = series.allDay ? high * DAY_MS : high + slack;
  // Each query window can hold at most `cap` instants, whatever the rule.
  const chunkMs = Math.max(1_000, Math.floor(cap / series.density));
  let found = 0;
  for (let chunkStart = fromMs; chunkStart < toMs; chunkStart += chunkMs) {
    if (performance.now() > deadline) return true;
    const chunkEnd = Math.min(toMs, chunkStart + chunkMs);
    for (const date of rule.between(new Date(chunkStart), new Date(chunkEnd), true)) {
      const value = ruleValue(series, date);
      if (value < low || value >= high || starts.has(value)) continue;
      if (found >= cap) return true;
      starts.add(value);
      found++;
    }
  }
  return false;
}
