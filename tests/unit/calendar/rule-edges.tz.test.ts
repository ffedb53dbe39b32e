import { describe, expect, it } from 'vitest';
import { expandOccurrences } from '../../../electron/services/calendar';
import { ics, range, when } from './helpers';

const YEAR = range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
const starts = (text: string, timeZone = 'Europe/Berlin'): string[] => expandOccurrences(text, YEAR, { timeZone }).map((o) => o.start);

describe('a DTSTART that does not match its own RRULE is still the first instance (RFC 5545 §3.8.5.2, §3.8.5.3)', () => {
  // 24 March 2026 is the fourth Tuesday; Apple iCal and KOrganizer write such series with BYDAY=5TU.
  it('with COUNT: DTSTART counts as the first of the COUNT instances', () => {
    const text = ics(['DTSTART;TZID=America/Los_Angeles:20260324T100000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=5TU;COUNT=3\nSUMMARY:Fifth Tuesday']);
    expect(starts(text)).toEqual(['2026-03-24T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-06-30T17:00:00.000Z']);
  });

  it('without COUNT, for all-day series, and when UNTIL falls before DTSTART', () => {
    const open = ics(['DTSTART;TZID=Europe/Berlin:20260324T100000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=5TU\nSUMMARY:Fifth Tuesday']);
    expect(starts(open)).toEqual(['2026-03-24T09:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-06-30T08:00:00.000Z', '2026-09-29T08:00:00.000Z', '2026-12-29T09:00:00.000Z']);
    const allDay = ics(['DTSTART;VALUE=DATE:20260324\nRRULE:FREQ=MONTHLY;BYDAY=5TU;COUNT=2\nSUMMARY:Fifth Tuesday (all day)']);
    expect(starts(allDay, 'America/Los_Angeles')).toEqual(['2026-03-24', '2026-03-31']);
    const untilBefore = ics(['DTSTART:20260324T100000Z\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;UNTIL=20260301T000000Z\nSUMMARY:Stops before it starts']);
    expect(when(expandOccurrences(untilBefore, YEAR, { timeZone: 'UTC' }))).toEqual([['2026-03-24T10:00:00.000Z', '2026-03-24T11:00:00.000Z', 'Stops before it starts']]);
  });

  it('a DTSTART that matches its rule is not counted twice, and an EXDATE still removes it', () => {
    const matching = ics(['DTSTART;TZID=Europe/Berlin:20260331T100000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=5TU;COUNT=2\nSUMMARY:Fifth Tuesday']);
    expect(starts(matching)).toEqual(['2026-03-31T08:00:00.000Z', '2026-06-30T08:00:00.000Z']);
    const excluded = ics(['DTSTART;TZID=Europe/Berlin:20260324T100000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=5TU;COUNT=3\nEXDATE;TZID=Europe/Berlin:20260324T100000\nSUMMARY:Fifth Tuesday']);
    expect(starts(excluded)).toEqual(['2026-03-31T08:00:00.000Z', '2026-06-30T08:00:00.000Z']);
  });
});

describe('more than one RRULE in an event: the set is their union (RFC 2445 allowed several; RFC 5545 §3.8.5.3 readers keep them)', () => {
  it('repeats by both rules, each with its own COUNT, DTSTART once', () => {
    const text = ics([
      'DTSTART;TZID=Europe/Berlin:20260302T090000\nDURATION:PT30M\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\nRRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=2\nEXDATE;TZID=Europe/Berlin:20260309T090000\nSUMMARY:Twice weekly',
    ]);
    expect(starts(text, 'America/Los_Angeles')).toEqual(['2026-03-02T08:00:00.000Z', '2026-03-05T08:00:00.000Z', '2026-03-12T08:00:00.000Z', '2026-03-16T08:00:00.000Z']);
  });

  it('a bad second rule is ignored with a warning and the first still repeats', () => {
    const text = ics(['DTSTART:20260302T090000Z\nRRULE:FREQ=DAILY;COUNT=2\nRRULE:FREQ=SOMETIMES\nSUMMARY:Daily']);
    expect(starts(text, 'UTC')).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-03T09:00:00.000Z']);
  });
});
