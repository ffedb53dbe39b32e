import type { CoachSettings, Weekday } from './coach';

/** Monday first: the order a working week is read in. */
export const DAYS: readonly { value: Weekday; label: string }[] = [
  { value: 'mon', label: 'Monday' },
  { value: 'tue', label: 'Tuesday' },
  { value: 'wed', label: 'Wednesday' },
  { value: 'thu', label: 'Thursday' },
  { value: 'fri', label: 'Friday' },
  { value: 'sat', label: 'Saturday' },
  { value: 'sun', label: 'Sunday' },
];

/** "Monday to Friday", "Sunday to Thursday", "Monday, Wednesday and Friday", "no working days". */
export function describeWorkingDays(days: readonly Weekday[]): string {
  const chosen = DAYS.filter((d) => days.includes(d.value));
  if (chosen.length === 0) return 'no working days';
  if (chosen.length === 1) return chosen[0]!.label;
  // A run of three or more days, also one across the weekend (Sunday to Thursday), is a range.
  if (chosen.length > 2 && chosen.length < DAYS.length) {
    for (let start = 0; start < DAYS.length; start++) {
      const run = Array.from({ length: chosen.length }, (_, i) => DAYS[(start + i) % DAYS.length]!);
      if (run.every((d) => days.includes(d.value))) return `${run[0]!.label} to ${run.at(-1)!.label}`;
    }
  }
  if (chosen.length === DAYS.length) return 'every day';
  return `${chosen.slice(0, -1).map((d) => d.label).join(', ')} and ${chosen.at(-1)!.label}`;
}

/** "Monday to Friday, 09:00–18:00": the coach's working time, as the settings hold it. */
export function describeWorkingTime(coach: Pick<CoachSettings, 'workingDays' | 'workingHours'>): string {
  return `${describeWorkingDays(coach.workingDays)}, ${coach.workingHours.start}–${coach.workingHours.end}`;
}
