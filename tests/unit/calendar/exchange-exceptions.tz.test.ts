import { describe, expect, it } from 'vitest';
import { expandOccurrences, expandParsedWithReport, parseCalendar } from '../../../electron/services/calendar';
import { ics, range, when } from './helpers';

// What Exchange and Outlook write for exceptions of a series, read from every user zone (the
// process zone varies with the suite; the user's zone is the option).
const USER_ZONES = ['America/Los_Angeles', 'UTC', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Auckland'];
const FEBRUARY = range('2026-02-01T00:00:00Z', '2026-03-15T00:00:00Z');

const allDaySeries = (...extra: string[]): string =>
  ['DTSTART;VALUE=DATE:20260211', 'DTEND;VALUE=DATE:20260212', 'RRULE:FREQ=WEEKLY;COUNT=4', 'SUMMARY:Site visit', ...extra].join('\n');

describe('all-day series with date-time exceptions (RFC 5545 §3.8.4.4)', () => {
  it.each(USER_ZONES)('EXDATE;TZID=W. Europe Standard Time:…T000000 removes that date for a user in %s', (timeZone) => {
    const text = ics([allDaySeries('EXDATE;TZID=W. Europe Standard Time:20260218T000000')]);
    expect(expandOccurrences(text, FEBRUARY, { timeZone }).map((o) => o.start)).toEqual(['2026-02-11', '2026-02-25', '2026-03-04']);
  });

  it.each(USER_ZONES)('RECURRENCE-ID;TZID=Tokyo Standard Time:…T000000 moves that date once for a user in %s', (timeZone) => {
    const text = ics([
      allDaySeries(),
      'RECURRENCE-ID;TZID=Tokyo Standard Time:20260218T000000\nDTSTART;VALUE=DATE:20260219\nDTEND;VALUE=DATE:20260220\nSUMMARY:Site visit (moved)',
    ]).replace('UID:event-1@test', 'UID:event-0@test');
    expect(when(expandOccurrences(text, FEBRUARY, { timeZone }))).toEqual([
      ['2026-02-11', '2026-02-12', 'Site visit'],
      ['2026-02-19', '2026-02-20', 'Site visit (moved)'],
      ['2026-02-25', '2026-02-26', 'Site visit'],
      ['2026-03-04', '2026-03-05', 'Site visit'],
    ]);
  });
});

describe('EXDATE wins over an override of the same instance (RFC 5545 §3.8.5.1)', () => {
  const series = 'DTSTART;TZID=Europe/Berlin:20260302T100000\nDTEND;TZID=Europe/Berlin:20260302T110000\nRRULE:FREQ=WEEKLY;COUNT=4\nSUMMARY:Planning';

  it('an instance moved and later deleted stays deleted', () => {
    const text = ics([
      `${series}\nEXDATE;TZID=Europe/Berlin:20260309T100000`,
      'RECURRENCE-ID;TZID=Europe/Berlin:20260309T100000\nDTSTART;TZID=Europe/Berlin:20260311T150000\nDTEND;TZID=Europe/Berlin:20260311T160000\nSUMMARY:Planning (moved)',
    ]).replace('UID:event-1@test', 'UID:event-0@test');
    expect(when(expandOccurrences(text, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'), { timeZone: 'Europe/Berlin' }))).toEqual([
      ['2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z', 'Planning'],
      ['2026-03-16T09:00:00.000Z', '2026-03-16T10:00:00.000Z', 'Planning'],
      ['2026-03-23T09:00:00.000Z', '2026-03-23T10:00:00.000Z', 'Planning'],
    ]);
  });

  it('also when the override was moved into the range from a date outside it, and for all-day series', () => {
    const timed = ics([
      `${series}\nEXDATE:20260302T090000Z`,
      'RECURRENCE-ID;TZID=Europe/Berlin:20260302T100000\nDTSTART;TZID=Europe/Berlin:20260317T100000\nDTEND;TZID=Europe/Berlin:20260317T110000\nSUMMARY:Planning (moved)',
    ]).replace('UID:event-1@test', 'UID:event-0@test');
    expect(expandOccurrences(timed, range('2026-03-17T00:00:00Z', '2026-03-18T00:00:00Z'), { timeZone: 'UTC' })).toEqual([]);
    const allDay = ics([
      allDaySeries('EXDATE;VALUE=DATE:20260211'),
      'RECURRENCE-ID;VALUE=DATE:20260211\nDTSTART;VALUE=DATE:20260213\nSUMMARY:Site visit (moved)',
    ]).replace('UID:event-1@test', 'UID:event-0@test');
    expect(expandOccurrences(allDay, range('2026-02-13T00:00:00Z', '2026-02-14T00:00:00Z'), { timeZone: 'UTC' })).toEqual([]);
  });
});

describe('a value too large for any date', () => {
  it('DURATION:P999999999999999999W costs only its own length, never the neighbouring events', () => {
    const text = ics([
      'DTSTART:20260301T090000Z\nDTEND:20260301T100000Z\nSUMMARY:Before',
      'DTSTART:20260301T110000Z\nDURATION:P999999999999999999W\nSUMMARY:Impractical',
      'DTSTART:20260301T120000Z\nDURATION:PT30M\nRRULE:FREQ=DAILY;COUNT=2\nSUMMARY:After',
      'DTSTART:20260301T130000Z\nDURATION:P999999999999999999W\nRRULE:FREQ=DAILY;COUNT=2\nSUMMARY:Impractical series',
    ]);
    const march = range('2026-03-01T00:00:00Z', '2026-03-03T00:00:00Z');
    expect(when(expandOccurrences(text, march, { timeZone: 'UTC' }))).toEqual([
      ['2026-03-01T09:00:00.000Z', '2026-03-01T10:00:00.000Z', 'Before'],
      ['2026-03-01T11:00:00.000Z', '2026-03-01T11:00:00.000Z', 'Impractical'],
      ['2026-03-01T12:00:00.000Z', '2026-03-01T12:30:00.000Z', 'After'],
      ['2026-03-01T13:00:00.000Z', '2026-03-01T13:00:00.000Z', 'Impractical series'],
      ['2026-03-02T12:00:00.000Z', '2026-03-02T12:30:00.000Z', 'After'],
      ['2026-03-02T13:00:00.000Z', '2026-03-02T13:00:00.000Z', 'Impractical series'],
    ]);
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['property-skipped', 'property-skipped']);
    expect(expandParsedWithReport(parsed, march).problems).toEqual([]);
  });
});

describe('RECURRENCE-ID;RANGE=THISANDFUTURE (RFC 5545 §3.2.13, §3.8.4.4), as Outlook and Apple write it', () => {
  const series = 'DTSTART;TZID=Europe/Berlin:20260302T100000\nDTEND;TZID=Europe/Berlin:20260302T110000\nRRULE:FREQ=WEEKLY;COUNT=6\nSUMMARY:Planning';
  const fromThird = 'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20260316T100000\nDTSTART;TZID=Europe/Berlin:20260317T140000\nDTEND;TZID=Europe/Berlin:20260317T143000\nSUMMARY:Planning (new slot)';

  it('moves this and every later instance on the wall clock, with the new length and title, across the DST change', () => {
    const text = ics([series, fromThird]).replace('UID:event-1@test', 'UID:event-0@test');
    const occurrences = expandOccurrences(text, range('2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'), { timeZone: 'America/Los_Angeles' });
    expect(occurrences.map((o) => [o.start, o.end, o.title, o.recurrenceId])).toEqual([
      ['2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z', 'Planning', '2026-03-02T09:00:00.000Z'],
      ['2026-03-09T09:00:00.000Z', '2026-03-09T10:00:00.000Z', 'Planning', '2026-03-09T09:00:00.000Z'],
      ['2026-03-17T13:00:00.000Z', '2026-03-17T13:30:00.000Z', 'Planning (new slot)', '2026-03-16T09:00:00.000Z'],
      ['2026-03-24T13:00:00.000Z', '2026-03-24T13:30:00.000Z', 'Planning (new slot)', '2026-03-23T09:00:00.000Z'],
      ['2026-03-31T12:00:00.000Z', '2026-03-31T12:30:00.000Z', 'Planning (new slot)', '2026-03-30T08:00:00.000Z'],
      ['2026-04-07T12:00:00.000Z', '2026-04-07T12:30:00.000Z', 'Planning (new slot)', '2026-04-06T08:00:00.000Z'],
    ]);
  });

  it('a later single-instance change and an EXDATE still win over it', () => {
    const text = ics([
      `${series}\nEXDATE;TZID=Europe/Berlin:20260406T100000`,
      fromThird,
      'RECURRENCE-ID;TZID=Europe/Berlin:20260323T100000\nDTSTART;TZID=Europe/Berlin:20260325T090000\nDTEND;TZID=Europe/Berlin:20260325T093000\nSUMMARY:Planning (once on Wednesday)',
    ]).replace(/UID:event-\d@test/g, 'UID:event-0@test');
    const titles = expandOccurrences(text, range('2026-03-15T00:00:00Z', '2026-05-01T00:00:00Z'), { timeZone: 'UTC' }).map((o) => `${o.start.slice(5, 16)} ${o.title}`);
    expect(titles).toEqual(['03-17T13:00 Planning (new slot)', '03-25T08:00 Planning (once on Wednesday)', '03-31T12:00 Planning (new slot)']);
  });
});
