import { describe, expect, it } from 'vitest';
import { expandOccurrences, parseCalendar } from '../../../electron/services/calendar';
import { ics, range } from './helpers';

const startsIn = (text: string, from: string, to: string, timeZone = 'UTC'): string[] => expandOccurrences(text, range(from, to), { timeZone }).map((o) => o.start);

const EASTERN_DEFINITION = [
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time 1',
  'BEGIN:STANDARD',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

describe('time zone names', () => {
  it('maps Windows names, quoted or not, to their IANA zones', () => {
    const text = ics([
      'DTSTART;TZID="Pacific Standard Time":20260701T090000\nDURATION:PT1H\nSUMMARY:Pacific',
      'DTSTART;TZID=W. Europe Standard Time:20260701T090000\nDURATION:PT1H\nSUMMARY:Europe',
      'DTSTART;TZID=India Standard Time:20260701T090000\nDURATION:PT1H\nSUMMARY:India',
      'DTSTART;TZID=Tokyo Standard Time:20260701T090000\nDURATION:PT1H\nSUMMARY:Tokyo',
    ]);
    expect(expandOccurrences(text, range('2026-06-30T00:00:00Z', '2026-07-02T00:00:00Z')).map((o) => [o.title, o.start])).toEqual([
      ['Tokyo', '2026-07-01T00:00:00.000Z'],
      ['India', '2026-07-01T03:30:00.000Z'],
      ['Europe', '2026-07-01T07:00:00.000Z'],
      ['Pacific', '2026-07-01T16:00:00.000Z'],
    ]);
  });

  it('reads IANA names without any VTIMEZONE, old Lightning paths and bare offsets', () => {
    const text = ics([
      'DTSTART;TZID=America/Sao_Paulo:20260115T090000\nSUMMARY:Sao Paulo',
      'DTSTART;TZID=/mozilla.org/20070129_1/Europe/Berlin:20260115T090000\nSUMMARY:Lightning path',
      'DTSTART;TZID="UTC+05:45":20260115T090000\nSUMMARY:Offset',
    ]);
    expect(expandOccurrences(text, range('2026-01-15T00:00:00Z', '2026-01-16T00:00:00Z')).map((o) => [o.title, o.start])).toEqual([
      ['Offset', '2026-01-15T03:15:00.000Z'],
      ['Lightning path', '2026-01-15T08:00:00.000Z'],
      ['Sao Paulo', '2026-01-15T12:00:00.000Z'],
    ]);
  });

  it('resolves a private TZID from its VTIMEZONE, DST included', () => {
    const text = ics(
      ['DTSTART;TZID=Eastern Standard Time 1:20260302T090000\nDURATION:PT30M\nRRULE:FREQ=WEEKLY;COUNT=2\nSUMMARY:Custom zone'],
      EASTERN_DEFINITION,
    );
    expect(startsIn(text, '2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual(['2026-03-02T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
  });

  it('matches an Exchange display name to a city zone', () => {
    const text = ics(['DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20260701T090000\nSUMMARY:Display name']);
    expect(startsIn(text, '2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z')).toEqual(['2026-07-01T07:00:00.000Z']);
  });

  it('reads an unknown zone as floating, says so, and never uses the process zone', () => {
    const text = ics(['DTSTART;TZID=Mars/Olympus_Mons:20260701T090000\nSUMMARY:Unknown zone']);
    expect(startsIn(text, '2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z', 'Asia/Kolkata')).toEqual(['2026-07-01T03:30:00.000Z']);
    const parsed = parseCalendar(text, { timeZone: 'Asia/Kolkata' });
    expect(parsed.warnings.map((w) => w.code)).toEqual(['unknown-time-zone']);
  });
});

describe('X-WR-TIMEZONE', () => {
  it('is the zone of floating times, before the caller\'s zone', () => {
    const text = ics(['DTSTART:20260701T090000\nDTEND:20260701T100000\nSUMMARY:Floating'], ['X-WR-TIMEZONE:America/New_York']);
    expect(startsIn(text, '2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z', 'Europe/Berlin')).toEqual(['2026-07-01T13:00:00.000Z']);
  });

  it('accepts a Windows name and ignores an unknown one with a warning', () => {
    const windows = ics(['DTSTART:20260701T090000\nSUMMARY:Floating'], ['X-WR-TIMEZONE:Tokyo Standard Time']);
    expect(startsIn(windows, '2026-06-30T00:00:00Z', '2026-07-02T00:00:00Z', 'Europe/Berlin')).toEqual(['2026-07-01T00:00:00.000Z']);
    const unknown = ics(['DTSTART:20260701T090000\nSUMMARY:Floating'], ['X-WR-TIMEZONE:Atlantis/Capital']);
    expect(startsIn(unknown, '2026-06-30T00:00:00Z', '2026-07-02T00:00:00Z', 'Europe/Berlin')).toEqual(['2026-07-01T07:00:00.000Z']);
    expect(parseCalendar(unknown, { timeZone: 'Europe/Berlin' }).warnings.map((w) => w.code)).toEqual(['unknown-time-zone']);
  });

  it('repeats a series whose DTSTART is in UTC in the calendar\'s wall clock; single events stay put', () => {
    const text = ics(
      [
        'DTSTART:20260302T090000Z\nDTEND:20260302T093000Z\nRRULE:FREQ=WEEKLY;COUNT=3\nSUMMARY:Weekly',
        'DTSTART:20260330T090000Z\nDTEND:20260330T093000Z\nSUMMARY:Single',
      ],
      ['X-WR-TIMEZONE:Europe/London'],
    );
    // 09:00Z is 09:00 in London in winter; after 29 March (BST, +1) 09:00 London is 08:00Z.
    expect(startsIn(text, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-09T09:00:00.000Z', '2026-03-16T09:00:00.000Z', '2026-03-30T09:00:00.000Z']);
    const later = ics(['DTSTART:20260302T090000Z\nDTEND:20260302T093000Z\nRRULE:FREQ=WEEKLY;COUNT=6\nSUMMARY:Weekly'], ['X-WR-TIMEZONE:Europe/London']);
    expect(startsIn(later, '2026-03-29T00:00:00Z', '2026-04-14T00:00:00Z')).toEqual(['2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z']);
  });
});
