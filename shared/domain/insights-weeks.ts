import { addDays, weekdayOf } from './days';
import { dayKey, fromWallTime, toWallTime } from './time';

/**
 * Weeks for insights: a week starts on Monday at midnight in the user's zone and is named by
 * that Monday ("2026-11-16"). Day arithmetic is done on YYYY-MM-DD keys, so DST never shifts
 * a week; only the instants a week spans (167, 168 or 169 hours) depend on the zone.
 */
const MONDAY_OFFSET = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

/** Whether `day` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && addDays(day, 0) === day;
}

export function isMonday(day: string): boolean {
  return isCalendarDay(day) && weekdayOf(day) === 'mon';
}

/** The Monday on or before `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -MONDAY_OFFSET[weekdayOf(day)]);
}

/** The week (its Monday) an instant falls in, as seen in `timeZone`. */
export function weekOf(instant: string | Date, timeZone: string): string {
  return mondayOf(dayKey(instant, timeZone));
}

/** `count` consecutive Mondays ending with `lastMonday`, oldest first. */
export function weeksEndingWith(lastMonday: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(lastMonday, -7 * (count - 1 - i)));
}

/** The instants [from, to) a week spans in `timeZone`. */
export function weekSpan(monday: string, timeZone: string): { from: string; to: string } {
  return { from: fromWallTime(`${monday}T00:00`, timeZone), to: fromWallTime(`${addDays(monday, 7)}T00:00`, timeZone) };
}

/**
 * The same weekday and wall-clock time one week before `now`, in `timeZone`: what "this week
 * so far" is fairly compared with. Wall time, not 168 hours, so a DST change between the two
 * weeks does not move the point by an hour.
 */
export function sameTimeLastWeek(now: Date, timeZone: string): string {
  const wall = toWallTime(now.toISOString(), timeZone);
  const lastWeek = fromWallTime(`${addDays(wall.slice(0, 10), -7)}${wall.slice(10)}`, timeZone);
  return new Date(Date.parse(lastWeek) + (now.getTime() % 60_000)).toISOString();
}
