import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../electron/services/calendar';
import { range } from './helpers';

const DAY = range('2026-03-24T00:00:00Z', '2026-03-25T00:00:00Z');
const calendar = (...lines: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:text@test', 'DTSTART:20260324T090000Z', ...lines, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

describe('text values', () => {
  it('unescapes TEXT in one pass: \\\\n stays a backslash and an n', () => {
    const [occurrence] = expandOccurrences(calendar('SUMMARY:a\\, b\\; c\\\\n d\\Ne'), DAY);
    expect(occurrence!.title).toBe('a, b; c\\n d e');
  });

  it('unfolds lines continued with a space or a tab, inside words and escapes', () => {
    const [occurrence] = expandOccurrences(calendar('SUMMARY:Quarterly busi', ' ness review\\', '\t, Berlin', 'LOCATION:Raum 4', ' .12'), DAY);
    expect(occurrence!.title).toBe('Quarterly business review, Berlin');
    expect(occurrence!.location).toBe('Raum 4.12');
  });

  it('reads quoted parameters with separators, RFC 6868 escapes, and names that look like numbers', () => {
    const [occurrence] = expandOccurrences(
      calendar(
        'ORGANIZER;CN="Doe; Jane: PM":mailto:jane@example.com',
        'ATTENDEE;CN=2024;PARTSTAT=accepted:MAILTO:Team2024@Example.com',
        'ATTENDEE;CN="Kim ^\'KJ^\' Lee";PARTSTAT=DECLINED:mailto:kim@example.com',
        'ATTENDEE:mailto:kim@example.com',
        'ATTENDEE;CUTYPE=RESOURCE;CN=Projector:mailto:projector@example.com',
      ),
      DAY,
    );
    expect(occurrence!.organizer).toEqual({ email: 'jane@example.com', name: 'Doe; Jane: PM', partstat: 'ACCEPTED' });
    expect(occurrence!.attendees).toEqual([
      { email: 'team2024@example.com', name: '2024', partstat: 'ACCEPTED' },
      { email: 'kim@example.com', name: 'Kim "KJ" Lee', partstat: 'DECLINED' },
    ]);
  });

  it('keeps unicode, cuts very long titles and gives no title as an empty string', () => {
    const long = 'Ü'.repeat(600);
    const [titled] = expandOccurrences(calendar(`SUMMARY:Réunion 週次 👩‍💻 ${long}`), DAY);
    expect(titled!.title.startsWith('Réunion 週次 👩‍💻 ÜÜ')).toBe(true);
    expect(titled!.title).toHaveLength(500);
    expect(titled!.title.endsWith('…')).toBe(true);
    // 498 letters then an emoji across the cut: the emoji goes whole, not half.
    const [emoji] = expandOccurrences(calendar(`SUMMARY:${'a'.repeat(498)}😀😀`), DAY);
    expect(emoji!.title).toBe(`${'a'.repeat(498)}…`);
    const [untitled] = expandOccurrences(calendar('LOCATION:'), DAY);
    expect([untitled!.title, untitled!.location]).toEqual(['', null]);
  });
});
