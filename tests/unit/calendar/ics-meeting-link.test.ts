import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../electron/services/calendar';

/** Inline calendars: one event per case, with the properties Google, Outlook and others write. */
function ics(...eventLines: string[][]): string {
  const events = eventLines.map((lines, index) =>
    ['BEGIN:VEVENT', `UID:e${index}@test`, 'DTSTAMP:20260301T000000Z', `DTSTART:2026030${index + 2}T090000Z`, `DTEND:2026030${index + 2}T093000Z`, `SUMMARY:E${index}`, ...lines, 'END:VEVENT'].join('\r\n'),
  );
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

const range = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-10T00:00:00Z') };
const links = (text: string): (string | undefined)[] => expandOccurrences(text, range).map((occurrence) => occurrence.meetingUrl ?? undefined);

describe('meeting links in ICS and CalDAV events', () => {
  it('takes Google’s and Outlook’s conference properties, and a URL only for a known meeting service', () => {
    const text = ics(
      ['X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij'],
      ['X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting'],
      ['URL:https://us02web.zoom.us/j/123'],
      ['URL:https://example.com/agenda'],
      ['URL:https://meet.google.com.evil.test/abc'],
      ['LOCATION:Room 4'],
      ['URL:https://example.com/agenda', 'X-GOOGLE-CONFERENCE:https://meet.google.com/xyz-abcd-efg'],
      ['X-GOOGLE-CONFERENCE:not a link'],
    );
    expect(links(text)).toEqual([
      'https://meet.google.com/abc-defg-hij',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting',
      'https://us02web.zoom.us/j/123',
      undefined,
      undefined,
      undefined,
      'https://meet.google.com/xyz-abcd-efg',
      undefined,
    ]);
  });

  it('a moved instance keeps its series’ link unless it states its own', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:series@test',
      'DTSTAMP:20260301T000000Z',
      'DTSTART:20260302T090000Z',
      'DTEND:20260302T093000Z',
      'RRULE:FREQ=DAILY;COUNT=3',
      'SUMMARY:Standup',
      'X-GOOGLE-CONFERENCE:https://meet.google.com/aaa-bbbb-ccc',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:series@test',
      'DTSTAMP:20260301T000000Z',
      'RECURRENCE-ID:20260303T090000Z',
      'DTSTART:20260303T100000Z',
      'DTEND:20260303T103000Z',
      'SUMMARY:Standup (moved)',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:series@test',
      'DTSTAMP:20260301T000000Z',
      'RECURRENCE-ID:20260304T090000Z',
      'DTSTART:20260304T090000Z',
      'DTEND:20260304T093000Z',
      'SUMMARY:Standup (Zoom today)',
      'URL:https://zoom.us/j/42',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(links(text)).toEqual(['https://meet.google.com/aaa-bbbb-ccc', 'https://meet.google.com/aaa-bbbb-ccc', 'https://zoom.us/j/42']);
  });
});
