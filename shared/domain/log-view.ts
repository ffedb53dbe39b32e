import { daysBetween, formatDay } from '../format/locale-format';
import { dayKey } from './time';
import type { Moment } from './moment';
import type { Namespace, TFunction } from 'i18next';

export interface DayGroup<T> {
  day: string; // YYYY-MM-DD in the moment's own zone
  items: T[];
}

/**
 * Groups newest-first moments by the day they happened, in the zone the user was in at the
 * time: a moment logged at 23:30 in Berlin stays on that day after flying to New York.
 */
export function groupByDay<T extends Pick<Moment, 'occurredAt' | 'timeZone'>>(moments: readonly T[]): DayGroup<T>[] {
  return groupByDayOf(moments, (m) => ({ at: m.occurredAt, timeZone: m.timeZone }));
}

/** The same grouping for anything with a time and a zone (log entries of every kind). */
export function groupByDayOf<T>(items: readonly T[], when: (item: T) => { at: string; timeZone: string }): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const m of items) {
    const { at, timeZone } = when(m);
    const day = dayKey(at, timeZone);
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(m);
    else groups.push({ day, items: [m] });
  }
  return groups;
}

/** "Today", "Yesterday", or a weekday and date, for a YYYY-MM-DD day as seen from `today`. */
export function describeDay(day: string, today: string, locale: string, t: TFunction<Namespace>): string {
  const long = formatDay(locale, day, day.slice(0, 4) === today.slice(0, 4) ? 'weekdayDayMonth' : 'weekdayDayMonthYear');
  const diff = daysBetween(day, today);
  if (diff === 0) return t('coach:day.today', { date: long });
  if (diff === 1) return t('coach:day.yesterday', { date: long });
  return long;
}
