import { describe, expect, it } from 'vitest';
import { isMonday, mondayOf, weekOf, weekSpan, weeksEndingWith } from '../../../shared/domain/insights-weeks';
import { MeetingRulesSchema } from '../../../shared/domain/calendar';
import { InsightsService } from '../../../electron/services/insights/insights-service';
import { computeTrend } from '../../../electron/services/insights/trend';
import { WeekBuckets } from '../../../electron/services/insights/week-buckets';
import { FakeClock } from '../../support/fake-clock';
import { makeMoment } from '../../support/moments';

// Runs under five process zones: none of these answers may depend on the process zone.
const HOUR = 3_600_000;
const hours = (span: { from: string; to: string }) => (Date.parse(span.to) - Date.parse(span.from)) / HOUR;

describe('weeks start on Monday in the user’s zone', () => {
  it('finds the Monday of any day, across month and year ends', () => {
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-03-01')).toBe('2026-02-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // Friday
    expect(isMonday('2026-11-16')).toBe(true);
    expect(isMonday('2026-11-17')).toBe(false);
    expect(isMonday('2026-02-30')).toBe(false);
    expect(weeksEndingWith('2026-11-16', 3)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it.each([
    // Sunday 23:30 UTC is already Monday in Berlin, still Sunday in Los Angeles.
    ['2026-11-22T23:30:00.000Z', 'Europe/Berlin', '2026-11-23'],
    ['2026-11-22T23:30:00.000Z', 'America/Los_Angeles', '2026-11-16'],
    ['2026-11-22T23:30:00.000Z', 'UTC', '2026-11-16'],
    ['2026-11-22T18:29:00.000Z', 'Asia/Kolkata', '2026-11-16'], // 23:59 on Sunday
    ['2026-11-22T18:30:00.000Z', 'Asia/Kolkata', '2026-11-23'], // 00:00 on Monday
    ['2026-11-22T10:59:00.000Z', 'Pacific/Auckland', '2026-11-16'],
    ['2026-11-22T11:00:00.000Z', 'Pacific/Auckland', '2026-11-23'],
  ])('%s in %s is in the week of %s', (instant, zone, monday) => {
    expect(weekOf(instant, zone)).toBe(monday);
  });

  it.each([
    // Spring forward inside the week: one hour shorter; fall back: one hour longer.
    ['2026-03-23', 'Europe/Berlin', 167, '2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['2026-10-19', 'Europe/Berlin', 169, '2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ['2026-03-02', 'America/Los_Angeles', 167, '2026-03-02T08:00:00.000Z', '2026-03-09T07:00:00.000Z'],
    ['2026-10-26', 'America/Los_Angeles', 169, '2026-10-26T07:00:00.000Z', '2026-11-02T08:00:00.000Z'],
    ['2026-03-30', 'Pacific/Auckland', 169, '2026-03-29T11:00:00.000Z', '2026-04-05T12:00:00.000Z'],
    ['2026-09-21', 'Pacific/Auckland', 167, '2026-09-20T12:00:00.000Z', '2026-09-27T11:00:00.000Z'],
    ['2026-11-16', 'Asia/Kolkata', 168, '2026-11-15T18:30:00.000Z', '2026-11-22T18:30:00.000Z'],
  ])('the week of %s in %s lasts %i hours', (monday, zone, length, from, to) => {
    const span = weekSpan(monday, zone);
    expect(span).toEqual({ from, to });
    expect(hours(span)).toBe(length);
  });
});

describe('bucketing records into weeks', () => {
  const weeks = ['2026-03-23', '2026-03-30', '2026-04-06'];

  it('puts the last minute of Sunday and the first of Monday in different weeks, DST or not', () => {
    const berlin = new WeekBuckets(weeks, 'Europe/Berlin');
    // Sunday 29 March, 23:59 CEST (the spring-forward day) and Monday 30 March, 00:00 CEST.
    expect(berlin.indexOf(Date.parse('2026-03-29T21:59:00.000Z'))).toBe(0);
    expect(berlin.indexOf(Date.parse('2026-03-29T22:00:00.000Z'))).toBe(1);
    // 02:30 on the spring-forward night does not exist; 01:30 UTC is 03:30 CEST, still that Sunday.
    expect(berlin.indexOf(Date.parse('2026-03-29T01:30:00.000Z'))).toBe(0);
    expect(berlin.indexOf(Date.parse('2026-03-22T22:59:59.999Z'))).toBe(-1);
    expect(berlin.indexOf(Date.parse('2026-04-12T21:59:59.999Z'))).toBe(2);
    expect(berlin.indexOf(Date.parse('2026-04-12T22:00:00.000Z'))).toBe(-1);
  });

  it('reads each record in its own zone, with a fallback for a zone this system does not know', () => {
    const buckets = new WeekBuckets(weeks, 'Europe/Berlin');
    // Monday 30 March 09:00 UTC: Monday in Berlin and Los Angeles; Sunday 29 March 23:30 UTC is Monday in Auckland only.
    expect(buckets.indexOf(Date.parse('2026-03-29T23:30:00.000Z'), 'America/Los_Angeles')).toBe(0);
    expect(buckets.indexOf(Date.parse('2026-03-29T23:30:00.000Z'), 'Europe/Berlin')).toBe(1);
    expect(buckets.indexOf(Date.parse('2026-03-29T10:30:00.000Z'), 'Pacific/Auckland')).toBe(0); // Sunday 23:30 NZDT
    expect(buckets.indexOf(Date.parse('2026-03-29T11:00:00.000Z'), 'Pacific/Auckland')).toBe(1); // Monday 00:00 NZDT
    expect(buckets.indexOf(Date.parse('2026-03-29T23:30:00.000Z'), 'Not/AZone')).toBe(1); // as Berlin
  });

  it('counts a week of moments logged while travelling: each stays in the week it was lived in', () => {
    // Newest first, as the moment service keeps them.
    const moments = [
      // Sunday 5 April 23:30 in New York (DST) = Monday 6 April 05:30 in Berlin: week 2 for Berlin, week 1 as lived.
      makeMoment({ occurredAt: '2026-04-06T03:30:00.000Z', timeZone: 'America/New_York', valence: 'harmed', tags: ['rushed'] }),
      // Monday 30 March 00:10 in Berlin, just after the spring-forward week ended.
      makeMoment({ occurredAt: '2026-03-29T22:10:00.000Z', timeZone: 'Europe/Berlin', valence: 'helped', tags: ['listened'] }),
      // Sunday 29 March 23:50 in Berlin (CEST).
      makeMoment({ occurredAt: '2026-03-29T21:50:00.000Z', timeZone: 'Europe/Berlin', valence: 'helped', tags: ['listened', 'warmth'] }),
      makeMoment({ occurredAt: '2026-03-25T12:00:00.000Z', timeZone: 'Europe/Berlin', kind: 'witnessed', valence: 'harmed', tags: ['sarcasm'] }),
      // Too old for any bucket: the scan must stop, not count it.
      makeMoment({ occurredAt: '2026-01-05T12:00:00.000Z', timeZone: 'Europe/Berlin', valence: 'helped' }),
    ];
    const trend = computeTrend(moments, new WeekBuckets(weeks, 'Europe/Berlin'));
    expect(trend.weeks).toEqual([
      { own: { helped: 1, harmed: 0 }, witnessed: { helped: 0, harmed: 1 } },
      { own: { helped: 1, harmed: 1 }, witnessed: { helped: 0, harmed: 0 } },
      { own: { helped: 0, harmed: 0 }, witnessed: { helped: 0, harmed: 0 } },
    ]);
    expect(trend.builders).toEqual([
      { tag: 'listened', label: 'Listened', total: 2, perWeek: [1, 1, 0] },
      { tag: 'warmth', label: 'Warmth', total: 1, perWeek: [1, 0, 0] },
    ]);
    // Sarcasm was witnessed, not done: it is not one of the user's damagers.
    expect(trend.damagers).toEqual([{ tag: 'rushed', label: 'Rushed', total: 1, perWeek: [0, 1, 0] }]);
  });
});

describe('the current week follows the user’s zone', () => {
  const moment = makeMoment({ occurredAt: '2026-11-22T23:30:00.000Z', timeZone: 'Pacific/Auckland', valence: 'helped' });
  const service = (timeZone: string) =>
    new InsightsService({
      moments: { all: () => [{ ...moment, timeZone }] },
      checkIns: { all: () => [] },
      outcomes: { values: () => [] },
      calendar: { meetingsBetween: () => [] },
      settings: { get: () => ({ insights: { notReachedWeeks: 3, team: [] }, meetingRules: MeetingRulesSchema.parse({}) }) },
      clock: new FakeClock('2026-11-22T23:30:00.000Z'),
      timeZone: () => timeZone,
    });

  it.each([
    // Sunday 23:30 UTC: Monday noon in Auckland, Sunday afternoon in Los Angeles.
    ['Pacific/Auckland', '2026-11-23', '2026-11-02'],
    ['Europe/Berlin', '2026-11-23', '2026-11-02'],
    ['America/Los_Angeles', '2026-11-16', '2026-10-26'],
    ['UTC', '2026-11-16', '2026-10-26'],
  ])('in %s this week starts on %s', (zone, current, first) => {
    const overview = service(zone).overview(4);
    expect(overview.weeks.map((w) => w.weekStart)).toEqual([first, ...weeksEndingWith(current, 4).slice(1)]);
    expect(overview.weeks.at(-1)!.own).toEqual({ helped: 1, harmed: 0 });
    expect(service(zone).weeklySummary({ includeNotes: false }).weekStart).toBe(current);
  });
});
