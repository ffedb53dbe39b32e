import { describe, expect, it } from 'vitest';
import { NOT_PAUSED, type PromptOutcome } from '../../../shared/domain/coach';
import { planPrompts, type PlanContext } from '../../../electron/services/coach/planner';
import { coachSettings, describePrompts, meeting } from '../../support/coach';

// Hand-computed instants. Berlin is UTC+1 until 29 March 2026, UTC+2 after; Los Angeles
// UTC-8 until 8 March, UTC-7 after; Auckland UTC+13 until 5 April, UTC+12 after.
const berlin: PlanContext = { timeZone: 'Europe/Berlin', pause: NOT_PAUSED };
const at = (iso: string): Date => new Date(iso);

describe('planner: prompt times (examples)', () => {
  // Monday 30 March 2026, Berlin summer time: 10:00 local is 08:00Z.
  const monday = [
    meeting('A', '2026-03-30T08:00:00Z', '2026-03-30T08:30:00Z'), // 10:00-10:30
    meeting('B', '2026-03-30T08:30:00Z', '2026-03-30T09:00:00Z'), // 10:30-11:00, touches A
    meeting('C', '2026-03-30T09:03:00Z', '2026-03-30T09:30:00Z'), // 11:03-11:30, 3 min after B
    meeting('D', '2026-03-30T12:00:00Z', '2026-03-30T13:00:00Z'), // 14:00-15:00
  ];

  it('plans before, between, after and the review for a day', () => {
    const plan = planPrompts(monday, coachSettings(), [], at('2026-03-30T05:00:00Z'), berlin);
    expect(plan.due).toEqual([]);
    expect(describePrompts(plan.upcoming)).toEqual([
      'before:A@2026-03-30T07:58:00.000Z',
      'between:A:B@2026-03-30T08:30:00.000Z',
      'between:B:C@2026-03-30T09:00:00.000Z',
      'after:C@2026-03-30T09:30:00.000Z',
      'before:D@2026-03-30T11:58:00.000Z',
      'after:D@2026-03-30T13:00:00.000Z',
      'review:2026-03-30@2026-03-30T15:30:00.000Z', // 17:30 CEST
      'review:2026-03-31@2026-03-31T15:30:00.000Z',
    ]);
    const between = plan.upcoming[1]!;
    expect(between).toMatchObject({ kind: 'between', previousMeetingId: 'A', nextMeetingId: 'B', day: '2026-03-30' });
    expect(between.expiresAt).toBe('2026-03-30T08:35:00.000Z');
  });

  it('is due at its time, then stale once staleAfterMinutes have passed', () => {
    const due = planPrompts(monday, coachSettings(), [], at('2026-03-30T07:58:00Z'), berlin);
    expect(describePrompts(due.due)).toEqual(['before:A@2026-03-30T07:58:00.000Z']);
    const late = planPrompts(monday, coachSettings(), [], at('2026-03-30T08:33:00Z'), { ...berlin, since: at('2026-03-30T07:50:00Z') });
    expect(late.suppressed.map((s) => `${s.prompt.id}:${s.reason}`)).toEqual(['before:A:stale']);
    expect(describePrompts(late.due)).toEqual(['between:A:B@2026-03-30T08:30:00.000Z']);
    // Without `since` the planner was not watching then: the old prompt is neither fired nor reported.
    const fresh = planPrompts(monday, coachSettings(), [], at('2026-03-30T08:33:00Z'), berlin);
    expect(fresh.suppressed).toEqual([]);
  });

  it('reads working hours in the zone across the spring-forward change', () => {
    // Friday 27 March is winter time (09:02 = 08:02Z), Monday 30 March summer time (09:02 = 07:02Z).
    const meetings = [meeting('fri', '2026-03-27T08:02:00Z', '2026-03-27T08:30:00Z'), meeting('mon', '2026-03-30T07:02:00Z', '2026-03-30T07:30:00Z')];
    expect(describePrompts(planPrompts(meetings, coachSettings(), [], at('2026-03-27T08:00:00Z'), berlin).due)).toEqual([
      'before:fri@2026-03-27T08:00:00.000Z',
    ]);
    expect(describePrompts(planPrompts(meetings, coachSettings(), [], at('2026-03-30T07:00:00Z'), berlin).due)).toEqual([
      'before:mon@2026-03-30T07:00:00.000Z',
    ]);
    // 07:00Z on the Friday is 08:00 local: before working hours.
    const early = [meeting('early', '2026-03-27T07:02:00Z', '2026-03-27T07:30:00Z')];
    const plan = planPrompts(early, coachSettings(), [], at('2026-03-27T07:00:00Z'), berlin);
    expect(plan.suppressed.map((s) => s.reason)).toEqual(['outside-working-hours']);
  });

  it('does the same in Los Angeles and Auckland', () => {
    const la: PlanContext = { timeZone: 'America/Los_Angeles', pause: NOT_PAUSED };
    // Monday 9 March, PDT: 09:02 local = 16:02Z, so the before-card is due at 09:00 local.
    const meetings = [meeting('la', '2026-03-09T16:02:00Z', '2026-03-09T16:30:00Z')];
    expect(describePrompts(planPrompts(meetings, coachSettings(), [], at('2026-03-09T16:00:00Z'), la).due)).toEqual([
      'before:la@2026-03-09T16:00:00.000Z',
    ]);
    const akl: PlanContext = { timeZone: 'Pacific/Auckland', pause: NOT_PAUSED };
    // Friday 3 April NZDT: 17:30 = 04:30Z; Monday 6 April NZST: 17:30 = 05:30Z.
    const friday = planPrompts([], coachSettings(), [], at('2026-04-02T20:00:00Z'), akl);
    expect(describePrompts(friday.upcoming)).toEqual(['review:2026-04-03@2026-04-03T04:30:00.000Z']);
    const monday = planPrompts([], coachSettings(), [], at('2026-04-05T20:00:00Z'), akl);
    expect(describePrompts(monday.upcoming)).toEqual(['review:2026-04-06@2026-04-06T05:30:00.000Z', 'review:2026-04-07@2026-04-07T05:30:00.000Z']);
  });

  it('places the after-last-meeting review after the last meeting inside working hours', () => {
    const settings = coachSettings({ reviewPrompt: { mode: 'after-last-meeting' } });
    const review = (meetings: ReturnType<typeof meeting>[]): string[] =>
      describePrompts(planPrompts(meetings, settings, [], at('2026-03-30T05:00:00Z'), berlin).upcoming.filter((p) => p.day === '2026-03-30' && p.kind === 'review'));
    // Last meeting ends 16:00 local; one at 19:00 is outside working hours and does not count.
    expect(review([meeting('x', '2026-03-30T13:00:00Z', '2026-03-30T14:00:00Z'), meeting('late', '2026-03-30T16:30:00Z', '2026-03-30T17:00:00Z')])).toEqual([
      'review:2026-03-30@2026-03-30T14:10:00.000Z',
    ]);
    // Ends 17:55: ten minutes later would be past 18:00, so at 18:00.
    expect(review([meeting('y', '2026-03-30T15:00:00Z', '2026-03-30T15:55:00Z')])).toEqual(['review:2026-03-30@2026-03-30T16:00:00.000Z']);
    expect(review([])).toEqual(['review:2026-03-30@2026-03-30T15:30:00.000Z']);
  });
});

describe('planner: back-to-back meetings (examples)', () => {
  const ctx = berlin;
  const now = at('2026-03-30T05:00:00Z');
  const ids = (meetings: ReturnType<typeof meeting>[], patch = {}): string[] =>
    planPrompts(meetings, coachSettings(patch), [], now, ctx).upcoming.filter((p) => p.kind !== 'review').map((p) => `${p.id}@${p.dueAt.slice(11, 16)}`);

  it('merges a small overlap at the moment the next meeting starts', () => {
    expect(ids([meeting('A', '2026-03-30T08:00:00Z', '2026-03-30T08:33:00Z'), meeting('B', '2026-03-30T08:30:00Z', '2026-03-30T09:00:00Z')])).toEqual([
      'before:A@07:58',
      'between:A:B@08:30',
      'after:B@09:00',
    ]);
  });

  it('does not merge a meeting nested inside another', () => {
    expect(ids([meeting('A', '2026-03-30T08:00:00Z', '2026-03-30T08:32:00Z'), meeting('B', '2026-03-30T08:29:00Z', '2026-03-30T08:31:00Z')])).toEqual([
      'before:A@07:58',
      'before:B@08:27',
      'after:B@08:31',
      'after:A@08:32',
    ]);
  });

  it('merges when the lead time would put the before-card inside the previous meeting', () => {
    const pair = [meeting('A', '2026-03-30T08:00:00Z', '2026-03-30T08:30:00Z'), meeting('B', '2026-03-30T08:38:00Z', '2026-03-30T09:00:00Z')];
    expect(ids(pair, { leadMinutes: 10 })).toEqual(['before:A@07:50', 'between:A:B@08:30', 'after:B@09:00']);
    expect(ids(pair, { leadMinutes: 2 })).toEqual(['before:A@07:58', 'after:A@08:30', 'before:B@08:36', 'after:B@09:00']);
  });

  it('keeps ids unambiguous whatever the meeting ids contain', () => {
    const odd = [meeting('cal:uid@x:1', '2026-03-30T08:00:00Z', '2026-03-30T08:30:00Z'), meeting('b|2', '2026-03-30T08:30:00Z', '2026-03-30T09:00:00Z')];
    expect(ids(odd)).toEqual(['before:cal%3Auid%40x%3A1@07:58', 'between:cal%3Auid%40x%3A1:b%7C2@08:30', 'after:b%7C2@09:00']);
  });
});

describe('planner: history (examples)', () => {
  const A = meeting('A', '2026-03-30T08:00:00Z', '2026-03-30T08:30:00Z');
  const B = meeting('B', '2026-03-30T08:32:00Z', '2026-03-30T09:00:00Z');
  const now = at('2026-03-30T07:00:00Z');
  const outcome = (promptId: string, kind: PromptOutcome['outcome'], extra: Partial<PromptOutcome> = {}): PromptOutcome => ({
    promptId,
    outcome: kind,
    at: '2026-03-30T06:00:00.000Z',
    ...extra,
  });
  const plannedIds = (meetings: ReturnType<typeof meeting>[], history: PromptOutcome[]): string[] =>
    planPrompts(meetings, coachSettings(), history, now, berlin).upcoming.filter((p) => p.kind !== 'review').map((p) => `${p.id}@${p.dueAt.slice(11, 16)}`);

  it('asks only the unanswered half when two meetings come to touch later', () => {
    expect(plannedIds([A, B], [outcome('after:A', 'answered')])).toEqual(['before:A@07:58', 'before:B@08:30', 'after:B@09:00']);
    expect(plannedIds([A, B], [outcome('before:B', 'skipped')])).toEqual(['before:A@07:58', 'after:A@08:30', 'after:B@09:00']);
  });

  it('does not re-ask either half of an answered between card when the meetings drift apart', () => {
    const moved = meeting('B', '2026-03-30T12:00:00Z', '2026-03-30T12:30:00Z');
    expect(plannedIds([A, moved], [outcome('between:A:B', 'missed')])).toEqual(['before:A@07:58', 'after:B@12:30']);
  });

  it('re-plans a moved meeting, but a suppression only settles the time it was due', () => {
    const history = [outcome('before:A', 'suppressed', { reason: 'quiet-hours', dueAt: '2026-03-30T07:58:00.000Z' })];
    expect(plannedIds([A], history)).toEqual(['after:A@08:30']);
    const later = meeting('A', '2026-03-30T09:00:00Z', '2026-03-30T09:30:00Z');
    expect(plannedIds([later], history)).toEqual(['before:A@08:58', 'after:A@09:30']);
    expect(plannedIds([later], [outcome('before:A', 'answered')])).toEqual(['after:A@09:30']);
  });

  it('re-dues a snoozed prompt at the end of its latest snooze', () => {
    const history = [
      outcome('before:A', 'snoozed', { snoozeUntil: '2026-03-30T07:10:00.000Z', at: '2026-03-30T06:58:00.000Z' }),
      outcome('before:A', 'snoozed', { snoozeUntil: '2026-03-30T08:40:00.000Z', at: '2026-03-30T06:59:00.000Z' }),
    ];
    const plan = planPrompts([A], coachSettings(), history, now, berlin);
    expect(plan.upcoming.find((p) => p.id === 'before:A')).toMatchObject({
      dueAt: '2026-03-30T08:40:00.000Z',
      scheduledAt: '2026-03-30T07:58:00.000Z',
      expiresAt: '2026-03-30T08:45:00.000Z',
    });
  });
});

describe('planner: silence (examples)', () => {
  const A = meeting('A', '2026-03-30T08:00:00Z', '2026-03-30T08:30:00Z');
  const dueNow = at('2026-03-30T07:58:00Z');

  it('holds a due prompt while paused, locked, in do-not-disturb or idle', () => {
    const cases: [PlanContext, string][] = [
      [{ ...berlin, pause: { until: '2026-03-30T08:28:00.000Z', indefinite: false } }, 'paused'],
      [{ ...berlin, pause: { until: null, indefinite: true } }, 'paused'],
      [{ ...berlin, environment: { locked: true, idle: true, dnd: false } }, 'screen-locked'],
      [{ ...berlin, environment: { locked: false, idle: true, dnd: true } }, 'do-not-disturb'],
      [{ ...berlin, environment: { locked: false, idle: true, dnd: false } }, 'user-idle'],
    ];
    for (const [context, reason] of cases) {
      const plan = planPrompts([A], coachSettings(), [], dueNow, context);
      expect(plan.due).toEqual([]);
      expect(plan.held.map((h) => `${h.prompt.id}:${h.reason}`)).toEqual([`before:A:${reason}`]);
    }
    const expired = { ...berlin, pause: { until: '2026-03-30T07:58:00.000Z', indefinite: false } };
    expect(planPrompts([A], coachSettings(), [], dueNow, expired).due).toHaveLength(1);
  });

  it('suppresses prompts in quiet hours, including windows across midnight', () => {
    // Tuesday 13 January 2026, Berlin winter time (UTC+1).
    const settings = coachSettings({ workingHours: { start: '07:00', end: '23:00' }, quietHours: [{ start: '22:00', end: '07:30' }, { start: '12:00', end: '13:00' }] });
    const meetings = [
      meeting('lunch', '2026-01-13T11:30:00Z', '2026-01-13T11:45:00Z'), // 12:30-12:45 local
      meeting('early', '2026-01-13T06:00:00Z', '2026-01-13T06:20:00Z'), // 07:00-07:20 local
      meeting('one', '2026-01-13T12:02:00Z', '2026-01-13T12:30:00Z'), // 13:02 local: the before-card at 13:00 is allowed
    ];
    const plan = planPrompts(meetings, settings, [], at('2026-01-13T12:00:00Z'), { ...berlin, since: at('2026-01-13T05:00:00Z') });
    expect(plan.suppressed.map((s) => `${s.prompt.id}:${s.reason}`)).toEqual([
      'before:early:outside-working-hours', // 06:58 local
      'after:early:quiet-hours', // 07:20 local
      'before:lunch:quiet-hours',
      'after:lunch:quiet-hours',
    ]);
    expect(plan.due.map((p) => p.id)).toEqual(['before:one']);
  });

  it('never plans a review on a non-working day, and suppresses meeting prompts then', () => {
    // Sunday 29 March, the day Berlin springs forward.
    const sunday = [meeting('S', '2026-03-29T08:00:00Z', '2026-03-29T08:30:00Z')];
    const plan = planPrompts(sunday, coachSettings(), [], at('2026-03-29T08:30:00Z'), { ...berlin, since: at('2026-03-29T07:55:00Z') });
    expect(plan.suppressed.map((s) => `${s.prompt.id}:${s.reason}`)).toEqual(['before:S:not-working-day', 'after:S:not-working-day']);
    expect(plan.upcoming.map((p) => p.id)).toEqual(['review:2026-03-30']);
  });
});
