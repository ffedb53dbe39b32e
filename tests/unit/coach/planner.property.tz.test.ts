import { tzScan } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import { NOT_PAUSED, PromptSchema, type CoachSettings, type PromptOutcome } from '../../../shared/domain/coach';
import { WEEKDAYS } from '../../../shared/domain/days';
import { planPrompts, type Plan, type PlanContext } from '../../../electron/services/coach/planner';
import { facetsOf } from '../../../electron/services/coach/prompt-ids';
import { MINUTE, allPrompts, coachSettings, hhmmToMinutes, meeting, wallOracle } from '../../support/coach';

// Instants near every DST change of 2026-2027 in zones that have them (both hemispheres).
const DST_ZONES = ['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Auckland'];
const ALL_ZONES = [...DST_ZONES, 'Asia/Kolkata', 'UTC'];
const TRANSITIONS = DST_ZONES.flatMap((zone) =>
  tzScan(zone, { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2027-12-31T00:00:00Z') }).map((c) => ({ zone, at: c.date.getTime() })),
);
const RUNS = { numRuns: 300 };

const aroundDst = fc
  .record({ transition: fc.constantFrom(...TRANSITIONS), offsetMinutes: fc.integer({ min: -36 * 60, max: 36 * 60 }) })
  .map(({ transition, offsetMinutes }) => ({ zone: transition.zone, at: transition.at + offsetMinutes * MINUTE }));

const halfHour = fc.integer({ min: 0, max: 47 }).map((i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);

// DST changes happen at night and often on Sundays: permissive days and hours are weighted
// up so that plenty of prompts actually come due near them.
const weekdays = fc.oneof(
  { weight: 1, arbitrary: fc.constant(['mon', 'tue', 'wed', 'thu', 'fri'] as (typeof WEEKDAYS)[number][]) },
  { weight: 2, arbitrary: fc.constant([...WEEKDAYS]) },
  { weight: 1, arbitrary: fc.subarray([...WEEKDAYS]) },
);
const workingHours = fc.oneof(
  { weight: 1, arbitrary: fc.constant(['09:00', '18:00']) },
  { weight: 2, arbitrary: fc.constant(['00:00', '23:30']) },
  { weight: 1, arbitrary: fc.uniqueArray(halfHour, { minLength: 2, maxLength: 2 }).map((t) => [...t].sort()) },
);

/** Defaults-like settings half the time, so prompts actually come due; anything valid otherwise. */
const settingsArb: fc.Arbitrary<CoachSettings> = fc
  .record({
    leadMinutes: fc.integer({ min: 0, max: 15 }),
    workingDays: weekdays,
    hours: workingHours,
    quietHours: fc.oneof(
      { weight: 2, arbitrary: fc.constant<string[][]>([]) },
      { weight: 1, arbitrary: fc.array(fc.uniqueArray(halfHour, { minLength: 2, maxLength: 2 }), { maxLength: 2 }) },
    ),
    reviewMode: fc.constantFrom('fixed', 'after-last-meeting'),
    reviewTime: halfHour,
    mergeGapMinutes: fc.integer({ min: 0, max: 15 }),
    staleAfterMinutes: fc.integer({ min: 1, max: 15 }),
  })
  .map((s) =>
    coachSettings({
      leadMinutes: s.leadMinutes,
      workingDays: s.workingDays,
      workingHours: { start: s.hours[0], end: s.hours[1] },
      quietHours: s.quietHours.map(([start, end]) => ({ start, end })),
      reviewPrompt: { mode: s.reviewMode, time: s.reviewTime },
      mergeGapMinutes: s.mergeGapMinutes,
      staleAfterMinutes: s.staleAfterMinutes,
    }),
  );

/** Meetings on a 5-minute grid within `hours` of `base`, so many of them touch or overlap. */
const meetingSpecsWithin = (hours: number): fc.Arbitrary<{ slot: number; minutes: number }[]> =>
  fc.array(fc.record({ slot: fc.integer({ min: -12 * hours, max: 12 * hours }), minutes: fc.constantFrom(5, 10, 15, 25, 30, 45, 60, 90) }), {
    maxLength: 12,
  });
const meetingSpecs = meetingSpecsWithin(24);
const toMeetings = (base: number, specs: { slot: number; minutes: number }[], prefix = 'm'): Meeting[] =>
  specs.map((s, i) => {
    const start = Math.floor(base / (5 * MINUTE)) * 5 * MINUTE + s.slot * 5 * MINUTE;
    return meeting(`${prefix}:${i}@src`, start, start + s.minutes * MINUTE);
  });

const shuffle = <T>(items: readonly T[], keys: readonly number[]): T[] =>
  items.map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i })).sort((a, b) => a.key - b.key || a.i - b.i).map((x) => x.item);

function expectUniqueIdsAndFacets(plan: Plan): void {
  const prompts = allPrompts(plan);
  expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
  const facets = prompts.flatMap((p) => facetsOf(p.id));
  expect(new Set(facets).size).toBe(facets.length);
}

/**
 * The silence rules, checked with the Intl oracle at both times a due prompt is judged by
 * (its due time and now). Collects violations rather than asserting one by one: clearer
 * failures, and far cheaper in a loop of thousands.
 */
function silenceViolations(plan: Plan, settings: CoachSettings, now: number, context: PlanContext): string[] {
  const problems: string[] = [];
  const env = context.environment;
  const paused = context.pause.indefinite || (context.pause.until !== null && Date.parse(context.pause.until) > now);
  if ((paused || env?.locked || env?.idle || env?.dnd) && plan.due.length > 0) problems.push('due while paused, locked, idle or in do-not-disturb');
  const [workStart, workEnd] = [hhmmToMinutes(settings.workingHours.start) * MINUTE, hhmmToMinutes(settings.workingHours.end) * MINUTE];
  for (const prompt of plan.due) {
    if (Date.parse(prompt.dueAt) > now || Date.parse(prompt.expiresAt) < now) problems.push(`${prompt.id} due but not fresh`);
    for (const instant of [Date.parse(prompt.dueAt), now]) {
      const wall = wallOracle(instant, context.timeZone);
      const at = `${prompt.id} at ${new Date(instant).toISOString()} (${wall.date} ${wall.weekday} ${wall.minutes} min)`;
      if (!(settings.workingDays as string[]).includes(wall.weekday)) problems.push(`${at}: not a working day`);
      if (wall.ms < workStart || wall.ms > workEnd) problems.push(`${at}: outside working hours`);
      for (const q of settings.quietHours) {
        const [qs, qe] = [hhmmToMinutes(q.start) * MINUTE, hhmmToMinutes(q.end) * MINUTE];
        if (qs < qe ? wall.ms >= qs && wall.ms < qe : wall.ms >= qs || wall.ms < qe) problems.push(`${at}: in quiet hours`);
      }
    }
  }
  for (const prompt of plan.upcoming) if (Date.parse(prompt.dueAt) <= now) problems.push(`${prompt.id} upcoming but due`);
  return problems;
}

describe('planner properties', () => {
  it('gives the same plan whatever order the calendar lists meetings in, with unique ids, facets and valid prompts', () => {
    fc.assert(
      fc.property(aroundDst, settingsArb, meetingSpecs, fc.array(fc.nat()), fc.integer({ min: -600, max: 600 }), (base, settings, specs, keys, nowOffset) => {
        const meetings = toMeetings(base.at, specs);
        const now = new Date(base.at + nowOffset * MINUTE);
        const context: PlanContext = { timeZone: base.zone, pause: NOT_PAUSED, since: new Date(now.getTime() - 90 * MINUTE) };
        const plan = planPrompts(meetings, settings, [], now, context);
        expect(planPrompts(shuffle(meetings, keys), settings, [], now, context)).toEqual(plan);
        expectUniqueIdsAndFacets(plan);
        // Prompts cross IPC to the popup: they must pass their own schema.
        for (const prompt of allPrompts(plan)) expect(PromptSchema.parse(prompt)).toEqual(prompt);
      }),
      RUNS,
    );
  });

  it('shows nothing outside working days and hours, inside quiet hours, while paused, locked, idle or in do-not-disturb', () => {
    const contextArb = fc.record({
      pause: fc.oneof(
        { weight: 4, arbitrary: fc.constant<{ until: number | null; indefinite: boolean }>({ until: null, indefinite: false }) },
        fc.constant({ until: null, indefinite: true }),
        fc.integer({ min: -120, max: 120 }).map((m) => ({ until: m, indefinite: false })),
      ),
      environment: fc.oneof(
        { weight: 3, arbitrary: fc.constant({ locked: false, idle: false, dnd: false }) },
        { weight: 2, arbitrary: fc.record({ locked: fc.boolean(), idle: fc.boolean(), dnd: fc.boolean() }) },
      ),
      sinceMinutes: fc.integer({ min: 0, max: 24 * 60 }),
      /** Which meeting edge "now" lands near, and how long after it. */
      edge: fc.nat(),
      lateMs: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 2 * MINUTE }) }, fc.integer({ min: 0, max: 20 * MINUTE })),
    });
    fc.assert(
      fc.property(aroundDst, settingsArb, meetingSpecs, contextArb, (base, settings, specs, ctx) => {
        const meetings = toMeetings(base.at, specs);
        const edges = meetings.flatMap((m) => [Date.parse(m.start) - settings.leadMinutes * MINUTE, Date.parse(m.end)]);
        const now = (edges.length ? edges[ctx.edge % edges.length]! : base.at) + ctx.lateMs;
        const context: PlanContext = {
          timeZone: base.zone,
          pause: { indefinite: ctx.pause.indefinite, until: typeof ctx.pause.until === 'number' ? new Date(now + ctx.pause.until * MINUTE).toISOString() : null },
          environment: ctx.environment,
          since: new Date(now - ctx.sinceMinutes * MINUTE),
        };
        const plan = planPrompts(meetings, settings, [], new Date(now), context);
        expect(silenceViolations(plan, settings, now, context)).toEqual([]);
        // Every due or held prompt is inside the calendar rules; everything suppressed says why truthfully.
        const untruthful = plan.suppressed.filter(({ prompt, reason }) =>
          reason === 'stale' ? now <= Date.parse(prompt.expiresAt) : !['not-working-day', 'outside-working-hours', 'quiet-hours'].includes(reason),
        );
        expect(untruthful).toEqual([]);
        expect(silenceViolations({ ...plan, due: plan.held.map((h) => h.prompt) }, settings, now, { timeZone: base.zone, pause: NOT_PAUSED })).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never asks a question twice across calendar refreshes, edits, re-orderings and time-zone changes', () => {
    const step = fc.record({
      advance: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 240 }) }),
      moves: fc.array(fc.record({ index: fc.nat(), slots: fc.integer({ min: -12, max: 12 }) }), { maxLength: 4 }),
      /** Moves meeting `index` to start where meeting `to` ends: pairs form and break up. */
      snaps: fc.array(fc.record({ index: fc.nat(), to: fc.nat() }), { maxLength: 2 }),
      removals: fc.array(fc.nat(), { maxLength: 2 }),
      additions: meetingSpecs.map((s) => s.slice(0, 2)),
      order: fc.array(fc.nat()),
      zone: fc.option(fc.constantFrom(...ALL_ZONES), { freq: 4 }),
      answers: fc.array(fc.constantFrom('answered', 'skipped', 'missed', 'snoozed'), { minLength: 1 }),
    });
    fc.assert(
      fc.property(aroundDst, settingsArb, meetingSpecsWithin(3), fc.array(step, { minLength: 1, maxLength: 20 }), (base, settings, specs, steps) => {
        let meetings = toMeetings(base.at, specs);
        let now = base.at - 3 * 60 * MINUTE;
        let zone = base.zone;
        let since: Date | undefined;
        const history: PromptOutcome[] = [];
        const askedFacets = new Set<string>();
        const suppressions = new Set<string>();
        steps.forEach((s, stepIndex) => {
          now += s.advance * MINUTE;
          zone = s.zone ?? zone;
          meetings = meetings
            .map((m, i) => {
              const move = s.moves.find((mv) => mv.index % meetings.length === i);
              return move ? meeting(m.id, Date.parse(m.start) + move.slots * 5 * MINUTE, Date.parse(m.end) + move.slots * 5 * MINUTE) : m;
            })
            .map((m, i, all) => {
              const snap = s.snaps.find((sn) => sn.index % all.length === i);
              const to = snap && all[snap.to % all.length];
              if (!to || to.id === m.id) return m;
              return meeting(m.id, Date.parse(to.end), Date.parse(to.end) + Date.parse(m.end) - Date.parse(m.start));
            })
            .filter((_, i) => !s.removals.some((r) => r % meetings.length === i))
            .concat(toMeetings(now, s.additions, `n${stepIndex}`));
          const context: PlanContext = { timeZone: zone, pause: NOT_PAUSED, ...(since ? { since } : {}) };
          const plan = planPrompts(shuffle(meetings, s.order), settings, history, new Date(now), context);
          since = new Date(now);
          expectUniqueIdsAndFacets(plan);
          expect(silenceViolations(plan, settings, now, context)).toEqual([]);
          expect(allPrompts(plan).filter((p) => facetsOf(p.id).some((facet) => askedFacets.has(facet))).map((p) => p.id)).toEqual([]);
          const keys = plan.suppressed.map(({ prompt }) => `${prompt.id}@${prompt.dueAt}`);
          expect(keys.filter((key) => suppressions.has(key))).toEqual([]);
          for (const key of keys) suppressions.add(key);
          for (const { prompt, reason } of plan.suppressed) {
            history.push({ promptId: prompt.id, outcome: 'suppressed', reason, dueAt: prompt.dueAt, at: new Date(now).toISOString() });
          }
          plan.due.forEach((prompt, i) => {
            const outcome = s.answers[i % s.answers.length]!;
            const at = new Date(now).toISOString();
            if (outcome === 'snoozed') {
              history.push({ promptId: prompt.id, outcome, at, dueAt: prompt.dueAt, snoozeUntil: new Date(now + 5 * MINUTE).toISOString() });
            } else {
              history.push({ promptId: prompt.id, outcome, at, dueAt: prompt.dueAt });
              for (const facet of facetsOf(prompt.id)) askedFacets.add(facet);
            }
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps absolute meeting offsets and wall-clock review times across DST changes', () => {
    fc.assert(
      fc.property(aroundDst, settingsArb, meetingSpecs, (base, settings, specs) => {
        const meetings = toMeetings(base.at, specs);
        const byId = new Map(meetings.map((m) => [m.id, { start: Date.parse(m.start), end: Date.parse(m.end) }]));
        const plan = planPrompts(meetings, settings, [], new Date(base.at - 2 * 24 * 60 * MINUTE), { timeZone: base.zone, pause: NOT_PAUSED });
        for (const prompt of plan.upcoming) {
          const due = Date.parse(prompt.dueAt);
          switch (prompt.kind) {
            case 'before':
              expect(due).toBe(byId.get(prompt.meetingId)!.start - settings.leadMinutes * MINUTE);
              break;
            case 'after':
              expect(due).toBe(byId.get(prompt.meetingId)!.end);
              break;
            case 'between':
              expect(due).toBe(Math.min(byId.get(prompt.previousMeetingId)!.end, byId.get(prompt.nextMeetingId)!.start));
              break;
            case 'review': {
              const wall = wallOracle(due, base.zone);
              expect(wall.date).toBe(prompt.day);
              expect(settings.workingDays).toContain(wall.weekday);
              // The set time, or one hour later when that time does not exist that day (spring forward).
              const atSetTime = [0, 60].includes(wall.minutes - hhmmToMinutes(settings.reviewPrompt.time));
              if (settings.reviewPrompt.mode === 'fixed') expect(atSetTime).toBe(true);
              else if (!atSetTime) {
                expect(wall.minutes).toBeGreaterThanOrEqual(hhmmToMinutes(settings.workingHours.start));
                expect(wall.minutes).toBeLessThanOrEqual(hhmmToMinutes(settings.workingHours.end) + 60);
              }
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('always merges back-to-back meetings into between cards, and never merges distant ones', () => {
    const chainArb = fc.array(fc.record({ gapFraction: fc.double({ min: -1, max: 1, noNaN: true }), minutes: fc.integer({ min: 20, max: 90 }) }), {
      minLength: 2,
      maxLength: 5,
    });
    fc.assert(
      fc.property(aroundDst, settingsArb, chainArb, meetingSpecs, fc.array(fc.nat()), fc.integer({ min: 1, max: 60 }), (base, settings, links, others, keys, farGap) => {
        const chain: Meeting[] = [];
        let start = base.at;
        links.forEach((link, i) => {
          const m = meeting(`chain:${i}`, start, start + link.minutes * MINUTE);
          chain.push(m);
          const gap = Math.round(link.gapFraction * settings.mergeGapMinutes) * MINUTE;
          start = Date.parse(m.end) + gap;
        });
        // Unrelated meetings two days away cannot touch the chain.
        const meetings = [...chain, ...toMeetings(base.at + 3 * 24 * 60 * MINUTE, others, 'other')];
        const ids = planPrompts(shuffle(meetings, keys), settings, [], new Date(base.at - 24 * 60 * MINUTE), { timeZone: base.zone, pause: NOT_PAUSED })
          .upcoming.map((p) => p.id);
        const enc = encodeURIComponent;
        for (let i = 0; i + 1 < chain.length; i++) {
          expect(ids).toContain(`between:${enc(chain[i]!.id)}:${enc(chain[i + 1]!.id)}`);
          expect(ids).not.toContain(`after:${enc(chain[i]!.id)}`);
          expect(ids).not.toContain(`before:${enc(chain[i + 1]!.id)}`);
        }
        expect(ids).toContain(`before:${enc(chain[0]!.id)}`);
        expect(ids).toContain(`after:${enc(chain.at(-1)!.id)}`);

        // Farther apart than both the merge gap and the lead time: two separate cards.
        const apart = Math.max(settings.mergeGapMinutes, settings.leadMinutes) + farGap;
        const pair = [meeting('p', base.at, base.at + 30 * MINUTE), meeting('q', base.at + (30 + apart) * MINUTE, base.at + (60 + apart) * MINUTE)];
        const pairIds = planPrompts(pair, settings, [], new Date(base.at - 24 * 60 * MINUTE), { timeZone: base.zone, pause: NOT_PAUSED }).upcoming.map((p) => p.id);
        expect(pairIds.filter((id) => !id.startsWith('review:'))).toEqual(['before:p', 'after:p', 'before:q', 'after:q']);
      }),
      RUNS,
    );
  });
});
