import { describe, expect, it } from 'vitest';
import { expandOccurrences, parseCalendar } from '../../../electron/services/calendar';
import { ics, range } from './helpers';

// TZIDs written as labels (Exchange display names, Lotus and old Outlook offsets), without a
// VTIMEZONE: a weekly series at 09:00 local, asked in January and in July, so a zone read as a
// fixed offset shows up an hour off in one of them. RFC 5545 §3.2.19 leaves TZID text free.
const weekly = (tzid: string): string => ics([`DTSTART;TZID="${tzid}":20260105T090000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;COUNT=40\nSUMMARY:Weekly`]);
const firstStarts = (text: string, from: string): string[] =>
  expandOccurrences(text, range(from, new Date(Date.parse(from) + 7 * 86_400_000).toISOString()), { timeZone: 'UTC' }).map((o) => o.start);

describe('zones given as labels', () => {
  it.each([
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', '2026-01-12T03:30:00.000Z', '2026-07-13T03:30:00.000Z'],
    ['(UTC+05:45) Kathmandu', '2026-01-12T03:15:00.000Z', '2026-07-13T03:15:00.000Z'],
    ['(UTC-03:30) Newfoundland', '2026-01-12T12:30:00.000Z', '2026-07-13T11:30:00.000Z'],
    ['GMT+0530', '2026-01-12T03:30:00.000Z', '2026-07-13T03:30:00.000Z'],
    ['(UTC-05:00) Eastern Time (US & Canada)', '2026-01-12T14:00:00.000Z', '2026-07-13T13:00:00.000Z'],
    ['GMT-05.00/-04.00', '2026-01-12T14:00:00.000Z', '2026-07-13T13:00:00.000Z'],
    ['(UTC-09:00) Alaska', '2026-01-12T18:00:00.000Z', '2026-07-13T17:00:00.000Z'],
    ['(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', '2026-01-12T07:00:00.000Z', '2026-07-13T06:00:00.000Z'],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', '2026-01-12T08:00:00.000Z', '2026-07-13T07:00:00.000Z'],
    ['US-Eastern', '2026-01-12T14:00:00.000Z', '2026-07-13T13:00:00.000Z'],
    ['Western/Central Europe', '2026-01-12T08:00:00.000Z', '2026-07-13T07:00:00.000Z'],
  ])('"%s" repeats in the zone it names, daylight time included', (tzid, january, july) => {
    const text = weekly(tzid);
    expect(firstStarts(text, '2026-01-12T00:00:00Z')).toEqual([january]);
    expect(firstStarts(text, '2026-07-13T00:00:00Z')).toEqual([july]);
    expect(parseCalendar(text, { timeZone: 'UTC' }).warnings).toEqual([]);
  });

  it('never loses a series to an offset no named zone keeps all year (UTC-03:30), weekdays counted on its own clock', () => {
    // Monday 23:00 at UTC-03:30 is Tuesday 02:30 UTC: BYDAY=MO must be read on the zone's clock.
    const text = ics([
      'DTSTART;TZID="UTC-03:30":20260706T230000\nDTEND;TZID="UTC-03:30":20260707T000000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\nEXDATE;TZID="UTC-03:30":20260713T230000\nSUMMARY:Late call',
    ]);
    expect(expandOccurrences(text, range('2026-07-01T00:00:00Z', '2026-08-01T00:00:00Z'), { timeZone: 'UTC' }).map((o) => [o.start, o.end])).toEqual([
      ['2026-07-07T02:30:00.000Z', '2026-07-07T03:30:00.000Z'],
      ['2026-07-21T02:30:00.000Z', '2026-07-21T03:30:00.000Z'],
    ]);
    expect(parseCalendar(text, { timeZone: 'UTC' }).warnings).toEqual([]);
  });
});

describe('a private VTIMEZONE whose changes fall on other dates than its IANA match (RFC 5545 §3.6.5)', () => {
  // +01:00/+02:00 like Europe/Berlin, but summer time from the first Sunday of April (5 April 2026), not the last of March.
  const contoso = [
    'BEGIN:VTIMEZONE',
    'TZID:Contoso Time',
    'BEGIN:STANDARD',
    'DTSTART:16011028T030000',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010401T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];

  it('follows its own rules for a series and a single event, and its own changes for EXDATE', () => {
    const text = ics(
      [
        'DTSTART;TZID=Contoso Time:20260323T090000\nDTEND;TZID=Contoso Time:20260323T100000\nRRULE:FREQ=WEEKLY;COUNT=4\nEXDATE;TZID=Contoso Time:20260406T090000\nSUMMARY:Weekly',
        'DTSTART;TZID=Contoso Time:20260331T090000\nDURATION:PT30M\nSUMMARY:Single',
      ],
      contoso,
    );
    const occurrences = expandOccurrences(text, range('2026-03-20T00:00:00Z', '2026-04-20T00:00:00Z'), { timeZone: 'Europe/Berlin' });
    expect(occurrences.map((o) => [o.start, o.title])).toEqual([
      ['2026-03-23T08:00:00.000Z', 'Weekly'],
      ['2026-03-30T08:00:00.000Z', 'Weekly'], // still +01:00 in Contoso Time (Berlin is on +02:00 already)
      ['2026-03-31T08:00:00.000Z', 'Single'],
      ['2026-04-13T07:00:00.000Z', 'Weekly'],
    ]);
    expect(parseCalendar(text, { timeZone: 'UTC' }).warnings).toEqual([]);
  });

  it('reads "5SU" in a Windows-made definition as the last Sunday, so Berlin stays Berlin in years with four', () => {
    const fifth = contoso.map((line) => line.replace('BYMONTH=4;BYDAY=1SU', 'BYMONTH=3;BYDAY=5SU').replace('BYMONTH=10;BYDAY=-1SU', 'BYMONTH=10;BYDAY=5SU'));
    // March 2027 has four Sundays (the last is the 28th).
    const text = ics(['DTSTART;TZID=Contoso Time:20270329T090000\nDURATION:PT1H\nSUMMARY:Single'], fifth);
    expect(expandOccurrences(text, range('2027-03-20T00:00:00Z', '2027-04-20T00:00:00Z'), { timeZone: 'UTC' }).map((o) => o.start)).toEqual(['2027-03-29T07:00:00.000Z']);
  });

  it('keeps the IANA zone when the definition agrees with it (Exchange writes Berlin this way)', () => {
    const berlin = contoso.map((line) => line.replace('BYMONTH=4;BYDAY=1SU', 'BYMONTH=3;BYDAY=-1SU').replace('16010401', '16010325'));
    const text = ics(['DTSTART;TZID=Contoso Time:20260330T090000\nDURATION:PT1H\nSUMMARY:Single'], berlin);
    expect(expandOccurrences(text, range('2026-03-20T00:00:00Z', '2026-04-20T00:00:00Z'), { timeZone: 'UTC' }).map((o) => o.start)).toEqual(['2026-03-30T07:00:00.000Z']);
  });
});
