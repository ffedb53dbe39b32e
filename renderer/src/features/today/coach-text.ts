import type { TFunction } from 'i18next';
import type { PauseState } from '../../../../shared/domain/coach';
import type { CoachState } from '../../../../shared/domain/coach-view';
import { dayKey } from '../../../../shared/domain/time';
import { formatInstant, formatTime, localTimeZone as zone } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';

/** Clock time in the user's zone and locale: "09:30" (en-GB) or "9:30 AM" (en-US), as on every other screen. */
export function clock(iso: string): string {
  return formatTime(appLocale(), iso, zone());
}

/** Which day `iso` falls on, seen from `now`: today, tomorrow, or another day with its name. */
function dayOf(iso: string, now: number): { kind: 'today' | 'tomorrow' | 'other'; day: string } {
  const day = dayKey(iso, zone());
  const today = dayKey(new Date(now), zone());
  if (day === today) return { kind: 'today', day: '' };
  const days = Math.round((Date.parse(`${day}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86_400_000);
  if (days === 1) return { kind: 'tomorrow', day: '' };
  return { kind: 'other', day: formatInstant(appLocale(), iso, zone(), days > 0 && days < 7 ? 'weekday' : 'dayMonth') };
}

/** "14:30" today, "tomorrow at 09:00", "Monday at 09:00" within a week, else a date. */
export function whenText(t: TFunction<'today'>, iso: string, now: number = Date.now()): string {
  const time = clock(iso);
  const { kind, day } = dayOf(iso, now);
  if (kind === 'today') return time;
  if (kind === 'tomorrow') return t('when.tomorrow', { time });
  return t('when.day', { day, time });
}

/** The same with a preposition: "at 14:30", "tomorrow at 09:00", "on Monday at 09:00". */
export function atText(t: TFunction<'today'>, iso: string, now: number = Date.now()): string {
  const time = clock(iso);
  const { kind, day } = dayOf(iso, now);
  if (kind === 'today') return t('when.atToday', { time });
  if (kind === 'tomorrow') return t('when.tomorrow', { time });
  return t('when.atDay', { day, time });
}

export function pauseText(t: TFunction<'today'>, pause: PauseState, now?: number): string {
  if (pause.indefinite) return t('coach.pausedIndefinitely');
  if (pause.until) return t('coach.pausedUntil', { when: whenText(t, pause.until, now) });
  return t('coach.on');
}

/** "Next check-in: before “1:1 with Sam” at 10:58", or null when nothing is planned. */
export function nextCheckInText(t: TFunction<'today'>, state: CoachState, now?: number): string | null {
  const next = state.nextCheckIn;
  if (!next) return null;
  const at = atText(t, next.dueAt, now);
  switch (next.kind) {
    case 'before':
      return t('coach.nextBefore', { title: next.title, at });
    case 'after':
      return t('coach.nextAfter', { title: next.title, at });
    case 'between':
      return t('coach.nextBetween', { title: next.title, at });
    case 'review':
      return t('coach.nextReview', { at });
    default:
      return t('coach.nextOther', { at });
  }
}
