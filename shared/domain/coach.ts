import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { MutedSeriesSchema } from './card-policy';
import { addDays, weekdayOf, WEEKDAYS, type Weekday } from './days';
import { dayKey, fromWallTime } from './time';
import { validationKey } from './validation';

/**
 * The tray coach's vocabulary: its settings, the pause state, the prompts the planner
 * produces and the outcome history that keeps a prompt from being asked twice.
 * Instants are ISO 8601 UTC; every day or hour rule is read in the user's IANA zone, which
 * is injected (it is not a setting: it follows the operating system).
 */

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
export const TimeOfDaySchema = z.string().regex(TIME_OF_DAY, validationKey('coach.timeOfDay'));
/** "HH:mm", 24-hour wall-clock time in the user's zone. */
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

export const WeekdaySchema = z.enum(WEEKDAYS);

/** Working hours are one same-day span; the end is inclusive so a meeting ending at 18:00 still gets its card. */
export const WorkingHoursSchema = z
  .object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .refine((h) => h.start < h.end, { message: validationKey('coach.workingHoursOrder'), path: ['end'] });

/** Quiet hours are half-open [start, end) and may cross midnight (22:00-07:00). */
export const QuietWindowSchema = z
  .object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .refine((w) => w.start !== w.end, { message: validationKey('coach.quietHoursEmpty'), path: ['end'] });
export type QuietWindow = z.infer<typeof QuietWindowSchema>;

export const ReviewModeSchema = z.enum(['fixed', 'after-last-meeting']);
export type ReviewMode = z.infer<typeof ReviewModeSchema>;

export const ReviewPromptSettingsSchema = z.object({
  mode: ReviewModeSchema.default('fixed'),
  /** Used in 'fixed' mode, and in 'after-last-meeting' mode on a day without meetings. */
  time: TimeOfDaySchema.default('17:30'),
  afterLastMeetingMinutes: z.number().int().min(0).max(120).default(10),
});

export const CoachSettingsSchema = z.object({
  leadMinutes: z.number().int().min(0).max(15).default(2),
  workingDays: z
    .array(WeekdaySchema)
    .refine((days) => new Set(days).size === days.length, validationKey('coach.dayTwice'))
    .default(['mon', 'tue', 'wed', 'thu', 'fri']),
  workingHours: WorkingHoursSchema.default({ start: '09:00', end: '18:00' }),
  quietHours: z.array(QuietWindowSchema).max(10).default([]),
  reviewPrompt: ReviewPromptSettingsSchema.prefault({}),
  /** Meetings this close (or overlapping by at most this much) share one 'between' card. */
  mergeGapMinutes: z.number().int().min(0).max(30).default(5),
  /** An open card untouched this long is hidden and recorded as missed. */
  promptTimeoutSeconds: z.number().int().min(10).max(600).default(60),
  /** How late a prompt may still appear; later than this it is recorded, never shown. */
  staleAfterMinutes: z.number().int().min(1).max(60).default(5),
  /** At most this many before/after cards a day (the review is not counted): the meetings that matter most keep theirs. */
  dailyCardBudget: z.number().int().min(1, validationKey('coach.budgetMin')).max(30, validationKey('coach.budgetMax', { max: 30 })).default(6),
  /** A meeting with more people than this (the user included) gets one card a week. */
  largeMeetingSize: z.number().int().min(3).max(100).default(8),
  /** Series the user asked not to get cards for ("Don't ask for this series"). */
  mutedSeries: z.array(MutedSeriesSchema).max(500).default([]),
});
export type CoachSettings = z.infer<typeof CoachSettingsSchema>;
export const DEFAULT_COACH_SETTINGS: CoachSettings = CoachSettingsSchema.parse({});

/**
 * Settings read from disk: an invalid field (hand-edited file, older version) falls back to
 * its default instead of losing every other setting. User input goes through
 * CoachSettingsSchema itself, so mistakes there are reported, not replaced.
 */
export function loadCoachSettings(raw: unknown): CoachSettings {
  const whole = CoachSettingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const input = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = {};
  for (const key of Object.keys(CoachSettingsSchema.shape) as (keyof CoachSettings)[]) {
    const field = (CoachSettingsSchema.shape[key] as z.ZodType).safeParse(input[key]);
    repaired[key] = field.success ? field.data : DEFAULT_COACH_SETTINGS[key];
  }
  return CoachSettingsSchema.parse(repaired);
}

// ---------------------------------------------------------------------------------------
// Pause

export const PauseStateSchema = z.object({
  until: z.iso.datetime().nullable(),
  indefinite: z.boolean(),
});
export type PauseState = z.infer<typeof PauseStateSchema>;
export const NOT_PAUSED: PauseState = { until: null, indefinite: false };

export const PauseChoiceSchema = z.enum(['30-minutes', '1-hour', '2-hours', 'until-tomorrow', 'until-resumed']);
export type PauseChoice = z.infer<typeof PauseChoiceSchema>;

export function isPaused(pause: PauseState, now: Date): boolean {
  return pause.indefinite || (pause.until !== null && now.getTime() < Date.parse(pause.until));
}

/** The pause state a tray menu choice means at `now`. "Until tomorrow" ends when the next working day starts. */
export function pauseFor(choice: PauseChoice, now: Date, settings: CoachSettings, timeZone: string): PauseState {
  const inMinutes = (minutes: number): PauseState => ({ until: new Date(now.getTime() + minutes * 60_000).toISOString(), indefinite: false });
  switch (choice) {
    case '30-minutes':
      return inMinutes(30);
    case '1-hour':
      return inMinutes(60);
    case '2-hours':
      return inMinutes(120);
    case 'until-tomorrow':
      return { until: nextWorkingDayStart(now, settings, timeZone), indefinite: false };
    case 'until-resumed':
      return { until: null, indefinite: true };
  }
}

/** Start of working hours on the first working day after today (in the user's zone); tomorrow if no day is a working day. */
export function nextWorkingDayStart(now: Date, settings: CoachSettings, timeZone: string): string {
  let day = dayKey(now, timeZone);
  for (let i = 0; i < 7; i++) {
    day = addDays(day, 1);
    if (settings.workingDays.includes(weekdayOf(day))) return fromWallTime(`${day}T${settings.workingHours.start}`, timeZone);
  }
  return fromWallTime(`${addDays(dayKey(now, timeZone), 1)}T${settings.workingHours.start}`, timeZone);
}

/** Weekday and milliseconds since wall-clock midnight of an instant in `timeZone`. */
export function wallClock(instant: Date | number, timeZone: string): { weekday: Weekday; msOfDay: number } {
  const t = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return {
    weekday: WEEKDAYS[t.getDay()]!,
    msOfDay: ((t.getHours() * 60 + t.getMinutes()) * 60 + t.getSeconds()) * 1000 + t.getMilliseconds(),
  };
}

export function timeOfDayMs(time: TimeOfDay): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return (h * 60 + m) * 60_000;
}

// ---------------------------------------------------------------------------------------
// Prompts

export const PromptKindSchema = z.enum(['before', 'after', 'between', 'review']);
export type PromptKind = z.infer<typeof PromptKindSchema>;

const promptBase = {
  /** Stable: derived from the meeting id(s) or the reviewed day, never from times. */
  id: z.string(),
  /** When it should appear: the planned time, or the end of the latest snooze. */
  dueAt: z.iso.datetime(),
  /** The time the calendar implies, before any snooze. */
  scheduledAt: z.iso.datetime(),
  /** After this it is stale: recorded, never shown (dueAt + staleAfterMinutes). */
  expiresAt: z.iso.datetime(),
  /** The user's day (YYYY-MM-DD, their zone) the prompt belongs to: the day of scheduledAt, or the reviewed day. */
  day: z.string(),
};

export const PromptSchema = z.discriminatedUnion('kind', [
  z.object({ ...promptBase, kind: z.literal('before'), meetingId: z.string() }),
  z.object({ ...promptBase, kind: z.literal('after'), meetingId: z.string() }),
  z.object({ ...promptBase, kind: z.literal('between'), previousMeetingId: z.string(), nextMeetingId: z.string() }),
  z.object({ ...promptBase, kind: z.literal('review') }),
]);
export type Prompt = z.infer<typeof PromptSchema>;

/** Why a prompt was not shown. The first three are decided by the prompt's time, the next six by the moment. */
export const SuppressionReasonSchema = z.enum([
  'not-working-day',
  'outside-working-hours',
  'quiet-hours',
  'paused',
  'screen-locked',
  'do-not-disturb',
  'user-idle',
  /** A full-screen app had the focus, or the screen was being shared (where the OS tells). */
  'full-screen',
  'screen-shared',
  /** Came due while nothing could show it (asleep, another card open) and is now too late. */
  'stale',
]);
export type SuppressionReason = z.infer<typeof SuppressionReasonSchema>;

export const OutcomeKindSchema = z.enum(['answered', 'skipped', 'missed', 'snoozed', 'suppressed']);
export type OutcomeKind = z.infer<typeof OutcomeKindSchema>;

/** 'timeout' and 'log-later' say why a shown card was missed. */
export const OutcomeReasonSchema = z.union([SuppressionReasonSchema, z.enum(['timeout', 'log-later'])]);
export type OutcomeReason = z.infer<typeof OutcomeReasonSchema>;

export const PromptOutcomeSchema = z
  .object({
    promptId: z.string(),
    outcome: OutcomeKindSchema,
    at: z.iso.datetime(),
    /** The prompt's dueAt when this happened: a suppression only settles that exact timing, so a moved meeting is asked again. */
    dueAt: z.iso.datetime().optional(),
    reason: OutcomeReasonSchema.optional(),
    snoozeUntil: z.iso.datetime().optional(),
  })
  .refine((o) => o.outcome !== 'snoozed' || o.snoozeUntil !== undefined, { message: 'A snooze needs snoozeUntil.', path: ['snoozeUntil'] })
  .refine((o) => o.outcome !== 'suppressed' || o.reason !== undefined, { message: 'A suppression needs a reason.', path: ['reason'] });
export type PromptOutcome = z.infer<typeof PromptOutcomeSchema>;

export const SnoozeChoiceSchema = z.enum(['2-minutes', '5-minutes', '10-minutes', 'after-this-meeting']);
export type SnoozeChoice = z.infer<typeof SnoozeChoiceSchema>;

/** What the operating system says right now; false where it cannot tell (see the runner's notes per platform). */
export const CoachEnvironmentSchema = z.object({
  locked: z.boolean(),
  idle: z.boolean(),
  dnd: z.boolean(),
  /** Presenting (electron/services/shell/presentation.ts): absent where the OS cannot tell. */
  fullScreen: z.boolean().optional(),
  screenShared: z.boolean().optional(),
});
export type CoachEnvironment = z.infer<typeof CoachEnvironmentSchema>;
export const ACTIVE_ENVIRONMENT: CoachEnvironment = { locked: false, idle: false, dnd: false };
