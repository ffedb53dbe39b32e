import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeetingRulesSchema, OccurrenceSchema } from '../../../shared/domain/calendar';
import { expandOccurrences, expandParsed, parseCalendar, selectMeetings } from '../../../electron/services/calendar';
import { ics, range, readFixture } from './helpers';

const FIXTURES = ['google-work.ics', 'outlook-published.ics', 'icloud-personal.ics'];
const MONTH = range('2026-03-01T00:00:00Z', '2026-04-15T00:00:00Z');

describe('the two-step API', () => {
  it.each(FIXTURES)('gives the same occurrences as expandOccurrences for %s, all valid and sorted', (name) => {
    const text = readFixture(name);
    const once = expandOccurrences(text, MONTH, { timeZone: 'Europe/Berlin' });
    const parsed = parseCalendar(text, { timeZone: 'Europe/Berlin' });
    expect(expandParsed(parsed, MONTH)).toEqual(once);
    expect(expandParsed(parsed, MONTH)).toEqual(once); // re-expanding does not wear the parsed calendar
    for (const occurrence of once) expect(OccurrenceSchema.parse(occurrence)).toEqual(occurrence);
    const startMs = once.map((o) => (o.allDay ? Number.NaN : Date.parse(o.start))).filter((ms) => !Number.isNaN(ms));
    expect(startMs).toEqual([...startMs].sort((a, b) => a - b));
  });

  it('hands out copies: changing a result does not change the next one', () => {
    const parsed = parseCalendar(readFixture('google-work.ics'));
    const first = expandParsed(parsed, MONTH);
    first[0]!.attendees.push({ email: 'intruder@example.com', name: null, partstat: 'ACCEPTED' });
    first[0]!.title = 'changed';
    expect(expandParsed(parsed, MONTH)[0]!.title).toBe('Daily standup');
    expect(expandParsed(parsed, MONTH)[0]!.attendees.map((a) => a.email)).not.toContain('intruder@example.com');
  });

  it('rejects bad arguments with RangeError', () => {
    const text = readFixture('google-work.ics');
    expect(() => expandOccurrences(text, MONTH, { timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(() => expandOccurrences(text, { from: new Date('x'), to: new Date() })).toThrow(RangeError);
    expect(() => expandOccurrences(text, range('2026-04-01T00:00:00Z', '2026-03-01T00:00:00Z'))).toThrow(RangeError);
    const parsed = parseCalendar(text, { timeZone: 'Europe/Berlin' });
    expect(() => expandParsed(parsed, MONTH, { timeZone: 'Asia/Kolkata' })).toThrow(/parsed for Europe\/Berlin/);
    expect(expandParsed(parsed, MONTH, { timeZone: 'Europe/Berlin' }).length).toBeGreaterThan(0);
  });

  it('refuses to expand a window-parsed calendar outside its window', () => {
    const parsed = parseCalendar(readFixture('google-work.ics'), { window: MONTH });
    expect(() => expandParsed(parsed, range('2026-02-01T00:00:00Z', '2026-03-02T00:00:00Z'))).toThrow(RangeError);
    expect(expandParsed(parsed, range('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).map((o) => o.title)).toEqual(['Daily standup', '1:1 with Sam', 'Budget review']);
  });

  it('keeps meeting ids across a refresh in which an instance moved and was retitled', () => {
    const before = ics(['DTSTART;TZID=Europe/Berlin:20260302T100000\nDURATION:PT30M\nRRULE:FREQ=WEEKLY\nUID:weekly\nSUMMARY:1:1\nATTENDEE:mailto:sam@example.com']).replace('UID:event-0@test\r\n', '');
    const after = before.replace(
      'END:VCALENDAR',
      'BEGIN:VEVENT\r\nUID:weekly\r\nRECURRENCE-ID;TZID=Europe/Berlin:20260309T100000\r\nDTSTART;TZID=Europe/Berlin:20260310T160000\r\nDURATION:PT30M\r\nSUMMARY:1:1 (moved)\r\nATTENDEE:mailto:sam@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR',
    );
    const rules = MeetingRulesSchema.parse({ userEmails: ['alex@example.com'] });
    const week = range('2026-03-09T00:00:00Z', '2026-03-16T00:00:00Z');
    const [original] = selectMeetings(expandOccurrences(before, week), rules, 'src');
    const [moved] = selectMeetings(expandOccurrences(after, week), rules, 'src');
    expect(moved!.title).toBe('1:1 (moved)');
    expect(moved!.start).toBe('2026-03-10T15:00:00.000Z');
    expect(moved!.id).toBe(original!.id);
  });

  it('gives events without a UID the same id on every refresh', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260310T090000Z\r\nSUMMARY:No UID\r\nATTENDEE:mailto:sam@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const rules = MeetingRulesSchema.parse({ userEmails: ['alex@example.com'] });
    const ids = [0, 1].map(() => selectMeetings(expandOccurrences(text, MONTH), rules, 'src').map((m) => [m.uid, m.id]));
    expect(ids[0]).toEqual(ids[1]);
    expect(ids[0]![0]![0]).toMatch(/^touchpoint-[0-9a-f]{32}$/);
  });
});

describe('expansion properties', () => {
  const zones = ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC', 'America/Sao_Paulo'];
  const rules = ['FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=MONTHLY;BYDAY=1MO,-1FR', 'FREQ=MONTHLY;BYMONTHDAY=15', 'FREQ=HOURLY;INTERVAL=7'];

  it('splitting a range in two gives the same occurrences, each overlapping its range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...rules),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 15, max: 300 }),
        fc.integer({ min: 1, max: 40 * 24 }),
        fc.integer({ min: 0, max: 40 * 24 }),
        (zone, rule, startDay, hour, minutes, splitHours, offsetHours) => {
          const start = new Date(Date.UTC(2026, 0, 1 + startDay, hour));
          const wall = start.toISOString().replace(/[-:]|\.\d{3}Z/g, '');
          const text = ics([`DTSTART;TZID=${zone}:${wall}\nDURATION:PT${minutes}M\nRRULE:${rule}\nSUMMARY:Property`]);
          const from = new Date(Date.UTC(2026, 0, 1 + startDay) + offsetHours * 3_600_000);
          const middle = new Date(from.getTime() + splitHours * 3_600_000);
          const to = new Date(middle.getTime() + 20 * 24 * 3_600_000);
          const parsed = parseCalendar(text, { timeZone: zone });
          const whole = expandParsed(parsed, { from, to });
          const key = (o: { start: string; end: string }): string => `${o.start}/${o.end}`;
          const halves = new Set([...expandParsed(parsed, { from, to: middle }), ...expandParsed(parsed, { from: middle, to })].map(key));
          expect([...halves].sort()).toEqual(whole.map(key).sort());
          for (const occurrence of whole) {
            expect(Date.parse(occurrence.start)).toBeLessThan(to.getTime());
            expect(Date.parse(occurrence.end)).toBeGreaterThan(from.getTime());
            expect(occurrence.recurrenceId).toBe(occurrence.start);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
