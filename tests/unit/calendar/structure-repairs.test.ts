import { afterEach, describe, expect, it, vi } from 'vitest';
import { expandParsedWithReport, parseCalendar } from '../../../electron/services/calendar';
import { range } from './helpers';

// Structure slips older tools and hand-made exports really write (RFC 5545 §3.4, §3.6): each is
// repaired with a warning, and no event after the slip is lost.
const WEEK = range('2026-03-23T00:00:00Z', '2026-03-30T00:00:00Z');
const event = (uid: string, start: string, title: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, `DTSTART:${start}`, `SUMMARY:${title}`, 'END:VEVENT'];
const titles = (text: string): string[] => expandParsedWithReport(parseCalendar(text, { timeZone: 'UTC' }), WEEK).occurrences.map((o) => o.title);
const warnings = (text: string): string[] => parseCalendar(text, { timeZone: 'UTC' }).warnings.map((w) => `${w.code}: ${w.message}`);

describe('structure repairs that lose no data', () => {
  it('reads a calendar whose first line is indented (whitespace before BEGIN:VCALENDAR)', () => {
    const text = ['   \tBEGIN:VCALENDAR', 'VERSION:2.0', ...event('a', '20260324T090000Z', 'Indented start'), 'END:VCALENDAR', ''].join('\r\n');
    expect(titles(`\r\n${text}`)).toEqual(['Indented start']);
    expect(warnings(text)).toEqual(['structure-repaired: Spaces before the start of the calendar were ignored.']);
  });

  it('a misspelled END:VTOOD closes the to-do and every later event is read', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VTODO',
      'UID:todo',
      'SUMMARY:A task',
      'END:VTOOD',
      ...event('b', '20260324T090000Z', 'After the task'),
      ...event('c', '20260325T090000Z', 'Later still'),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(titles(text)).toEqual(['After the task', 'Later still']);
    expect(warnings(text)).toEqual(['structure-repaired: END:VTOOD was read as END:VTODO.']);
  });

  it('a misspelled END:VEVNT keeps its own event, and an event missing its END line ends where the next one begins', () => {
    const text = [
      'BEGIN:VCALENDAR',
      ...event('d', '20260324T090000Z', 'Misspelled end').map((line) => (line === 'END:VEVENT' ? 'END:VEVNT' : line)),
      ...event('e', '20260325T090000Z', 'No end line').slice(0, -1),
      ...event('f', '20260326T090000Z', 'Next one'),
      'BEGIN:VTODO',
      'UID:unclosed-todo',
      ...event('g', '20260327T090000Z', 'After an unclosed to-do'),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(titles(text)).toEqual(['Misspelled end', 'No end line', 'Next one', 'After an unclosed to-do']);
    expect(warnings(text)).toEqual([
      'structure-repaired: END:VEVNT was read as END:VEVENT.',
      'structure-repaired: An unclosed VEVENT was closed where BEGIN:VEVENT started.',
      'structure-repaired: An unclosed VTODO was closed where BEGIN:VEVENT started.',
    ]);
  });

  it('still ignores an END that names nothing open, and a known component name is never taken for a slip', () => {
    const text = ['BEGIN:VCALENDAR', ...event('h', '20260324T090000Z', 'Kept'), 'END:VTODO', 'END:VALARM', ...event('i', '20260325T090000Z', 'Also kept'), 'END:VCALENDAR', ''].join('\r\n');
    expect(titles(text)).toEqual(['Kept', 'Also kept']);
    expect(warnings(text)).toEqual(['structure-repaired: A stray END:VTODO was ignored.', 'structure-repaired: A stray END:VALARM was ignored.']);
  });
});

describe('events outside the calendar, slips in its own lines', () => {
  it('reads events written after END:VCALENDAR, and a file of bare VEVENTs, with a warning', () => {
    const after = ['BEGIN:VCALENDAR', ...event('j', '20260324T090000Z', 'Inside'), 'END:VCALENDAR', '', ...event('k', '20260325T090000Z', 'After the end'), ''].join('\r\n');
    expect(titles(after)).toEqual(['Inside', 'After the end']);
    expect(warnings(after)).toEqual(['structure-repaired: A VEVENT outside the calendar was read as part of it.']);
    const bare = [...event('l', '20260326T090000Z', 'Bare event'), ''].join('\n');
    expect(titles(bare)).toEqual(['Bare event']);
  });

  it('accepts END:VCALENDARD and a control character after END:VCALENDAR instead of calling the file cut off', () => {
    for (const end of ['END:VCALENDARD', 'END:VCALENDAR\u000e']) {
      const text = ['BEGIN:VCALENDAR', ...event('m', '20260324T090000Z', 'Kept'), end, ''].join('\r\n');
      expect(titles(text)).toEqual(['Kept']);
    }
  });

  it('ignores a rule with BYDAY=0MO (no such week) and keeps the first occurrence, where node-ical threw for the event', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:n', 'DTSTART;VALUE=DATE:20260324', 'RRULE:FREQ=MONTHLY;BYDAY=0MO,0TU', 'SUMMARY:Odd rule', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    expect(titles(text)).toEqual(['Odd rule']);
    expect(warnings(text)).toEqual(['rule-ignored: The repeat rule of an event was ignored (invalid BYDAY); only its first occurrence is shown.']);
  });
});

describe('versions of one event (RFC 5545 §3.8.7.4 SEQUENCE)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps the highest SEQUENCE of a series and of a changed instance, and prints nothing to the console', () => {
    const printed = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
    const version = (sequence: number, title: string, extra: string[] = []): string[] => [
      'BEGIN:VEVENT',
      'UID:versioned',
      `SEQUENCE:${sequence}`,
      'DTSTART:20260323T090000Z',
      'RRULE:FREQ=DAILY;COUNT=3',
      `SUMMARY:${title}`,
      ...extra,
      'END:VEVENT',
    ];
    const override = (sequence: number, title: string): string[] => [
      'BEGIN:VEVENT',
      'UID:versioned',
      `SEQUENCE:${sequence}`,
      'RECURRENCE-ID:20260324T090000Z',
      'DTSTART:20260324T100000Z',
      `SUMMARY:${title}`,
      'END:VEVENT',
    ];
    const text = [
      'BEGIN:VCALENDAR',
      ...version(2, 'Current'),
      ...version(1, 'Outdated'),
      ...override(3, 'Moved (current)'),
      ...override(0, 'Moved (outdated)'),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(expandParsedWithReport(parseCalendar(text, { timeZone: 'UTC' }), WEEK).occurrences.map((o) => `${o.start.slice(8, 13)} ${o.title}`)).toEqual([
      '23T09 Current',
      '24T10 Moved (current)',
      '25T09 Current',
    ]);
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
  });
});
