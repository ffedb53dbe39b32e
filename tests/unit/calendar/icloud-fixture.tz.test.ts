import { describe, expect, it } from 'vitest';
import { expandOccurrences, expandParsed, parseCalendar } from '../../../electron/services/calendar';
import { range, readFixture, when } from './helpers';

// iCloud (Apple Calendar) export: IANA TZIDs with VTIMEZONE blocks (Los Angeles, Auckland) and
// one without (Kolkata), a floating event, RDATE, EXDATE, DURATION on an all-day event, and an
// orphan override (invited to a single occurrence). No X-WR-TIMEZONE: floating times and
// all-day dates use the caller's zone. Los Angeles changes on 8 March 2026; Auckland leaves
// summer time on 5 April 2026 (+13 → +12); Kolkata has no DST.
const text = readFixture('icloud-personal.ics');

describe('iCloud-style calendar', () => {
  const parsed = parseCalendar(text, { timeZone: 'America/Los_Angeles' });

  it('expands a week in Los Angeles', () => {
    expect(when(expandParsed(parsed, range('2026-03-23T00:00:00Z', '2026-03-30T00:00:00Z')))).toEqual([
      ['2026-03-23T15:00:00.000Z', '2026-03-23T15:45:00.000Z', 'Mentoring with Ana'],
      // Tuesday 09:00 in Auckland (NZDT, +13) is Monday 20:00 UTC.
      ['2026-03-23T20:00:00.000Z', '2026-03-23T20:30:00.000Z', 'APAC partner call'],
      // Floating 09:00 read in the caller's zone (PDT).
      ['2026-03-25T16:00:00.000Z', '2026-03-25T17:00:00.000Z', 'Dentist'],
      ['2026-03-26T13:00:00.000Z', '2026-03-26T13:30:00.000Z', 'Sync with Priya'],
      ['2026-03-26T17:00:00.000Z', '2026-03-26T18:00:00.000Z', 'Design review'],
      // DURATION:P3D on a DATE: three calendar days, end exclusive.
      ['2026-03-27', '2026-03-30', 'LeadDev conference'],
    ]);
  });

  it('adds the RDATE, skips the EXDATE and follows Auckland out of summer time', () => {
    expect(when(expandParsed(parsed, range('2026-03-30T00:00:00Z', '2026-04-13T00:00:00Z')))).toEqual([
      // The conference's last day ends at midnight Los Angeles time, 07:00 UTC.
      ['2026-03-27', '2026-03-30', 'LeadDev conference'],
      ['2026-03-30T20:00:00.000Z', '2026-03-30T20:30:00.000Z', 'APAC partner call'],
      ['2026-04-01T15:00:00.000Z', '2026-04-01T15:45:00.000Z', 'Mentoring with Ana'],
      ['2026-04-06T21:00:00.000Z', '2026-04-06T21:30:00.000Z', 'APAC partner call'],
    ]);
  });

  it('counts COUNT from DTSTART, including the excluded instance and not the RDATE', () => {
    const mentoring = expandParsed(parsed, range('2026-02-01T00:00:00Z', '2026-06-01T00:00:00Z')).filter((o) => o.title === 'Mentoring with Ana');
    expect(mentoring.map((o) => o.start)).toEqual([
      '2026-02-23T16:00:00.000Z', // PST
      '2026-03-09T15:00:00.000Z', // PDT from 8 March
      '2026-03-23T15:00:00.000Z',
      '2026-04-01T15:00:00.000Z', // RDATE
      '2026-04-20T15:00:00.000Z',
      '2026-05-04T15:00:00.000Z',
    ]);
    expect(mentoring.every((o) => o.recurrenceId === o.start)).toBe(true);
  });

  it('reads floating times in the zone asked for', () => {
    const dentist = (timeZone: string): string[] => {
      const [occurrence] = expandOccurrences(text, range('2026-03-24T00:00:00Z', '2026-03-26T00:00:00Z'), { timeZone }).filter((o) => o.title === 'Dentist');
      return [occurrence!.start, occurrence!.end];
    };
    expect(dentist('Europe/Berlin')).toEqual(['2026-03-25T08:00:00.000Z', '2026-03-25T09:00:00.000Z']);
    expect(dentist('Asia/Kolkata')).toEqual(['2026-03-25T03:30:00.000Z', '2026-03-25T04:30:00.000Z']);
    expect(dentist('Pacific/Auckland')).toEqual(['2026-03-24T20:00:00.000Z', '2026-03-24T21:00:00.000Z']);
  });

  it('keeps an orphan override as a single occurrence with its RECURRENCE-ID', () => {
    const [review] = expandParsed(parsed, range('2026-03-26T17:00:00Z', '2026-03-26T17:30:00Z'));
    expect(review).toMatchObject({
      uid: 'E2F3A4B5-C6D7-4E8F-9A0B-1C2D3E4F5A6B',
      recurrenceId: '2026-03-26T17:00:00.000Z',
      location: 'Blue Bottle Coffee 300 Webster St, Oakland CA 94607, United States',
      organizer: { email: 'kai@example.org', name: 'Kai Brown', partstat: 'ACCEPTED' },
    });
  });

  it('places all-day dates by the caller\'s zone when the calendar names none', () => {
    const inAuckland = parseCalendar(text, { timeZone: 'Pacific/Auckland' });
    // 27 March begins at 2026-03-26T11:00Z in Auckland: a range ending there misses it, one after it does not.
    const titles = (from: string, to: string): string[] => expandParsed(inAuckland, range(from, to)).filter((o) => o.allDay).map((o) => o.title);
    expect(titles('2026-03-26T00:00:00Z', '2026-03-26T11:00:00Z')).toEqual([]);
    expect(titles('2026-03-26T00:00:00Z', '2026-03-26T11:00:01Z')).toEqual(['LeadDev conference']);
  });
});
