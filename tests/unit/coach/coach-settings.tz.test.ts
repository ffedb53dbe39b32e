import { describe, expect, it } from 'vitest';
import {
  CoachSettingsSchema,
  DEFAULT_COACH_SETTINGS,
  NOT_PAUSED,
  PromptOutcomeSchema,
  isPaused,
  loadCoachSettings,
  nextWorkingDayStart,
  pauseFor,
} from '../../../shared/domain/coach';
import { coachSettings } from '../../support/coach';

describe('coach settings', () => {
  it('fills every default from an empty or partial object', () => {
    expect(DEFAULT_COACH_SETTINGS).toEqual({
      leadMinutes: 2,
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      workingHours: { start: '09:00', end: '18:00' },
      quietHours: [],
      reviewPrompt: { mode: 'fixed', time: '17:30', afterLastMeetingMinutes: 10 },
      mergeGapMinutes: 5,
      promptTimeoutSeconds: 60,
      staleAfterMinutes: 5,
      dailyCardBudget: 6,
      largeMeetingSize: 8,
      mutedSeries: [],
    });
    expect(CoachSettingsSchema.parse({ reviewPrompt: { mode: 'after-last-meeting' } }).reviewPrompt).toEqual({
      mode: 'after-last-meeting',
      time: '17:30',
      afterLastMeetingMinutes: 10,
    });
  });

  it('rejects what cannot be meant', () => {
    const bad = [
      { leadMinutes: 16 },
      { leadMinutes: 1.5 },
      { dailyCardBudget: 0 },
      { dailyCardBudget: 31 },
      { workingHours: { start: '18:00', end: '09:00' } },
      { workingHours: { start: '9:00', end: '18:00' } },
      { quietHours: [{ start: '22:00', end: '22:00' }] },
      { quietHours: [{ start: '24:00', end: '07:00' }] },
      { workingDays: ['mon', 'mon'] },
      { workingDays: ['monday'] },
      { reviewPrompt: { mode: 'sometimes' } },
    ];
    for (const settings of bad) expect(CoachSettingsSchema.safeParse(settings).success, JSON.stringify(settings)).toBe(false);
    expect(CoachSettingsSchema.safeParse({ quietHours: [{ start: '22:00', end: '07:00' }] }).success).toBe(true);
  });

  it('loads a damaged file field by field, keeping what is valid', () => {
    expect(loadCoachSettings(undefined)).toEqual(DEFAULT_COACH_SETTINGS);
    expect(loadCoachSettings('garbage')).toEqual(DEFAULT_COACH_SETTINGS);
    const loaded = loadCoachSettings({ leadMinutes: 99, workingDays: ['sat'], reviewPrompt: { mode: 'never' }, quietHours: [{ start: '12:00', end: '13:00' }] });
    expect(loaded).toEqual({ ...DEFAULT_COACH_SETTINGS, workingDays: ['sat'], quietHours: [{ start: '12:00', end: '13:00' }] });
  });

  it('requires a reason for a suppression and an end for a snooze', () => {
    const at = '2026-07-15T08:00:00.000Z';
    expect(PromptOutcomeSchema.safeParse({ promptId: 'before:a', outcome: 'suppressed', at }).success).toBe(false);
    expect(PromptOutcomeSchema.safeParse({ promptId: 'before:a', outcome: 'snoozed', at }).success).toBe(false);
    expect(PromptOutcomeSchema.safeParse({ promptId: 'before:a', outcome: 'suppressed', at, reason: 'stale', dueAt: at }).success).toBe(true);
  });
});

describe('pause', () => {
  // Friday 27 March 2026, 15:00 in Berlin (UTC+1); Berlin springs forward on Sunday the 29th.
  const friday = new Date('2026-03-27T14:00:00Z');

  it('pauses for a while, until the next working day, or until resumed', () => {
    const settings = coachSettings();
    expect(pauseFor('30-minutes', friday, settings, 'Europe/Berlin')).toEqual({ until: '2026-03-27T14:30:00.000Z', indefinite: false });
    expect(pauseFor('2-hours', friday, settings, 'Europe/Berlin').until).toBe('2026-03-27T16:00:00.000Z');
    // Monday 09:00 in summer time is 07:00Z.
    expect(pauseFor('until-tomorrow', friday, settings, 'Europe/Berlin')).toEqual({ until: '2026-03-30T07:00:00.000Z', indefinite: false });
    expect(pauseFor('until-resumed', friday, settings, 'Europe/Berlin')).toEqual({ until: null, indefinite: true });
  });

  it('reads "tomorrow" in the user’s zone', () => {
    // 2026-03-06 23:30 in Los Angeles is already Saturday in UTC; Monday 9 March 09:00 PDT is 16:00Z.
    expect(nextWorkingDayStart(new Date('2026-03-07T07:30:00Z'), coachSettings(), 'America/Los_Angeles')).toBe('2026-03-09T16:00:00.000Z');
    // Every day a working day: tomorrow, even on a Saturday. Auckland, Sat 4 April 10:00 NZDT -> Sun 5 April 09:00 NZST.
    const everyDay = coachSettings({ workingDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
    expect(nextWorkingDayStart(new Date('2026-04-03T21:00:00Z'), everyDay, 'Pacific/Auckland')).toBe('2026-04-04T21:00:00.000Z');
    expect(nextWorkingDayStart(friday, coachSettings({ workingDays: [] }), 'Europe/Berlin')).toBe('2026-03-28T08:00:00.000Z');
  });

  it('is over when its time has come', () => {
    expect(isPaused(NOT_PAUSED, friday)).toBe(false);
    expect(isPaused({ until: '2026-03-27T14:00:00.001Z', indefinite: false }, friday)).toBe(true);
    expect(isPaused({ until: '2026-03-27T14:00:00.000Z', indefinite: false }, friday)).toBe(false);
    expect(isPaused({ until: null, indefinite: true }, friday)).toBe(true);
  });
});
