import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatByteSize,
  formatDay,
  formatDayRange,
  formatDuration,
  formatInstant,
  formatList,
  formatNumber,
  formatPercent,
  formatRelative,
  formatTime,
  formatTimeRange,
  resolveLocale,
  canonicalLocale,
} from '../../../shared/format/locale-format';

// These run under five process zones: the text depends on the locale and the zone passed in, never on the machine's.
// Intl puts narrow and no-break spaces where a person would type a space ("9:30 AM", "40 %").
const spaced = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');
const MORNING = '2026-11-23T08:30:00.000Z'; // 09:30 in Berlin, 08:30 in London

describe('times follow the locale’s own clock, the same in every shape', () => {
  it.each([
    ['en-GB', '09:30', '09:30–10:00', 'Mon 23 Nov, 09:30'],
    ['en-US', '9:30 AM', '9:30 – 10:00 AM', 'Mon, Nov 23, 9:30 AM'],
    ['de-DE', '09:30', '09:30–10:00 Uhr', 'Mo., 23. Nov., 09:30'],
  ])('%s: %s', (locale, time, range, withDate) => {
    expect(spaced(formatTime(locale, MORNING, 'Europe/Berlin'))).toBe(time);
    expect(spaced(formatTimeRange(locale, MORNING, '2026-11-23T09:00:00.000Z', 'Europe/Berlin'))).toBe(range);
    expect(spaced(formatInstant(locale, MORNING, 'Europe/Berlin', 'weekdayShortDayMonthTime'))).toBe(withDate);
  });

  it('a time in the afternoon keeps its 24-hour or AM/PM form', () => {
    expect(spaced(formatTime('en-GB', '2026-11-23T13:05:00.000Z', 'Europe/Berlin'))).toBe('14:05');
    expect(spaced(formatTime('en-US', '2026-11-23T13:05:00.000Z', 'Europe/Berlin'))).toBe('2:05 PM');
    expect(spaced(formatTime('de-DE', '2026-11-23T13:05:00.000Z', 'America/Los_Angeles'))).toBe('05:05');
  });

  it('an instant is read in the zone given, not the process’s', () => {
    expect(spaced(formatInstant('en-GB', '2026-11-21T23:30:00.000Z', 'Europe/Berlin', 'weekdayDayMonth'))).toBe('Sunday 22 November');
    expect(spaced(formatInstant('en-GB', '2026-11-21T23:30:00.000Z', 'America/Los_Angeles', 'weekdayDayMonth'))).toBe('Saturday 21 November');
  });
});

describe('calendar days stay on their day in every zone', () => {
  it.each([
    ['en-GB', 'Monday 23 November', '23 November 2026', '16 – 22 Nov'],
    ['en-US', 'Monday, November 23', 'November 23, 2026', 'Nov 16 – 22'],
    ['de-DE', 'Montag, 23. November', '23. November 2026', '16.–22. Nov.'],
  ])('%s', (locale, long, withYear, week) => {
    expect(spaced(formatDay(locale, '2026-11-23', 'weekdayDayMonth'))).toBe(long);
    expect(spaced(formatDay(locale, '2026-11-23', 'dayMonthYear'))).toBe(withYear);
    expect(spaced(formatDayRange(locale, '2026-11-16', '2026-11-22'))).toBe(week);
  });

  it('counts whole days between two days across a clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });
});

describe('numbers, durations, relative times and lists', () => {
  it.each([
    ['en-GB', '12,345.5', '40%', '1.4 MB', '1 hr 5 mins', '3 days ago', 'Sam, Alex and Kim'],
    ['en-US', '12,345.5', '40%', '1.4 MB', '1 hr 5 min', '3 days ago', 'Sam, Alex, and Kim'],
    ['de-DE', '12.345,5', '40 %', '1,4 MB', '1 Std., 5 Min.', 'vor 3 Tagen', 'Sam, Alex und Kim'],
  ])('%s', (locale, number, percent, size, duration, ago, list) => {
    expect(spaced(formatNumber(locale, 12345.5))).toBe(number);
    expect(spaced(formatPercent(locale, 0.4))).toBe(percent);
    expect(spaced(formatByteSize(locale, 1.4 * 1024 * 1024))).toBe(size);
    expect(spaced(formatDuration(locale, 65))).toBe(duration);
    expect(spaced(formatRelative(locale, -3, 'day'))).toBe(ago);
    expect(spaced(formatList(locale, ['Sam', 'Alex', 'Kim']))).toBe(list);
  });

  it('says yesterday rather than one day ago', () => {
    expect(spaced(formatRelative('en-GB', -1, 'day'))).toBe('yesterday');
    expect(spaced(formatRelative('de-DE', -1, 'day'))).toBe('gestern');
  });
});

describe('locale tags', () => {
  it('keeps tags Intl knows and falls back for the rest', () => {
    expect(resolveLocale('en-GB')).toBe('en-GB');
    expect(resolveLocale('de')).toBe('de');
    expect(resolveLocale('not a tag!')).toBe('en-US');
    expect(resolveLocale(undefined, 'en-GB')).toBe('en-GB');
  });

  it('canonicalises a tag a window was given (case, order) without asking for locale data, and falls back for a malformed one', () => {
    expect(canonicalLocale('en-gb')).toBe('en-GB');
    expect(canonicalLocale('DE-de')).toBe('de-DE');
    expect(canonicalLocale('not a tag!')).toBe('en-US');
    expect(canonicalLocale('', 'de-DE')).toBe('de-DE');
    expect(canonicalLocale(null, 'en-GB')).toBe('en-GB');
  });
});
