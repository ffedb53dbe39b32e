import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../electron/services/calendar';
import { ics, range, when } from './helpers';

const starts = (text: string, from: string, to: string, timeZone = 'UTC'): string[] => expandOccurrences(text, range(from, to), { timeZone }).map((o) => o.start);

describe('recurrence rules', () => {
  it('DAILY with INTERVAL and COUNT', () => {
    const text = ics(['DTSTART:20260301T100000Z\nDTEND:20260301T103000Z\nRRULE:FREQ=DAILY;INTERVAL=3;COUNT=4\nSUMMARY:Every third day']);
    expect(starts(text, '2026-02-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-01T10:00:00.000Z',
      '2026-03-04T10:00:00.000Z',
      '2026-03-07T10:00:00.000Z',
      '2026-03-10T10:00:00.000Z',
    ]);
  });

  it('WEEKLY on several days until an inclusive UNTIL, across the US change', () => {
    const text = ics(['DTSTART;TZID=America/New_York:20260302T090000\nDTEND;TZID=America/New_York:20260302T093000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260311T130000Z\nSUMMARY:MWF']);
    expect(starts(text, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-03-02T14:00:00.000Z', // EST, UTC-5
      '2026-03-04T14:00:00.000Z',
      '2026-03-06T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z', // EDT from 8 March, UTC-4
      '2026-03-11T13:00:00.000Z', // equal to UNTIL: included
    ]);
  });

  it('MONTHLY on the first Monday and on day 31', () => {
    const firstMonday = ics(['DTSTART;TZID=Europe/Berlin:20260105T090000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=4\nSUMMARY:First Monday']);
    expect(starts(firstMonday, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual([
      '2026-01-05T08:00:00.000Z',
      '2026-02-02T08:00:00.000Z',
      '2026-03-02T08:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
    const thirtyFirst = ics(['DTSTART:20260131T120000Z\nRRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3\nSUMMARY:Month end']);
    expect(starts(thirtyFirst, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual(['2026-01-31T12:00:00.000Z', '2026-03-31T12:00:00.000Z', '2026-05-31T12:00:00.000Z']);
  });

  it('MONTHLY on the last Friday', () => {
    const text = ics(['DTSTART;TZID=America/Los_Angeles:20260130T150000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=-1FR\nSUMMARY:Last Friday']);
    expect(starts(text, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z')).toEqual([
      '2026-01-30T23:00:00.000Z',
      '2026-02-27T23:00:00.000Z',
      '2026-03-27T22:00:00.000Z',
      '2026-04-24T22:00:00.000Z',
      '2026-05-29T22:00:00.000Z',
    ]);
  });

  it('YEARLY on the fourth Thursday of November', () => {
    const text = ics(['DTSTART:20251127T170000Z\nDURATION:PT2H\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\nSUMMARY:Thanksgiving lunch']);
    expect(starts(text, '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).toEqual(['2026-11-26T17:00:00.000Z', '2027-11-25T17:00:00.000Z']);
  });

  it('RDATE lists, PERIOD values and an override of an RDATE instance', () => {
    const text = ics([
      `DTSTART;TZID=Europe/Berlin:20260310T090000
       DTEND;TZID=Europe/Berlin:20260310T100000
       RDATE;TZID=Europe/Berlin:20260311T090000,20260313T090000
       RDATE;VALUE=PERIOD:20260312T140000Z/PT2H
       UID:extra-dates
       SUMMARY:Workshop`,
      `DTSTART;TZID=Europe/Berlin:20260311T150000
       DTEND;TZID=Europe/Berlin:20260311T160000
       RECURRENCE-ID;TZID=Europe/Berlin:20260311T090000
       UID:extra-dates
       SUMMARY:Workshop (afternoon)`,
    ]).replace(/UID:event-\d@test\r\n/g, '');
    expect(when(expandOccurrences(text, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')))).toEqual([
      ['2026-03-10T08:00:00.000Z', '2026-03-10T09:00:00.000Z', 'Workshop'],
      ['2026-03-11T14:00:00.000Z', '2026-03-11T15:00:00.000Z', 'Workshop (afternoon)'],
      ['2026-03-12T14:00:00.000Z', '2026-03-12T16:00:00.000Z', 'Workshop'],
      ['2026-03-13T08:00:00.000Z', '2026-03-13T09:00:00.000Z', 'Workshop'],
    ]);
  });

  it('EXDATE with TZID, in UTC, floating, as a DATE, with a Windows zone and as a list', () => {
    const text = ics([
      `DTSTART;TZID=Europe/Berlin:20260302T090000
       DURATION:PT15M
       RRULE:FREQ=DAILY;COUNT=8
       EXDATE;TZID=Europe/Berlin:20260303T090000
       EXDATE:20260304T080000Z
       EXDATE:20260305T090000
       EXDATE;VALUE=DATE:20260306
       EXDATE;TZID="W. Europe Standard Time":20260307T090000,20260308T090000
       SUMMARY:Daily`,
    ]);
    expect(starts(text, '2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual(['2026-03-02T08:00:00.000Z', '2026-03-09T08:00:00.000Z']);
  });

  it('reads an all-day EXDATE written as midnight UTC as that date, whatever the zone', () => {
    const text = ics(['DTSTART;VALUE=DATE:20260309\nRRULE:FREQ=DAILY;COUNT=3\nEXDATE:20260310T000000Z\nSUMMARY:All-day daily']);
    const days = expandOccurrences(text, range('2026-03-08T00:00:00Z', '2026-03-14T00:00:00Z'), { timeZone: 'America/Los_Angeles' }).map((o) => o.start);
    expect(days).toEqual(['2026-03-09', '2026-03-11']);
  });

  it('an EXDATE on a DATE excludes by the day in the series zone, not in UTC', () => {
    // 03:00 in Kolkata is 21:30 UTC the day before.
    const text = ics(['DTSTART;TZID=Asia/Kolkata:20260302T030000\nDURATION:PT30M\nRRULE:FREQ=DAILY;COUNT=3\nEXDATE;VALUE=DATE:20260303\nSUMMARY:Early']);
    expect(starts(text, '2026-03-01T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual(['2026-03-01T21:30:00.000Z', '2026-03-03T21:30:00.000Z']);
  });
});

describe('RECURRENCE-ID overrides', () => {
  const weekly = (overrides: string[]): string =>
    ics([
      'DTSTART;TZID=Europe/Berlin:20260302T100000\nDTEND;TZID=Europe/Berlin:20260302T103000\nRRULE:FREQ=WEEKLY\nUID:weekly\nSUMMARY:Weekly',
      ...overrides.map((body) => `UID:weekly\n${body}`),
    ]).replace(/UID:event-\d@test\r\n/g, '');

  it('moves an instance out of the range and another one into it', () => {
    const text = weekly([
      'RECURRENCE-ID;TZID=Europe/Berlin:20260316T100000\nDTSTART;TZID=Europe/Berlin:20260324T100000\nDTEND;TZID=Europe/Berlin:20260324T103000\nSEQUENCE:1\nSUMMARY:Weekly (moved in)',
      'RECURRENCE-ID;TZID=Europe/Berlin:20260323T100000\nDTSTART;TZID=Europe/Berlin:20260402T100000\nDTEND;TZID=Europe/Berlin:20260402T103000\nSEQUENCE:1\nSUMMARY:Weekly (moved out)',
    ]);
    const week = expandOccurrences(text, range('2026-03-23T00:00:00Z', '2026-03-30T00:00:00Z'));
    expect(week.map((o) => [o.start, o.title, o.recurrenceId])).toEqual([['2026-03-24T09:00:00.000Z', 'Weekly (moved in)', '2026-03-16T09:00:00.000Z']]);
    const original = expandOccurrences(text, range('2026-03-16T00:00:00Z', '2026-03-17T00:00:00Z'));
    expect(original).toEqual([]);
  });

  it('keeps the newest SEQUENCE when an instance was changed twice, whatever the order in the file', () => {
    const older = 'RECURRENCE-ID;TZID=Europe/Berlin:20260309T100000\nDTSTART;TZID=Europe/Berlin:20260309T110000\nDTEND;TZID=Europe/Berlin:20260309T113000\nSEQUENCE:1\nSUMMARY:First change';
    const newer = 'RECURRENCE-ID;TZID=Europe/Berlin:20260309T100000\nDTSTART;TZID=Europe/Berlin:20260309T120000\nDTEND;TZID=Europe/Berlin:20260309T123000\nSEQUENCE:2\nSUMMARY:Second change';
    for (const text of [weekly([older, newer]), weekly([newer, older])]) {
      expect(when(expandOccurrences(text, range('2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z')))).toEqual([
        ['2026-03-09T11:00:00.000Z', '2026-03-09T11:30:00.000Z', 'Second change'],
      ]);
    }
  });

  it('gives an override without an end the length of its series and inherits what it leaves out', () => {
    const text = weekly(['RECURRENCE-ID;TZID=Europe/Berlin:20260309T100000\nDTSTART;TZID=Europe/Berlin:20260309T140000\nSEQUENCE:1']);
    expect(when(expandOccurrences(text, range('2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z')))).toEqual([
      ['2026-03-09T13:00:00.000Z', '2026-03-09T13:30:00.000Z', 'Weekly'],
    ]);
  });

  it('matches an override given in UTC to an instance given in a zone', () => {
    const text = weekly(['RECURRENCE-ID:20260309T090000Z\nDTSTART:20260309T150000Z\nDTEND:20260309T153000Z\nSUMMARY:Weekly (UTC override)']);
    expect(starts(text, '2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual(['2026-03-09T15:00:00.000Z']);
  });

  it('moves an all-day instance to another day', () => {
    const text = ics([
      'DTSTART;VALUE=DATE:20260302\nRRULE:FREQ=WEEKLY;COUNT=3\nUID:allday\nSUMMARY:Plan the week',
      'RECURRENCE-ID;VALUE=DATE:20260309\nDTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260311\nUID:allday\nSUMMARY:Plan the week (Tuesday)',
    ]).replace(/UID:event-\d@test\r\n/g, '');
    expect(expandOccurrences(text, range('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z'), { timeZone: 'UTC' }).map((o) => [o.start, o.end, o.title, o.recurrenceId])).toEqual([
      ['2026-03-02', '2026-03-03', 'Plan the week', '2026-03-02'],
      ['2026-03-10', '2026-03-11', 'Plan the week (Tuesday)', '2026-03-09'],
      ['2026-03-16', '2026-03-17', 'Plan the week', '2026-03-16'],
    ]);
  });
});

describe('lengths and DST', () => {
  it('adds DURATION days in wall-clock time and hours exactly', () => {
    const text = ics([
      'DTSTART;TZID=Europe/Berlin:20260328T120000\nDURATION:P1D\nSUMMARY:One day',
      'DTSTART;TZID=Europe/Berlin:20260328T120000\nDURATION:PT24H\nSUMMARY:24 hours',
    ]);
    expect(when(expandOccurrences(text, range('2026-03-28T00:00:00Z', '2026-03-29T00:00:00Z')))).toEqual([
      ['2026-03-28T11:00:00.000Z', '2026-03-29T10:00:00.000Z', 'One day'],
      ['2026-03-28T11:00:00.000Z', '2026-03-29T11:00:00.000Z', '24 hours'],
    ]);
  });

  it('keeps 09:00 local through each test zone\'s DST changes', () => {
    const daily = (zone: string, start: string, count: number): string =>
      ics([`DTSTART;TZID=${zone}:${start}\nDURATION:PT30M\nRRULE:FREQ=DAILY;COUNT=${count}\nSUMMARY:Daily`]);
    const all = (text: string): string[] => starts(text, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(all(daily('America/Los_Angeles', '20261030T090000', 4))).toEqual(['2026-10-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z', '2026-11-01T17:00:00.000Z', '2026-11-02T17:00:00.000Z']);
    expect(all(daily('Europe/Berlin', '20261024T090000', 3))).toEqual(['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z']);
    expect(all(daily('Pacific/Auckland', '20260926T090000', 3))).toEqual(['2026-09-25T21:00:00.000Z', '2026-09-26T20:00:00.000Z', '2026-09-27T20:00:00.000Z']);
    expect(all(daily('Asia/Kolkata', '20260328T090000', 2))).toEqual(['2026-03-28T03:30:00.000Z', '2026-03-29T03:30:00.000Z']);
    expect(all(daily('UTC', '20260328T090000', 2))).toEqual(['2026-03-28T09:00:00.000Z', '2026-03-29T09:00:00.000Z']);
  });

  it('reads a time in the spring gap with the offset before it, and a repeated time as its first pass', () => {
    const text = ics([
      'DTSTART;TZID=Europe/Berlin:20260329T023000\nDURATION:PT30M\nSUMMARY:In the gap',
      'DTSTART;TZID=Europe/Berlin:20261025T023000\nDURATION:PT30M\nSUMMARY:In the repeated hour',
    ]);
    expect(starts(text, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual(['2026-03-29T01:30:00.000Z']); // 03:30 CEST
    expect(starts(text, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')).toEqual(['2026-10-25T00:30:00.000Z']); // 02:30 CEST
  });

  it('skips a repeated instance whose local time does not exist (RFC 5545 §3.3.10)', () => {
    const text = ics(['DTSTART;TZID=Europe/Berlin:20260327T023000\nDURATION:PT30M\nRRULE:FREQ=DAILY;COUNT=4\nSUMMARY:Nightly']);
    expect(starts(text, '2026-03-26T00:00:00Z', '2026-04-02T00:00:00Z')).toEqual([
      '2026-03-27T01:30:00.000Z',
      '2026-03-28T01:30:00.000Z',
      '2026-03-30T00:30:00.000Z',
      '2026-03-31T00:30:00.000Z',
    ]);
  });

  it('repeats floating times in the wall clock of the zone asked for', () => {
    const text = ics(['DTSTART:20260327T090000\nDTEND:20260327T091500\nRRULE:FREQ=DAILY;COUNT=3\nSUMMARY:Floating daily']);
    expect(starts(text, '2026-03-26T00:00:00Z', '2026-04-01T00:00:00Z', 'Europe/Berlin')).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z']);
    expect(starts(text, '2026-03-26T00:00:00Z', '2026-04-01T00:00:00Z', 'Asia/Kolkata')).toEqual(['2026-03-27T03:30:00.000Z', '2026-03-28T03:30:00.000Z', '2026-03-29T03:30:00.000Z']);
  });
});

describe('range overlap', () => {
  const text = ics([
    'DTSTART:20260310T080000Z\nDTEND:20260310T100000Z\nSUMMARY:Ends at the range start',
    'DTSTART:20260310T093000Z\nDTEND:20260310T103000Z\nSUMMARY:Started before, still running',
    'DTSTART:20260310T100000Z\nSUMMARY:Zero length at the range start',
    'DTSTART:20260309T120000Z\nDTEND:20260311T120000Z\nSUMMARY:Two days long',
    'DTSTART:20260310T120000Z\nDTEND:20260310T130000Z\nSUMMARY:Starts at the range end',
  ]);

  it('returns what overlaps [from, to): nothing that ends at from or starts at to', () => {
    expect(expandOccurrences(text, range('2026-03-10T10:00:00Z', '2026-03-10T12:00:00Z')).map((o) => o.title)).toEqual([
      'Two days long',
      'Started before, still running',
      'Zero length at the range start',
    ]);
  });

  it('finds an instance of a series that began before the range and runs into it', () => {
    const series = ics(['DTSTART:20260301T230000Z\nDTEND:20260302T010000Z\nRRULE:FREQ=DAILY\nSUMMARY:Overnight']);
    expect(when(expandOccurrences(series, range('2026-03-05T00:00:00Z', '2026-03-05T00:30:00Z')))).toEqual([
      ['2026-03-04T23:00:00.000Z', '2026-03-05T01:00:00.000Z', 'Overnight'],
    ]);
  });
});
