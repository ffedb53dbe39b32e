import { addDays as addCalendarDays } from '../../../../shared/domain/days';
import { dayKey } from '../../../../shared/domain/time';
import type { TFunction } from 'i18next';
import { daysBetween, formatDay, formatDayRange, formatInstant, formatPercent, formatTime } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';

/** Display helpers for Insights, in the app's locale: day keys are calendar dates (no zone moves them). */
export function addDays(day: string, days: number): string {
  return addCalendarDays(day, days);
}

/** "16 Nov", for a week's Monday on an axis. */
export function weekShort(monday: string): string {
  return formatDay(appLocale(), monday, 'dayMonthShort');
}

/** "16–22 Nov" (or "30 Nov – 6 Dec"). */
export function weekRange(monday: string): string {
  return formatDayRange(appLocale(), monday, addDays(monday, 6));
}

/** "3 November 2026" for an instant, in a zone. */
export function instantDate(instant: string, timeZone: string): string {
  return formatInstant(appLocale(), instant, timeZone, 'dayMonthYear');
}

/** "Wed 18 Nov, 09:30" for an instant, in a zone. */
export function instantDateTime(instant: string, timeZone: string): string {
  return formatInstant(appLocale(), instant, timeZone, 'weekdayShortDayMonthTime');
}

export function dayLong(day: string): string {
  return formatDay(appLocale(), day, 'dayMonthYear');
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : formatPercent(appLocale(), rate);
}

/** "Monday 09:30" for an instant, in a zone. */
export function instantWeekdayTime(instant: string, timeZone: string): string {
  return formatInstant(appLocale(), instant, timeZone, 'weekdayTime');
}

/** Clock time of an instant in a zone ("09:30" / "9:30 AM"). */
export function instantTime(instant: string, timeZone: string): string {
  return formatTime(appLocale(), instant, timeZone);
}

const WEEK_MS = 7 * 86_400_000;

/** Whole weeks from one instant to another (rounded down). */
export function weeksBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / WEEK_MS));
}

/**
 * When a coming meeting is, said as a person would: "today at 14:00", "tomorrow at 09:30",
 * "on Thursday", "on Tue 1 Dec" (with `withTime`, "on Thursday at 10:00").
 */
export function nextChance(t: TFunction<'insights'>, start: string, now: string, timeZone: string, withTime = false): string {
  const time = instantTime(start, timeZone);
  const days = daysBetween(dayKey(now, timeZone), dayKey(start, timeZone));
  if (days <= 0) return t('chance.today', { time });
  if (days === 1) return t('chance.tomorrow', { time });
  const day = formatInstant(appLocale(), start, timeZone, days < 7 ? 'weekday' : 'weekdayShortDayMonth');
  return withTime ? t('chance.onAt', { day, time }) : t('chance.on', { day });
}
