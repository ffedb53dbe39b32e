import { describe, expect, it } from 'vitest';
import { MeetingRulesSchema } from '../../../shared/domain/calendar';
import { sameTimeLastWeek } from '../../../shared/domain/insights-weeks';
import type { Moment } from '../../../shared/domain/moment';
import { InsightsService } from '../../../electron/services/insights/insights-service';
import { countUntil } from '../../../electron/services/insights/trend';
import { WeekBuckets } from '../../../electron/services/insights/week-buckets';
import { FakeClock } from '../../support/fake-clock';
import { makeMoment } from '../../support/moments';

// Runs under five process zones: none of these answers may depend on the process zone.
describe('this week so far is compared with last week up to the same point', () => {
  it.each([
    // Monday noon in Berlin: Monday noon a week before.
    ['2026-11-23T11:00:00.000Z', 'Europe/Berlin', '2026-11-16T11:00:00.000Z'],
    // Across the end of summer time in Berlin (25 October): the same wall time, 169 hours back.
    ['2026-10-27T11:00:00.000Z', 'Europe/Berlin', '2026-10-20T10:00:00.000Z'],
    // Across the start of US summer time (8 March 2026): 167 hours back.
    ['2026-03-10T16:00:00.000Z', 'America/Los_Angeles', '2026-03-03T17:00:00.000Z'],
    // Seconds survive: the comparison point is exact.
    ['2026-11-23T11:00:42.500Z', 'Asia/Kolkata', '2026-11-16T11:00:42.500Z'],
  ])('at %s in %s that point is %s', (now, zone, expected) => {
    expect(sameTimeLastWeek(new Date(now), zone)).toBe(expected);
  });

  it('counts last week only up to that point, own and witnessed apart', () => {
    const buckets = new WeekBuckets(['2026-11-16', '2026-11-23'], 'Europe/Berlin');
    const at = (occurredAt: string, fields: Partial<Moment> = {}) => makeMoment({ occurredAt, ...fields });
    const newestFirst = [
      at('2026-11-23T08:00:00.000Z'), // this week: not counted
      at('2026-11-17T09:00:00.000Z'), // last Tuesday: after the point
      at('2026-11-16T10:59:00.000Z', { valence: 'harmed' }),
      at('2026-11-16T09:00:00.000Z'),
      at('2026-11-16T08:00:00.000Z', { kind: 'witnessed' }),
      at('2026-11-15T09:00:00.000Z'), // the week before: not counted
    ];
    expect(countUntil(newestFirst, buckets, 0, Date.parse('2026-11-16T11:00:00.000Z'))).toEqual({ own: { helped: 1, harmed: 1 }, witnessed: { helped: 1, harmed: 0 } });
    expect(countUntil(newestFirst, buckets, 0, Date.parse('2026-11-16T08:00:00.000Z'))).toEqual({ own: { helped: 0, harmed: 0 }, witnessed: { helped: 0, harmed: 0 } });
  });

  it('on Monday noon the page compares with last Monday noon, not last week’s total', () => {
    const moments = [
      makeMoment({ occurredAt: '2026-11-23T08:00:00.000Z' }),
      // Last week: one helped moment by Monday noon, five more later in the week.
      ...['2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16T15'].map((d) => makeMoment({ occurredAt: d.length === 10 ? `${d}T09:00:00.000Z` : `${d}:00:00.000Z` })),
      makeMoment({ occurredAt: '2026-11-16T09:00:00.000Z' }),
    ];
    const service = new InsightsService({
      moments: { all: () => moments },
      checkIns: { all: () => [] },
      outcomes: { values: () => [] },
      calendar: { meetingsBetween: () => [] },
      settings: { get: () => ({ insights: { notReachedWeeks: 3, team: [] }, meetingRules: MeetingRulesSchema.parse({}) }) },
      clock: new FakeClock('2026-11-23T11:00:00.000Z'),
      timeZone: () => 'Europe/Berlin',
    });
    const overview = service.overview(4);
    expect(overview.weeks.at(-2)!.own).toEqual({ helped: 6, harmed: 0 });
    expect(overview.sameTimeLastWeek).toEqual({ asOf: '2026-11-16T11:00:00.000Z', own: { helped: 1, harmed: 0 }, witnessed: { helped: 0, harmed: 0 } });
    const md = service.weeklySummary({ includeNotes: false }).markdown;
    expect(md).toContain('| Moments | This week so far | The week before, by the same time |');
    expect(md).toContain('Compared with the week before, by the same time: the same number helped (1), the same number harmed (0).');
    // A finished week is compared with the whole week before.
    expect(service.weeklySummary({ weekStart: '2026-11-16', includeNotes: false }).markdown).toContain('| Moments | This week | The week before |');
  });
});
