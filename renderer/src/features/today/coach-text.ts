import type { PauseState } from '../../../../shared/domain/coach';
import type { CoachState } from '../../../../shared/domain/coach-view';
import { dayKey } from '../../../../shared/domain/time';
import { formatInstant, formatTime, localTimeZone as zone } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';

/** Clock time in the user's zone and locale: "09:30" (en-GB) or "9:30 AM" (en-US), as on every other screen. */
export function clock(iso: string): string {
  return formatTime(appLocale(), iso, zone());
}

/** "14:30" today, "tomorrow at 09:00", "Monday at 09:00" within a week, else a date. */
export function whenText(iso: string, now: number = Date.now()): string {
  const time = clock(iso);
  const day = dayKey(iso, zone());
  const today = dayKey(new Date(now), zone());
  if (day === today) return time;
  const days = Math.round((Date.parse(`${day}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86_400_000);
  if (days === 1) return `tomorrow at ${time}`;
  return `${formatInstant(appLocale(), iso, zone(), days > 0 && days < 7 ? 'weekday' : 'dayMonth')} at ${time}`;
}

/** The same with a preposition: "at 14:30", "tomorrow at 09:00", "on Monday at 09:00". */
export function atText(iso: string, now: number = Date.now()): string {
  const text = whenText(iso, now);
  if (dayKey(iso, zone()) === dayKey(new Date(now), zone())) return `at ${text}`;
  return text.startsWith('tomorrow') ? text : `on ${text}`;
}

export function describePause(pause: PauseState, now?: number): string {
  if (pause.indefinite) return 'Check-ins are paused until you resume them.';
  if (pause.until) return `Check-ins are paused until ${whenText(pause.until, now)}.`;
  return 'Check-ins are on.';
}

/** "Next check-in: before “1:1 with Sam” at 10:58", or null when nothing is planned. */
export function describeNextCheckIn(state: CoachState, now?: number): string | null {
  const next = state.nextCheckIn;
  if (!next) return null;
  const at = atText(next.dueAt, now);
  switch (next.kind) {
    case 'before':
      return `Next check-in: before “${next.title}” ${at}`;
    case 'after':
      return `Next check-in: after “${next.title}” ${at}`;
    case 'between':
      return `Next check-in: between meetings (${next.title}) ${at}`;
    case 'review':
      return `Next check-in: the end-of-day review ${at}`;
    default:
      return `Next check-in ${at}`;
  }
}
