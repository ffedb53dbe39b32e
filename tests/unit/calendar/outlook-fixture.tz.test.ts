import { describe, expect, it } from 'vitest';
import { MeetingRulesSchema } from '../../../shared/domain/calendar';
import { expandOccurrences, parseCalendar, selectMeetings } from '../../../electron/services/calendar';
import { range, readFixture, when } from './helpers';

// Outlook / Office 365 "published calendar": Windows zone names (quoted and not), a "Customized
// Time Zone" known only from its VTIMEZONE (+05:30), busy status instead of TRANSP, rooms as
// attendees, HTML descriptions and alarms. The US changes to summer time on 8 March 2026,
// Europe on 29 March.
const text = readFixture('outlook-published.ics');

describe('Outlook-style calendar', () => {
  it('follows Pacific time across the US change and skips the EXDATE', () => {
    const weeks = expandOccurrences(text, range('2026-03-02T00:00:00Z', '2026-03-23T00:00:00Z'), { timeZone: 'Europe/Berlin' });
    expect(when(weeks)).toEqual([
      ['2026-03-03T13:00:00.000Z', '2026-03-03T14:00:00.000Z', 'Projektstatus Plattform'],
      ['2026-03-05T17:00:00.000Z', '2026-03-05T17:30:00.000Z', 'Weekly sync with US team'],
      ['2026-03-10T13:00:00.000Z', '2026-03-10T14:00:00.000Z', 'Projektstatus Plattform'],
      ['2026-03-12T16:00:00.000Z', '2026-03-12T16:30:00.000Z', 'Weekly sync with US team'],
      ['2026-03-17T13:00:00.000Z', '2026-03-17T14:00:00.000Z', 'Projektstatus Plattform'],
    ]);
  });

  it('reads W. Europe, Pacific and customized zones, a moved instance and an all-day holiday', () => {
    const weeks = expandOccurrences(text, range('2026-03-23T00:00:00Z', '2026-04-06T00:00:00Z'), { timeZone: 'Europe/Berlin' });
    expect(weeks.map((o) => [o.start, o.end, o.title, o.transparent])).toEqual([
      ['2026-03-24T13:00:00.000Z', '2026-03-24T14:00:00.000Z', 'Projektstatus Plattform', false],
      ['2026-03-25T11:00:00.000Z', '2026-03-25T12:00:00.000Z', 'Call with Bangalore team', false],
      ['2026-03-26T16:00:00.000Z', '2026-03-26T16:30:00.000Z', 'Weekly sync with US team', false],
      // X-MICROSOFT-CDO-BUSYSTATUS:FREE without TRANSP.
      ['2026-03-27T08:00:00.000Z', '2026-03-27T09:00:00.000Z', 'Office hours (drop in)', true],
      ['2026-03-31T08:00:00.000Z', '2026-03-31T08:30:00.000Z', 'Budget approval', false],
      ['2026-03-31T12:00:00.000Z', '2026-03-31T13:00:00.000Z', 'Projektstatus Plattform', false],
      ['2026-04-02T17:30:00.000Z', '2026-04-02T18:00:00.000Z', 'Weekly sync with US team', false],
      ['2026-04-03', '2026-04-04', 'Karfreitag', true],
    ]);
    const moved = weeks[6]!;
    expect(moved.recurrenceId).toBe('2026-04-02T16:00:00.000Z');
    expect(moved.attendees).toEqual([{ email: 'alex.manager@contoso.com', name: 'Alex Manager', partstat: 'ACCEPTED' }]);
    expect(moved.organizer).toEqual({ email: 'jordan.kim@contoso.com', name: 'Jordan Kim', partstat: 'ACCEPTED' });
  });

  it('leaves rooms out of attendees and keeps the location', () => {
    const [status] = expandOccurrences(text, range('2026-03-24T13:00:00Z', '2026-03-24T13:01:00Z'));
    expect(status!.location).toBe('Konferenzraum Rhein');
    expect(status!.attendees).toEqual([{ email: 'birgit.wagner@contoso.com', name: 'Birgit Wagner', partstat: 'ACCEPTED' }]);
  });

  it('ends the weekly series at UNTIL and the COUNT series after 20 Tuesdays', () => {
    const parsed = parseCalendar(text, { timeZone: 'Europe/Berlin' });
    const late = expandOccurrences(text, range('2026-05-18T00:00:00Z', '2026-07-01T00:00:00Z'));
    expect(late.map((o) => o.start)).toEqual([
      '2026-05-19T12:00:00.000Z', // 20th Tuesday
      '2026-05-21T16:00:00.000Z',
      '2026-05-28T16:00:00.000Z',
      '2026-06-04T16:00:00.000Z',
      '2026-06-11T16:00:00.000Z',
      '2026-06-18T16:00:00.000Z',
      '2026-06-25T16:00:00.000Z', // UNTIL=20260625T160000Z, inclusive
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('selects meetings for the published calendar owner', () => {
    const weeks = expandOccurrences(text, range('2026-03-23T00:00:00Z', '2026-04-06T00:00:00Z'), { timeZone: 'Europe/Berlin' });
    const rules = MeetingRulesSchema.parse({ userEmails: ['alex.manager@contoso.com'] });
    expect(selectMeetings(weeks, rules, 'outlook').map((m) => m.title)).toEqual([
      'Projektstatus Plattform',
      'Call with Bangalore team',
      'Weekly sync with US team',
      'Budget approval',
      'Projektstatus Plattform',
      'Weekly sync with US team',
    ]);
    const withFree = selectMeetings(weeks, { ...rules, includeFreeEvents: true }, 'outlook');
    expect(withFree.map((m) => m.title)).toContain('Office hours (drop in)');
  });
});
