import { describe, expect, it } from 'vitest';
import { MeetingRulesSchema } from '../../../shared/domain/calendar';
import { expandOccurrences, expandParsed, parseCalendar, selectMeetings } from '../../../electron/services/calendar';
import { range, readFixture, when } from './helpers';

// Google Calendar "secret address in iCal format": X-WR-TIMEZONE Europe/Berlin with its VTIMEZONE,
// overrides as separate VEVENTs, birthdays and all-day events, one series anchored in UTC.
// Berlin switches to summer time on Sunday 29 March 2026 (CET +1 → CEST +2).
const text = readFixture('google-work.ics');
// The user lives in Berlin too; all-day dates are placed in the user's zone.
const expand = (from: string, to: string) => expandOccurrences(text, range(from, to), { timeZone: 'Europe/Berlin' });

describe('Google-style calendar', () => {
  it('expands the week of the DST change with moved, excluded and cancelled instances', () => {
    const week = expand('2026-03-23T00:00:00Z', '2026-03-30T00:00:00Z');
    expect(when(week)).toEqual([
      ['2026-03-23T08:15:00.000Z', '2026-03-23T08:30:00.000Z', 'Daily standup'],
      ['2026-03-24T08:15:00.000Z', '2026-03-24T08:30:00.000Z', 'Daily standup'],
      // Monday's 1:1 was moved to Tuesday 14:00 CET.
      ['2026-03-24T13:00:00.000Z', '2026-03-24T13:30:00.000Z', '1:1 with Sam'],
      ['2026-03-24T15:00:00.000Z', '2026-03-24T16:00:00.000Z', 'Budget, Q2; planning \\ review with Finance and the platform leads (long title)'],
      // All-day dates begin at midnight in the user's zone (Berlin here).
      ['2026-03-25', '2026-03-26', "Sam Lee's birthday"],
      ['2026-03-25T08:15:00.000Z', '2026-03-25T08:30:00.000Z', 'Daily standup'],
      ['2026-03-25T12:00:00.000Z', '2026-03-25T14:00:00.000Z', 'Focus time'],
      ['2026-03-25T15:00:00.000Z', '2026-03-25T15:30:00.000Z', 'Vendor call: licence renewal'],
      ['2026-03-26', '2026-03-28', 'Team offsite'],
      // DTSTART in UTC (08:00Z on a January Thursday) repeats at 09:00 Berlin time.
      ['2026-03-26T08:00:00.000Z', '2026-03-26T09:00:00.000Z', 'Leadership sync'],
      ['2026-03-26T08:15:00.000Z', '2026-03-26T08:30:00.000Z', 'Daily standup'],
      ['2026-03-26T10:00:00.000Z', '2026-03-26T10:45:00.000Z', 'Hiring sync'],
      ['2026-03-26T13:00:00.000Z', '2026-03-26T14:00:00.000Z', 'Quarterly planning'],
      ['2026-03-27T08:15:00.000Z', '2026-03-27T08:30:00.000Z', 'Daily standup'],
      ['2026-03-27T11:30:00.000Z', '2026-03-27T12:30:00.000Z', 'Lunch with Priya'],
      ['2026-03-27T15:00:00.000Z', '2026-03-27T16:00:00.000Z', 'Team retro'],
      // 01:30 CET to 03:30 CEST is one hour.
      ['2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z', 'Night deploy (on call)'],
    ]);
  });

  it('keeps the wall-clock time after the change and honours UNTIL, overrides and the retitled instance', () => {
    const week = expand('2026-03-30T00:00:00Z', '2026-04-06T00:00:00Z');
    expect(when(week)).toEqual([
      ['2026-03-30T07:15:00.000Z', '2026-03-30T07:30:00.000Z', 'Daily standup'],
      ['2026-03-30T08:00:00.000Z', '2026-03-30T08:30:00.000Z', '1:1 with Sam (quarterly goals)'],
      ['2026-03-31T07:15:00.000Z', '2026-03-31T07:30:00.000Z', 'Daily standup'],
      ['2026-04-01T07:15:00.000Z', '2026-04-01T07:30:00.000Z', 'Daily standup'],
      ['2026-04-01T11:00:00.000Z', '2026-04-01T13:00:00.000Z', 'Focus time'],
      ['2026-04-02T07:00:00.000Z', '2026-04-02T08:00:00.000Z', 'Leadership sync'],
      // UNTIL=20260402T071500Z includes this last one.
      ['2026-04-02T07:15:00.000Z', '2026-04-02T07:30:00.000Z', 'Daily standup'],
    ]);
    expect(week[1]!.recurrenceId).toBe('2026-03-30T08:00:00.000Z');
  });

  it('returns the moved instance under its original RECURRENCE-ID with its details', () => {
    const [moved] = expand('2026-03-24T12:00:00Z', '2026-03-24T14:00:00Z');
    expect(moved).toEqual({
      uid: '4k2v9s1p0q8r7t6u5w4x3y2z1a@google.com',
      recurrenceId: '2026-03-23T09:00:00.000Z',
      title: '1:1 with Sam',
      start: '2026-03-24T13:00:00.000Z',
      end: '2026-03-24T13:30:00.000Z',
      allDay: false,
      status: 'CONFIRMED',
      transparent: false,
      organizer: { email: 'alex@example.com', name: 'Alex Manager', partstat: 'ACCEPTED' },
      attendees: [
        { email: 'sam.lee@example.com', name: 'Sam Lee', partstat: 'ACCEPTED' },
        { email: 'alex@example.com', name: 'Alex Manager', partstat: 'ACCEPTED' },
      ],
      location: null,
      // The series' Google Meet link (X-GOOGLE-CONFERENCE), kept by the moved instance.
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
    });
  });

  it('returns a cancelled instance as that instance, marked CANCELLED', () => {
    const day = expand('2026-04-06T00:00:00Z', '2026-04-07T00:00:00Z');
    expect(day.map((o) => [o.start, o.title, o.status, o.recurrenceId])).toEqual([
      ['2026-04-06T08:00:00.000Z', '1:1 with Sam', 'CANCELLED', '2026-04-06T08:00:00.000Z'],
    ]);
  });

  it('skips the EXDATE and keeps the rest of that day', () => {
    expect(when(expand('2026-03-16T00:00:00Z', '2026-03-17T00:00:00Z'))).toEqual([
      ['2026-03-16T08:15:00.000Z', '2026-03-16T08:30:00.000Z', 'Daily standup'],
    ]);
  });

  it('repeats every other first Monday, and stops a COUNT series after its last instance', () => {
    const parsed = parseCalendar(text, { timeZone: 'Europe/Berlin' });
    expect(when(expandParsed(parsed, range('2026-05-04T00:00:00Z', '2026-05-05T00:00:00Z')))).toEqual([
      ['2026-05-04T08:00:00.000Z', '2026-05-04T08:30:00.000Z', '1:1 with Sam'],
      ['2026-05-04T13:00:00.000Z', '2026-05-04T14:00:00.000Z', 'Budget review'],
    ]);
    expect(when(expandParsed(parsed, range('2026-04-01T00:00:00Z', '2026-04-30T00:00:00Z'))).filter(([, , title]) => title === 'Team retro')).toEqual([
      ['2026-04-24T14:00:00.000Z', '2026-04-24T15:00:00.000Z', 'Team retro'],
    ]);
    expect(expandParsed(parsed, range('2026-05-29T00:00:00Z', '2026-05-30T00:00:00Z'))).toEqual([]);
  });

  it('repeats a yearly all-day event from 1990', () => {
    const parsed = parseCalendar(text, { timeZone: 'Europe/Berlin' });
    const birthday = expandParsed(parsed, range('2030-03-20T00:00:00Z', '2030-03-30T00:00:00Z')).filter((o) => o.allDay);
    expect(birthday.map((o) => [o.start, o.end, o.allDay, o.transparent, o.recurrenceId])).toEqual([['2030-03-25', '2030-03-26', true, true, '2030-03-25']]);
  });

  it('places all-day dates in the user\'s zone, not the calendar\'s', () => {
    // For a user in Auckland, 25 March runs from 2026-03-24T11:00Z to 2026-03-25T11:00Z (NZDT, +13).
    const inAuckland = (from: string, to: string): string[] =>
      expandOccurrences(text, range(from, to), { timeZone: 'Pacific/Auckland' }).filter((o) => o.allDay).map((o) => o.title);
    expect(inAuckland('2026-03-24T10:00:00Z', '2026-03-24T11:00:00Z')).toEqual([]);
    expect(inAuckland('2026-03-24T11:00:00Z', '2026-03-24T11:01:00Z')).toEqual(["Sam Lee's birthday"]);
  });

  it('unescapes and unfolds text, drops rooms from attendees and keeps names with commas', () => {
    const [budget] = expand('2026-03-24T15:00:00Z', '2026-03-24T15:01:00Z');
    expect(budget!.location).toBe('Room 4, 2nd floor Building B');
    expect(budget!.organizer).toEqual({ email: 'morgan@example.com', name: 'Morgan Diaz, Finance', partstat: 'ACCEPTED' });
    const [standup] = expand('2026-03-23T08:15:00Z', '2026-03-23T08:16:00Z');
    expect(standup!.attendees.map((a) => [a.email, a.partstat])).toEqual([
      ['lee.park@example.com', 'ACCEPTED'],
      ['alex@example.com', 'ACCEPTED'],
      ['priya@example.com', 'TENTATIVE'],
    ]);
  });

  it('selects the meetings: no all-day, cancelled, declined, solo or ignored-title events', () => {
    const week = expand('2026-03-23T00:00:00Z', '2026-03-30T00:00:00Z');
    const rules = MeetingRulesSchema.parse({ userEmails: ['mailto:ALEX@example.com'] });
    expect(selectMeetings(week, rules, 'google').map((m) => `${m.start.slice(5, 16)} ${m.title}`)).toEqual([
      '03-23T08:15 Daily standup',
      '03-24T08:15 Daily standup',
      '03-24T13:00 1:1 with Sam',
      '03-24T15:00 Budget, Q2; planning \\ review with Finance and the platform leads (long title)',
      '03-25T08:15 Daily standup',
      '03-25T15:00 Vendor call: licence renewal',
      '03-26T08:00 Leadership sync',
      '03-26T08:15 Daily standup',
      '03-27T08:15 Daily standup',
      '03-27T15:00 Team retro',
      '03-29T00:30 Night deploy (on call)',
    ]);
  });
});
