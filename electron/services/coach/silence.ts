import {
  isPaused,
  timeOfDayMs,
  wallClock,
  type CoachEnvironment,
  type CoachSettings,
  type PauseState,
  type SuppressionReason,
} from '../../../shared/domain/coach';

/**
 * The silence rules. Two families, because they are decided differently:
 * - calendar rules (working days, working hours, quiet hours) depend only on an instant, so
 *   a prompt due then is suppressed for good;
 * - moment rules (pause, lock, do-not-disturb, idle, presenting) describe the present, so a prompt that
 *   is due is held while they last and may still appear if they lift before it goes stale.
 */

export type CalendarRuleReason = Extract<SuppressionReason, 'not-working-day' | 'outside-working-hours' | 'quiet-hours'>;
export type MomentRuleReason = Extract<SuppressionReason, 'paused' | 'screen-locked' | 'do-not-disturb' | 'user-idle' | 'full-screen' | 'screen-shared'>;

/** Why an instant is outside the time the user wants to be coached, or null if it is inside. */
export function calendarRuleAt(instant: number, settings: CoachSettings, timeZone: string): CalendarRuleReason | null {
  const { weekday, msOfDay } = wallClock(instant, timeZone);
  if (!settings.workingDays.includes(weekday)) return 'not-working-day';
  // Inclusive end: an after-card for a meeting that ends exactly at closing time is wanted.
  if (msOfDay < timeOfDayMs(settings.workingHours.start) || msOfDay > timeOfDayMs(settings.workingHours.end)) {
    return 'outside-working-hours';
  }
  if (settings.quietHours.some((w) => insideQuietWindow(msOfDay, timeOfDayMs(w.start), timeOfDayMs(w.end)))) return 'quiet-hours';
  return null;
}

function insideQuietWindow(msOfDay: number, start: number, end: number): boolean {
  // start > end crosses midnight (22:00-07:00).
  return start < end ? msOfDay >= start && msOfDay < end : msOfDay >= start || msOfDay < end;
}

/** Why nothing may appear right now, or null. Pause first: it is the user's explicit wish. */
export function momentRuleAt(now: Date, pause: PauseState, environment: CoachEnvironment): MomentRuleReason | null {
  if (isPaused(pause, now)) return 'paused';
  if (environment.locked) return 'screen-locked';
  if (environment.dnd) return 'do-not-disturb';
  if (environment.idle) return 'user-idle';
  // Presenting: a card over it could show private notes to a room. Held, like the rest.
  if (environment.screenShared) return 'screen-shared';
  if (environment.fullScreen) return 'full-screen';
  return null;
}
