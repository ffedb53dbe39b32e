import { describe, expect, it } from 'vitest';
import {
  CalendarParseError,
  MAX_EVENT_COMPONENTS,
  MAX_ICS_CHARS,
  expandOccurrences,
  expandParsedWithReport,
  parseCalendar,
} from '../../../electron/services/calendar';
import { ics, range, readFixture } from './helpers';

const WEEK = range('2026-03-23T00:00:00Z', '2026-03-30T00:00:00Z');

function parseError(run: () => unknown): CalendarParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof CalendarParseError) return error;
    throw error;
  }
  throw new Error('expected a CalendarParseError');
}

describe('inputs that are not a usable calendar', () => {
  it.each([
    ['an empty body', ''],
    ['an HTML login page', '<!DOCTYPE html><html><body><form action="/login">Sign in</form></body></html>'],
    ['a JSON error', '{"error":{"code":404,"message":"Not Found"}}'],
    ['binary noise', '\u0000\u0001\u00ff\u00fe'.repeat(1000)],
  ])('rejects %s as not a calendar, in plain words', (_, body) => {
    const error = parseError(() => parseCalendar(body, { timeZone: 'UTC' }));
    expect(error.code).toBe('not-a-calendar');
    expect(error.message).toBe('This is not an iCalendar (.ics) calendar: no BEGIN:VCALENDAR was found.');
  });

  it('rejects a download cut off in the middle rather than returning part of it as if complete', () => {
    const full = readFixture('google-work.ics');
    const error = parseError(() => parseCalendar(full.slice(0, Math.floor(full.length / 2)), { timeZone: 'UTC' }));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/cut off/);
  });

  it('refuses text above the size limit before reading it', () => {
    const huge = `BEGIN:VCALENDAR\r\n${'X'.repeat(MAX_ICS_CHARS)}`;
    const error = parseError(() => parseCalendar(huge, { timeZone: 'UTC' }));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('The calendar is too large to read (64 MB; the limit is 64 MB).');
  });
});

describe('malformed parts of a calendar', () => {
  it('skips broken events and properties and keeps every valid event', () => {
    const text = ics([
      'DTSTART:20260324T090000Z\nDTEND:20260324T100000Z\nSUMMARY:Valid one',
      'SUMMARY:No start at all',
      'DTSTART:yesterday\nSUMMARY:Unreadable start',
      'DTSTART:20261324T090000Z\nSUMMARY:Month 13',
      'DTSTART:20260324T110000Z\nDTSTART:20260324T120000Z\nSUMMARY:Two starts (first wins)',
      'DTSTART:20260325T090000Z\nRRULE:FREQ=FORTNIGHTLY\nSUMMARY:Unknown frequency',
      'DTSTART:20260325T100000Z\nRRULE:FREQ=DAILY;INTERVAL=0\nSUMMARY:Interval zero',
      'DTSTART:20260325T110000Z\nDTEND:garbage\nDURATION:PT30M\nSUMMARY:Bad end, good duration',
      'DTSTART:20260325T120000Z\nEXDATE:20260325T120000Z,notadate\nRRULE:FREQ=DAILY;COUNT=2\nSUMMARY:Half a bad EXDATE',
    ]);
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    const titles = expandParsedWithReport(parsed, WEEK).occurrences.map((o) => `${o.start.slice(5, 16)} ${o.title}`);
    expect(titles).toEqual([
      '03-24T09:00 Valid one',
      '03-24T11:00 Two starts (first wins)',
      '03-25T09:00 Unknown frequency',
      '03-25T10:00 Interval zero',
      '03-25T11:00 Bad end, good duration',
      '03-26T12:00 Half a bad EXDATE',
    ]);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['event-skipped', 'event-skipped', 'event-skipped', 'rule-ignored', 'rule-ignored']);
  });

  it('repairs broken structure: unclosed events, stray ENDs, nested calendars, lowercase names, CR-only lines', () => {
    const text = [
      'garbage before the calendar',
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:unclosed',
      'DTSTART:20260324T080000Z',
      'BEGIN:VEVENT',
      'uid:lowercase',
      'dtstart:20260324T090000Z',
      'summary:Lowercase names',
      'end:vevent',
      'END:VTODO',
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:second-calendar',
      'DTSTART:20260324T100000Z',
      'SUMMARY:From a concatenated calendar',
      'END:VEVENT',
      'a line without a colon',
      'END:VCALENDAR',
      '',
    ].join('\r');
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    // An event missing its END line ends where the next one begins: neither is lost.
    expect(expandParsedWithReport(parsed, WEEK).occurrences.map((o) => o.title)).toEqual(['', 'Lowercase names', 'From a concatenated calendar']);
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      'An unclosed VEVENT was closed where BEGIN:VEVENT started.',
      'A stray END:VTODO was ignored.',
      'A calendar started inside another one; the first was closed.',
    ]);
  });

  it('loses only the event node-ical still refuses, not the calendar', () => {
    const text = ics(['DTSTART:20260324T090000Z\nRRULE:FREQ=MONTHLY;BYSETPOS=0;BYDAY=MO\nSUMMARY:BYSETPOS zero', 'DTSTART:20260325T090000Z\nSUMMARY:Fine']);
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    expect(expandParsedWithReport(parsed, WEEK).occurrences.map((o) => o.title)).toEqual(['Fine']);
    expect(parsed.warnings).toEqual([{ code: 'event-skipped', uid: 'event-0@test', message: 'An event that could not be read was skipped.' }]);
  });

  it('drops an absurdly long property instead of reading it', () => {
    const text = ics([`DTSTART:20260324T090000Z\nSUMMARY:${'A'.repeat(20_000)}\nLOCATION:Room 1`]);
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    expect(expandParsedWithReport(parsed, WEEK).occurrences.map((o) => [o.title, o.location])).toEqual([['', 'Room 1']]);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['property-skipped']);
  });
});

describe('hostile content', () => {
  it('keeps markup as plain text and strips control and bidi characters', () => {
    const text = ics([
      'DTSTART:20260324T090000Z\nSUMMARY:<script>alert("x")</script>\u0007 Standup\u202e\u0000\nLOCATION:<img src=x onerror=alert(1)>\u001b[31m',
    ]);
    const [occurrence] = expandOccurrences(text, WEEK);
    expect(occurrence!.title).toBe('<script>alert("x")</script> Standup');
    expect(occurrence!.location).toBe('<img src=x onerror=alert(1)>[31m');
  });

  it('treats a UID of "__proto__" as an ordinary id', () => {
    const text = ics(['UID:__proto__\nDTSTART:20260324T090000Z\nSUMMARY:Proto']).replace('UID:event-0@test\r\n', '');
    expect(expandOccurrences(text, WEEK).map((o) => [o.uid, o.title])).toEqual([['__proto__', 'Proto']]);
    expect(({} as Record<string, unknown>).summary).toBeUndefined();
  });

  // How long these take is measured by the calendar bench, not here: a timed assertion fails on a busy machine.
  it('bounds a never-ending FREQ=SECONDLY rule to the per-series cap, starting at the window', () => {
    const text = ics(['DTSTART:20200101T000000Z\nRRULE:FREQ=SECONDLY\nSUMMARY:Every second']);
    const report = expandParsedWithReport(parseCalendar(text, { timeZone: 'UTC' }), WEEK);
    expect(report.occurrences).toHaveLength(1_000);
    expect(report.occurrences[0]!.start).toBe('2026-03-23T00:00:00.000Z');
    expect(report.occurrences[999]!.start).toBe('2026-03-23T00:16:39.000Z');
    expect(report.truncated).toBe(true);
  });

  it('bounds a million-occurrence FREQ=MINUTELY rule, and gives up fast where COUNT would need a million steps', () => {
    const text = ics(['DTSTART:20200101T000000Z\nRRULE:FREQ=MINUTELY;COUNT=1000000\nSUMMARY:Every minute']);
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    const near = expandParsedWithReport(parsed, range('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z'), { maxOccurrencesPerSeries: 50 });
    expect(near.occurrences.map((o) => o.start).slice(0, 2)).toEqual(['2020-01-01T00:00:00.000Z', '2020-01-01T00:01:00.000Z']);
    expect(near.occurrences).toHaveLength(50);
    // Counting 525,600 instances to reach 2021 is refused by rrule-temporal's iteration cap.
    const far = expandParsedWithReport(parsed, range('2021-01-01T00:00:00Z', '2021-01-02T00:00:00Z'));
    expect(far.occurrences).toEqual([]);
    expect(far.problems.map((p) => p.code)).toEqual(['rule-ignored']);
  });

  it('refuses a rule that could produce 86,400 instances a day and keeps its first', () => {
    const seconds = Array.from({ length: 60 }, (_, i) => i).join(',');
    const text = ics([`DTSTART:20260324T000000Z\nRRULE:FREQ=DAILY;BYHOUR=${Array.from({ length: 24 }, (_, i) => i).join(',')};BYMINUTE=${seconds};BYSECOND=${seconds}\nSUMMARY:Absurd`]);
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    expect(expandParsedWithReport(parsed, WEEK).occurrences.map((o) => o.start)).toEqual(['2026-03-24T00:00:00.000Z']);
    expect(parsed.warnings[0]!.message).toMatch(/86400 times per daily period/);
  });

  it('survives a rule that never matches: its DTSTART is still the first (and only) instance', () => {
    const text = ics(['DTSTART:20260101T090000Z\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\nSUMMARY:Never', 'DTSTART:20260324T090000Z\nSUMMARY:Other']);
    const report = expandParsedWithReport(parseCalendar(text, { timeZone: 'UTC' }), range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'));
    expect(report.occurrences.map((o) => [o.start, o.title])).toEqual([
      ['2026-01-01T09:00:00.000Z', 'Never'],
      ['2026-03-24T09:00:00.000Z', 'Other'],
    ]);
  });

  it('stops at the total cap and at the time budget, and says it did', () => {
    const text = ics(Array.from({ length: 20 }, (_, i) => `DTSTART:2026032${i % 7}T0${i % 10}0000Z\nRRULE:FREQ=DAILY\nSUMMARY:Series ${i}`));
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    const capped = expandParsedWithReport(parsed, WEEK, { maxOccurrences: 10 });
    expect(capped.occurrences.length).toBeLessThanOrEqual(10);
    expect(capped.truncated).toBe(true);
    const outOfTime = expandParsedWithReport(parsed, WEEK, { timeBudgetMs: -1 });
    expect(outOfTime.occurrences).toEqual([]);
    expect(outOfTime.problems.map((p) => p.code)).toEqual(['expansion-truncated']);
  });
});

describe('huge calendars', () => {
  /** ~2.5 KB per event, like Outlook exports with HTML bodies. */
  function bigCalendar(events: number): string {
    const body = `X-ALT-DESC;FMTTYPE=text/html:<html><body>${'<p>Notes from the meeting, kept for the record.</p>'.repeat(24)}</body></html>`;
    const description = `DESCRIPTION:${'Agenda item\\, with details. '.repeat(20)}`;
    const parts = ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'];
    for (let i = 0; i < events; i++) {
      const day = new Date(Date.UTC(2018, 0, 1) + i * 3_600_000 * 5).toISOString().replace(/[-:]|\.\d{3}/g, '');
      parts.push(`BEGIN:VEVENT\r\nUID:big-${i}\r\nDTSTART:${day}\r\nDURATION:PT30M\r\nSUMMARY:Meeting ${i}\r\n${description}\r\n${body}\r\nEND:VEVENT\r\n`);
    }
    parts.push('END:VCALENDAR\r\n');
    return parts.join('');
  }

  // The time each read takes is a figure of the calendar bench; here, what is read.
  it('reads a 50 MB calendar, and with a window only the events near it', () => {
    const text = bigCalendar(26_000);
    expect(text.length).toBeGreaterThan(50_000_000);
    const parsed = parseCalendar(text, { timeZone: 'UTC' });
    expect(parsed.singles).toHaveLength(26_000);
    const week = range('2020-09-01T00:00:00Z', '2020-09-08T00:00:00Z');
    const windowed = parseCalendar(text, { timeZone: 'UTC', window: week });
    // Only events near the window are read (a few days of slack), and the week comes out the same.
    expect(windowed.singles.length).toBeLessThan(70);
    expect(expandParsedWithReport(windowed, week).occurrences).toEqual(expandParsedWithReport(parsed, week).occurrences);
    // Events every 5 h from 2018-01-01: 1 Sept 2020 is hour 23,376, so events 4,676 (04:00Z) to 4,708 (hour 23,540).
    expect(expandParsedWithReport(windowed, week).occurrences.map((o) => o.uid)).toEqual(Array.from({ length: 33 }, (_, i) => `big-${4676 + i}`));
  }, 120_000);

  it('refuses more events than it can read, without reading them all', () => {
    const tiny = Array.from({ length: MAX_EVENT_COMPONENTS + 1 }, (_, i) => `BEGIN:VEVENT\r\nUID:t${i}\r\nDTSTART:20260324T090000Z\r\nEND:VEVENT\r\n`);
    const text = `BEGIN:VCALENDAR\r\n${tiny.join('')}END:VCALENDAR\r\n`;
    const error = parseError(() => parseCalendar(text, { timeZone: 'UTC' }));
    expect(error.code).toBe('too-many-events');
    expect(error.message).toBe('The calendar has more than 50,000 events to read; it cannot be used as is.');
  }, 60_000);
});
