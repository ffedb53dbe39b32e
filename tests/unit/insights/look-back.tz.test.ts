import { describe, expect, it } from 'vitest';
import { buildLookBack, LookBacks, type LookBackInput } from '../../../electron/services/insights/look-back';
import type { HarmPatterns, PatternRow } from '../../../shared/domain/harm-patterns';
import type { Moment } from '../../../shared/domain/moment';
import { FakeClock } from '../../support/fake-clock';
import { makeMoment } from '../../support/moments';

// Now: Friday 20 November 2026, 16:00 in Berlin (15:00 UTC). The week: 16-22 November.
const NOW = Date.parse('2026-11-20T15:00:00.000Z');
const noPatterns: HarmPatterns = { since: '2025-11-21T15:00:00.000Z', weeks: 52, moments: 0, harmed: 0, minimum: 10, calendarKnown: true, groups: [] };

const own = (occurredAt: string, extra: Partial<Moment> = {}) => makeMoment({ occurredAt, tags: [], people: [], note: '', ...extra });
/** Newest first, as the log keeps them. */
const log = (...moments: Moment[]) => [...moments].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));

function lookBack(input: Partial<LookBackInput>) {
  return buildLookBack({ newestFirst: [], weekStart: '2026-11-16', nowMs: NOW, timeZone: 'Europe/Berlin', patterns: noPatterns, openRepairs: 0, weekIntention: null, ...input });
}

function streakRow(overrides: Partial<PatternRow> = {}): PatternRow {
  return { key: '3+', phrase: 'moments after three or more back-to-back meetings', label: 'After three or more', moments: 20, harmed: 12, share: 0.6, low: 0.39, high: 0.78, restMoments: 20, restHarmed: 2, restShare: 0.1, standsOut: true, ...overrides };
}

describe('the weekly look-back', () => {
  it('with nothing logged: zero counts, nothing invented, and a suggestion marked as general', () => {
    const result = lookBack({});
    expect(result).toMatchObject({ weekStart: '2026-11-16', weekEnd: '2026-11-22', nextWeekStart: '2026-11-23', own: { helped: 0, harmed: 0 }, enough: false, proud: null, watch: null, accepted: null });
    expect(result.suggestion).toMatchObject({ intention: { type: 'chip', id: 'be-present' }, general: true });
  });

  it('with too little data: the moment to be proud of is there, but one damager is not a pattern', () => {
    const result = lookBack({ newestFirst: log(own('2026-11-17T09:00:00.000Z', { people: ['Sam'], tags: ['listened'] }), own('2026-11-18T09:00:00.000Z', { valence: 'harmed', tags: ['rushed'] })) });
    expect(result).toMatchObject({ own: { helped: 1, harmed: 1 }, enough: false, watch: null });
    expect(result.proud).toMatchObject({ people: ['Sam'], tags: ['listened'] });
    expect(result.suggestion.general).toBe(true);
  });

  it('counts only the week (in the zone each moment was logged in), witnessed apart, and picks the proudest moment', () => {
    const result = lookBack({
      newestFirst: log(
        // Monday 00:30 in Berlin is still Sunday in UTC: this week.
        own('2026-11-15T23:30:00.000Z', { tags: ['warmth'] }),
        // Sunday 23:30 in Berlin: the week before.
        own('2026-11-15T22:30:00.000Z', { note: 'Last week, a long note', tags: ['listened', 'empathy'] }),
        own('2026-11-17T09:00:00.000Z', { note: 'Stayed after the demo to thank Priya for the late nights', tags: ['recognised'], people: ['Priya Nair'] }),
        own('2026-11-18T09:00:00.000Z', { tags: ['listened', 'empathy', 'warmth'] }),
        own('2026-11-18T10:00:00.000Z', { valence: 'harmed', tags: ['rushed', 'interrupting'] }),
        own('2026-11-19T10:00:00.000Z', { valence: 'harmed', tags: ['rushed'] }),
        own('2026-11-19T12:00:00.000Z', { kind: 'witnessed', note: 'Alex welcomed the new hire' }),
        // Later today is not yet part of the week.
        own('2026-11-20T18:00:00.000Z', { note: 'In the future' }),
      ),
    });
    expect(result).toMatchObject({ own: { helped: 3, harmed: 2 }, witnessed: { helped: 1, harmed: 0 }, enough: true });
    expect(result.proud?.note).toBe('Stayed after the demo to thank Priya for the late nights');
    expect(result.watch).toEqual({ kind: 'tag', tag: 'rushed', label: 'Rushed', count: 2 });
    expect(result.suggestion).toEqual({ intention: { type: 'chip', id: 'be-present' }, reason: 'Rushed came up more than once this week.', general: false });
  });

  it('watches the strongest situation from "what goes with harm", with an if-then plan for it', () => {
    const patterns: HarmPatterns = {
      ...noPatterns,
      moments: 40,
      harmed: 14,
      groups: [
        { dimension: 'time-of-day', title: 'Time of day', hidden: 0, rows: [streakRow({ key: 'morning', phrase: 'moments in the morning', low: 0.3, standsOut: true })] },
        { dimension: 'streak', title: 'After back-to-back meetings', hidden: 0, rows: [streakRow(), streakRow({ key: '0', phrase: 'other moments', share: 0.05, standsOut: true })] },
      ],
    };
    const result = lookBack({ patterns, newestFirst: log(own('2026-11-18T10:00:00.000Z', { valence: 'harmed', tags: ['rushed'] }), own('2026-11-19T10:00:00.000Z', { valence: 'harmed', tags: ['rushed'] })) });
    expect(result.watch).toEqual({ kind: 'pattern', sentence: 'Of your 20 moments after three or more back-to-back meetings, 12 were harm (60%, 39–78%); otherwise 10%.' });
    expect(result.suggestion.general).toBe(false);
    expect(result.suggestion.intention.type === 'own' && result.suggestion.intention.text).toMatch(/^If I come straight out of back-to-back meetings, then I will/);
    // A situation that does not stand out from the rest is no pattern.
    const weak = lookBack({ patterns: { ...patterns, groups: [{ ...patterns.groups[1]!, rows: [streakRow({ standsOut: false })] }] } });
    expect(weak.watch).toBeNull();
  });

  it('puts an open repair first, and suggests recognition after a week without harm', () => {
    expect(lookBack({ openRepairs: 2 }).suggestion).toEqual({ intention: { type: 'chip', id: 'repair-something' }, reason: '2 repairs are still open: next week is a chance to make one.', general: false });
    const calm = lookBack({ newestFirst: log(own('2026-11-16T09:00:00.000Z'), own('2026-11-17T09:00:00.000Z'), own('2026-11-18T09:00:00.000Z')) });
    expect(calm.suggestion).toMatchObject({ intention: { type: 'chip', id: 'recognise-someone' }, general: false });
  });

  it('shows the intention already accepted for next week, and not one accepted for another week', () => {
    const intention = { type: 'chip', id: 'listen-first' } as const;
    expect(lookBack({ weekIntention: { weekStart: '2026-11-23', intention } }).accepted).toEqual(intention);
    expect(lookBack({ weekIntention: { weekStart: '2026-11-16', intention } }).accepted).toBeNull();
  });

  it('refuses a week that has not started', () => {
    const service = new LookBacks({ moments: { all: () => [] }, followUps: { all: () => [] }, patterns: () => noPatterns, settings: { get: () => ({ weekIntention: null }) }, clock: new FakeClock(new Date(NOW)), timeZone: () => 'Europe/Berlin' });
    expect(service.lookBack().weekStart).toBe('2026-11-16');
    expect(service.lookBack('2026-11-09').weekStart).toBe('2026-11-09');
    expect(() => service.lookBack('2026-11-23')).toThrow('That week has not started yet.');
  });
});
