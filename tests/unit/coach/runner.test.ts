import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import { NOT_PAUSED, type CoachEnvironment, type Prompt, type PromptOutcome } from '../../../shared/domain/coach';
import { CoachRunner, type PromptClosedBy } from '../../../electron/services/coach/runner';
import { FakeClock } from '../../support/fake-clock';
import { FakeScheduler, coachSettings, meeting } from '../../support/coach';

// Monday 13 July 2026 in Berlin (UTC+2): meeting A runs 10:00-10:30 local.
const A = meeting('A', '2026-07-13T08:00:00Z', '2026-07-13T08:30:00Z');

function world(start: string, meetings: Meeting[] = [A], settingsPatch: Record<string, unknown> = {}) {
  const clock = new FakeClock(start);
  const scheduler = new FakeScheduler(clock);
  const state = {
    meetings,
    settings: coachSettings(settingsPatch),
    timeZone: 'Europe/Berlin',
    pause: NOT_PAUSED,
    environment: { locked: false, idle: false, dnd: false } as CoachEnvironment,
    stored: [] as PromptOutcome[],
    shown: [] as string[],
    closed: [] as string[],
    suppressed: [] as string[],
    errors: [] as unknown[],
    openCards: 0,
    maxOpenCards: 0,
  };
  const at = (): string => clock.now().toISOString().slice(11, 19);
  const runner = new CoachRunner({
    clock,
    scheduler,
    getMeetings: () => state.meetings,
    getSettings: () => state.settings,
    getTimeZone: () => state.timeZone,
    getPause: () => state.pause,
    getHistory: () => state.stored,
    recordOutcome: (o) => void state.stored.push(o),
    environment: () => state.environment,
    onPromptDue: (p: Prompt) => {
      state.openCards++;
      state.maxOpenCards = Math.max(state.maxOpenCards, state.openCards);
      state.shown.push(`${p.id}@${at()}`);
    },
    onPromptClosed: (p: Prompt, by: PromptClosedBy) => {
      state.openCards--;
      state.closed.push(`${p.id}:${by}@${at()}`);
    },
    onSuppressed: (p, o) => state.suppressed.push(`${p.id}:${o.reason}@${at()}`),
    onError: (e) => state.errors.push(e),
  });
  const outcomes = (): string[] => state.stored.map((o) => `${o.promptId}:${o.outcome}${o.reason ? `:${o.reason}` : ''}@${o.at.slice(11, 19)}`);
  return { clock, scheduler, runner, state, outcomes };
}

describe('CoachRunner', () => {
  it('shows the before-card at start minus lead time, with a single timer', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.runner.start();
    expect(w.scheduler.pending()).toBe(1);
    w.scheduler.runUntil('2026-07-13T07:58:30Z');
    expect(w.state.shown).toEqual(['before:A@07:58:00']);
    expect(w.runner.current()?.id).toBe('before:A');
    expect(w.scheduler.maxPending).toBe(1);
  });

  it('records an untouched card as missed after the timeout, then carries on', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T08:31:00Z');
    expect(w.state.shown).toEqual(['before:A@07:58:00', 'after:A@08:30:00']);
    expect(w.outcomes()).toEqual(['before:A:missed:timeout@07:59:00', 'after:A:missed:timeout@08:31:00']);
    expect(w.state.closed).toEqual(['before:A:missed@07:59:00', 'after:A:missed@08:31:00']);
    expect(w.runner.current()).toBeNull();
  });

  it('a card the user has started on never times out under them', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T07:58:30Z');
    w.runner.engaged('before:A');
    w.scheduler.runUntil('2026-07-13T08:05:00Z');
    expect(w.runner.current()?.id).toBe('before:A');
    expect(w.outcomes()).toEqual([]);
    w.runner.answered('before:A');
    expect(w.outcomes()).toEqual(['before:A:answered@08:05:00']);
    w.runner.engaged('before:A'); // too late: nothing open, nothing happens
    expect(w.runner.current()).toBeNull();
  });

  it('never re-asks an answered prompt when the calendar refreshes or the meeting moves', () => {
    const w = world('2026-07-13T07:00:00Z', [meeting('other', '2026-07-13T12:00:00Z', '2026-07-13T12:30:00Z'), A]);
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T07:58:10Z');
    w.runner.answered('before:A');
    w.state.meetings = [meeting('A', '2026-07-13T08:05:00Z', '2026-07-13T08:35:00Z'), w.state.meetings[0]!];
    w.runner.calendarChanged();
    w.scheduler.runUntil('2026-07-13T08:36:00Z');
    expect(w.state.shown).toEqual(['before:A@07:58:00', 'after:A@08:35:00']);
    expect(w.outcomes()[0]).toBe('before:A:answered@07:58:10');
  });

  it('drops prompts that fell due while the machine slept, recording them instead of firing a burst', () => {
    const w = world('2026-07-13T07:50:00Z');
    w.runner.start();
    w.scheduler.sleep(70 * 60_000); // wakes at 09:00, after the whole meeting
    w.runner.resumed();
    expect(w.state.shown).toEqual([]);
    expect(w.outcomes()).toEqual(['before:A:suppressed:stale@09:00:00', 'after:A:suppressed:stale@09:00:00']);
    expect(w.state.suppressed).toEqual(['before:A:stale@09:00:00', 'after:A:stale@09:00:00']);
    w.scheduler.runUntil('2026-07-13T09:30:00Z');
    expect(w.state.shown).toEqual([]);
    expect(w.state.stored).toHaveLength(2);
  });

  it('notices a sleep even when no resume event arrives', () => {
    const w = world('2026-07-13T07:50:00Z');
    w.runner.start();
    w.scheduler.sleep(70 * 60_000);
    // The pending timer counts awake time only, but never sleeps longer than a minute.
    w.scheduler.runUntil('2026-07-13T09:01:00Z');
    expect(w.state.shown).toEqual([]);
    expect(w.outcomes()).toEqual(['before:A:suppressed:stale@09:01:00', 'after:A:suppressed:stale@09:01:00']);
  });

  it('re-plans on resume and still shows a prompt that is fresh', () => {
    const w = world('2026-07-13T07:50:00Z');
    w.runner.start();
    w.scheduler.sleep(9 * 60_000 + 30_000); // 07:59:30, the before-card (07:58) is still fresh
    w.runner.resumed();
    expect(w.state.shown).toEqual(['before:A@07:59:30']);
  });

  it('applies a settings change at once, without a restart', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T07:30:00Z');
    w.state.settings = coachSettings({ leadMinutes: 10, quietHours: [{ start: '10:25', end: '11:00' }] });
    w.runner.settingsChanged();
    w.scheduler.runUntil('2026-07-13T08:40:00Z');
    expect(w.state.shown).toEqual(['before:A@07:50:00']);
    // 10:30 local is inside the new quiet hours.
    expect(w.outcomes()).toContain('after:A:suppressed:quiet-hours@08:30:00');
  });

  it('shows one card at a time: the next waits until the open one closes', () => {
    const B = meeting('B', '2026-07-13T08:31:00Z', '2026-07-13T09:00:00Z');
    const w = world('2026-07-13T08:10:00Z', [A, B], { leadMinutes: 0, mergeGapMinutes: 0, promptTimeoutSeconds: 120 });
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T08:31:30Z');
    expect(w.state.shown).toEqual(['after:A@08:30:00']);
    w.runner.answered('after:A');
    expect(w.state.shown).toEqual(['after:A@08:30:00', 'before:B@08:31:30']);
    expect(w.state.maxOpenCards).toBe(1);
  });

  it('records a waiting prompt that went stale behind the open card, and never shows it', () => {
    const B = meeting('B', '2026-07-13T08:31:00Z', '2026-07-13T09:00:00Z');
    const w = world('2026-07-13T08:10:00Z', [A, B], { leadMinutes: 0, mergeGapMinutes: 0, promptTimeoutSeconds: 180, staleAfterMinutes: 1 });
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T08:35:00Z');
    expect(w.state.shown).toEqual(['after:A@08:30:00']);
    expect(w.outcomes()).toEqual(['after:A:missed:timeout@08:33:00', 'before:B:suppressed:stale@08:33:00']);
  });

  it('holds a prompt while the screen is locked and shows it on unlock if still fresh', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.state.environment = { locked: true, idle: false, dnd: false };
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T08:00:00Z');
    expect(w.state.shown).toEqual([]);
    w.state.environment = { locked: false, idle: false, dnd: false };
    w.runner.unlocked();
    expect(w.state.shown).toEqual(['before:A@08:00:00']);
  });

  it.each([
    ['full-screen', { fullScreen: true }],
    ['screen-shared', { screenShared: true }],
  ] as const)('holds a prompt while presenting (%s) and shows it when that ends; one held too long is recorded with that reason', (reason, presenting) => {
    const w = world('2026-07-13T07:00:00Z');
    w.state.environment = { locked: false, idle: false, dnd: false, ...presenting };
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T08:00:00Z');
    expect(w.state.shown).toEqual([]);
    w.state.environment = { locked: false, idle: false, dnd: false, fullScreen: false, screenShared: false };
    w.runner.environmentChanged();
    expect(w.state.shown).toEqual(['before:A@08:00:00']);

    const late = world('2026-07-13T07:00:00Z');
    late.state.environment = { locked: false, idle: false, dnd: false, ...presenting };
    late.runner.start();
    late.scheduler.runUntil('2026-07-13T08:10:00Z');
    expect(late.state.shown).toEqual([]);
    expect(late.state.suppressed).toEqual([`before:A:${reason}@08:03:00`]);
  });

  it('records a prompt held until it expired with the rule that held it', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.state.environment = { locked: true, idle: false, dnd: false };
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T08:10:00Z');
    expect(w.state.shown).toEqual([]);
    expect(w.state.suppressed).toEqual(['before:A:screen-locked@08:03:00']);
  });

  it('notices idleness ending without an event, by looking again while a prompt is held', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.state.environment = { locked: false, idle: true, dnd: false };
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T07:59:00Z');
    w.state.environment = { locked: false, idle: false, dnd: false };
    w.scheduler.runUntil('2026-07-13T07:59:20Z');
    expect(w.state.shown).toEqual(['before:A@07:59:15']);
  });

  it('stays silent while paused and shows a fresh prompt when the pause is lifted', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.state.pause = { until: null, indefinite: true };
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T07:59:00Z');
    expect(w.state.shown).toEqual([]);
    w.state.pause = NOT_PAUSED;
    w.runner.pauseChanged();
    expect(w.state.shown).toEqual(['before:A@07:59:00']);
  });

  it('snoozes: the card comes back when the snooze ends, or after the current meeting', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T07:58:10Z');
    expect(w.runner.snoozed('before:A', '2-minutes')).toBe('2026-07-13T08:00:10.000Z');
    expect(w.runner.current()).toBeNull();
    w.scheduler.runUntil('2026-07-13T08:00:20Z');
    expect(w.state.shown).toEqual(['before:A@07:58:00', 'before:A@08:00:10']);
    expect(w.runner.snoozed('before:A', 'after-this-meeting')).toBe('2026-07-13T08:30:00.000Z');
    w.scheduler.runUntil('2026-07-13T08:30:00Z');
    w.runner.answered('after:A');
    expect(w.state.shown.slice(2)).toEqual(['after:A@08:30:00', 'before:A@08:30:00']);
  });

  it('withdraws an open card whose meeting was cancelled, recording nothing', () => {
    const w = world('2026-07-13T07:00:00Z');
    w.runner.start();
    w.scheduler.runUntil('2026-07-13T07:58:10Z');
    w.state.meetings = [];
    w.runner.calendarChanged();
    expect(w.state.closed).toEqual(['before:A:withdrawn@07:58:10']);
    expect(w.state.stored).toEqual([]);
    expect(w.runner.current()).toBeNull();
  });

  it('follows a time-zone change: the same meeting can fall outside working hours', () => {
    // 15:30Z is 17:30 in Berlin but 21:00 in Kolkata.
    const w = world('2026-07-13T15:00:00Z', [meeting('M', '2026-07-13T15:30:00Z', '2026-07-13T15:50:00Z')], { reviewPrompt: { time: '12:00' } });
    w.runner.start();
    w.state.timeZone = 'Asia/Kolkata';
    w.runner.timeZoneChanged();
    w.scheduler.runUntil('2026-07-13T16:00:00Z');
    expect(w.state.shown).toEqual([]);
    expect(w.state.suppressed).toEqual(['before:M:outside-working-hours@15:28:00', 'after:M:outside-working-hours@15:50:00']);
  });

  it('keeps its own memory of outcomes, so slow or failing persistence never re-asks', async () => {
    const clock = new FakeClock('2026-07-13T07:58:00Z');
    const scheduler = new FakeScheduler(clock);
    const shown: string[] = [];
    const errors: unknown[] = [];
    const runner = new CoachRunner({
      clock,
      scheduler,
      getMeetings: () => [A],
      getSettings: () => coachSettings(),
      getTimeZone: () => 'Europe/Berlin',
      getPause: () => NOT_PAUSED,
      getHistory: () => [],
      recordOutcome: () => Promise.reject(new Error('disk full')),
      environment: () => ({ locked: false, idle: false, dnd: false }),
      onPromptDue: (p) => shown.push(p.id),
      onError: (e) => errors.push(e),
    });
    runner.start();
    runner.answered('before:A');
    runner.calendarChanged();
    scheduler.runUntil('2026-07-13T08:01:00Z');
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown).toEqual(['before:A']);
    expect(errors).toEqual([new Error('disk full')]);
  });

  it('copes with callbacks that answer synchronously, and stops cleanly', () => {
    const B = meeting('B', '2026-07-13T09:00:00Z', '2026-07-13T09:30:00Z');
    const w = world('2026-07-13T07:00:00Z', [A, B]);
    const answering = new CoachRunner({
      clock: w.clock,
      scheduler: w.scheduler,
      getMeetings: () => [A, B],
      getSettings: () => coachSettings(),
      getTimeZone: () => 'Europe/Berlin',
      getPause: () => NOT_PAUSED,
      getHistory: () => w.state.stored,
      recordOutcome: (o) => void w.state.stored.push(o),
      environment: () => ({ locked: false, idle: false, dnd: false }),
      onPromptDue: (p) => answering.answered(p.id),
    });
    answering.start();
    w.scheduler.runUntil('2026-07-13T09:31:00Z');
    expect(w.outcomes()).toEqual(['before:A:answered@07:58:00', 'after:A:answered@08:30:00', 'before:B:answered@08:58:00', 'after:B:answered@09:30:00']);
    answering.stop();
    expect(w.scheduler.pending()).toBe(0);
  });
});
