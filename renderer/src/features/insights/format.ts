/** Display helpers for Insights: day keys are calendar dates, so they are formatted in UTC. */
const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const shortDate = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short' });
const longDate = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** "16 Nov", for a week's Monday on an axis. */
export function weekShort(monday: string): string {
  return shortDate.format(noon(monday));
}

/** "16–22 Nov" (or "30 Nov – 6 Dec"). */
export function weekRange(monday: string): string {
  const sunday = addDays(monday, 6);
  if (monday.slice(0, 7) === sunday.slice(0, 7)) return `${noon(monday).getUTCDate()}–${shortDate.format(noon(sunday))}`;
  return `${shortDate.format(noon(monday))} – ${shortDate.format(noon(sunday))}`;
}

/** "3 November 2026" for an instant, in a zone. */
export function instantDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));
}

/** "Wed 18 Nov, 09:30" for an instant, in a zone. */
export function instantDateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

export function dayLong(day: string): string {
  return longDate.format(noon(day));
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Monday 09:30" for an instant, in a zone. */
export function instantWeekdayTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

const WEEK_MS = 7 * 86_400_000;

/** Whole weeks from one instant to another (rounded down). */
export function weeksBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / WEEK_MS));
}

/** When a coming meeting is, said as a person would: "today at 14:00", "tomorrow at 09:30", "on Thursday", "on Tue 1 Dec". */
export function nextChance(start: string, now: string, timeZone: string): string {
  const day = (instant: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
  const time = new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(start));
  const days = Math.round((Date.parse(`${day(start)}T12:00:00Z`) - Date.parse(`${day(now)}T12:00:00Z`)) / 86_400_000);
  if (days <= 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  if (days < 7) return `on ${new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'long' }).format(new Date(start))}`;
  return `on ${new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(start))}`;
}
