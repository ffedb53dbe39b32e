import type { CoachSettings } from './coach';
import type { Weekday } from './days';
import type { Namespace, TFunction } from 'i18next';

/** Monday first: the order a working week is read in. */
export const DAYS: readonly { value: Weekday }[] = [{ value: 'mon' }, { value: 'tue' }, { value: 'wed' }, { value: 'thu' }, { value: 'fri' }, { value: 'sat' }, { value: 'sun' }];

/** "Monday to Friday", "Sunday to Thursday", "Monday, Wednesday and Friday", "no working days". */
/** A weekday's name ("Monday"), in `t`'s language. */
export function weekdayName(day: Weekday, t: TFunction<Namespace>): string {
  return t(`coach:workingWeek.days.${day}`);
}

export function describeWorkingDays(days: readonly Weekday[], t: TFunction<Namespace>): string {
  const label = (day: Weekday): string => weekdayName(day, t);
  const chosen = DAYS.map((d) => d.value).filter((d) => days.includes(d));
  if (chosen.length === 0) return t('coach:workingWeek.none');
  if (chosen.length === 1) return label(chosen[0]!);
  // A run of three or more days, also one across the weekend (Sunday to Thursday), is a range.
  if (chosen.length > 2 && chosen.length < DAYS.length) {
    for (let start = 0; start < DAYS.length; start++) {
      const run = Array.from({ length: chosen.length }, (_, i) => DAYS[(start + i) % DAYS.length]!.value);
      if (run.every((d) => days.includes(d))) return t('coach:workingWeek.range', { first: label(run[0]!), last: label(run.at(-1)!) });
    }
  }
  if (chosen.length === DAYS.length) return t('coach:workingWeek.everyDay');
  const list = chosen.slice(0, -1).map(label).join(t('coach:workingWeek.listSeparator'));
  return t('coach:workingWeek.list', { list, last: label(chosen.at(-1)!) });
}

/** "Monday to Friday, 09:00–18:00": the coach's working time, as the settings hold it. */
export function describeWorkingTime(coach: Pick<CoachSettings, 'workingDays' | 'workingHours'>, t: TFunction<Namespace>): string {
  return t('coach:workingWeek.time', { days: describeWorkingDays(coach.workingDays, t), start: coach.workingHours.start, end: coach.workingHours.end });
}
