import { describe, expect, it } from 'vitest';
import { dayKey, fromWallTime, toWallTime } from '../../../shared/domain/time';
import { describeDay, groupByDay } from '../../../shared/domain/log-view';
import { formatTime } from '../../../shared/format/locale-format';
import english from '../../../shared/i18n/en/index';
import { createTranslator } from '../../../shared/i18n/translator';

const { t } = createTranslator('en-GB', { en: english });

// These run under five process zones; the answers must not change with the process zone.
describe('day keys and wall times in the user’s zone', () => {
  it('buckets an instant into the day it was in that zone', () => {
    expect(dayKey('2026-11-21T23:30:00.000Z', 'Europe/Berlin')).toBe('2026-11-22');
    expect(dayKey('2026-11-21T23:30:00.000Z', 'America/Los_Angeles')).toBe('2026-11-21');
    expect(dayKey('2026-11-21T11:00:00.000Z', 'Pacific/Auckland')).toBe('2026-11-22');
  });

  it.each([
    ['2026-11-21T14:05', 'America/Los_Angeles', '2026-11-21T22:05:00.000Z'],
    ['2026-03-29T01:59', 'Europe/Berlin', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29T03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    // 02:30 does not exist on the spring-forward day: clocks jump, so it means 03:30.
    ['2026-03-29T02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    // 02:30 happens twice on the fall-back day: the earlier one (still summer time) is meant.
    ['2026-10-25T02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['2026-04-05T02:30', 'Pacific/Auckland', '2026-04-04T13:30:00.000Z'],
    ['2026-11-01T01:30', 'America/Los_Angeles', '2026-11-01T08:30:00.000Z'],
    ['2026-06-01T09:00', 'Asia/Kolkata', '2026-06-01T03:30:00.000Z'],
  ])('%s in %s is %s', (wall, zone, instant) => {
    expect(fromWallTime(wall, zone)).toBe(instant);
  });

  it('round-trips wall time for existing times', () => {
    for (const iso of ['2026-01-01T00:00:00.000Z', '2026-07-15T12:34:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']) {
      for (const zone of ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC']) {
        const wall = toWallTime(iso, zone);
        const back = fromWallTime(wall, zone);
        expect(toWallTime(back, zone)).toBe(wall);
      }
    }
  });
});

describe('log grouping', () => {
  it('groups newest-first moments by the day in the zone each was logged in', () => {
    const moments = [
      { id: 'c', occurredAt: '2026-11-22T01:00:00.000Z', timeZone: 'America/New_York' }, // 21st, 20:00 in New York
      { id: 'b', occurredAt: '2026-11-21T22:30:00.000Z', timeZone: 'Europe/Berlin' }, // 21st, 23:30 in Berlin
      { id: 'a', occurredAt: '2026-11-20T23:30:00.000Z', timeZone: 'Europe/Berlin' }, // 21st, 00:30 in Berlin
      { id: 'z', occurredAt: '2026-11-20T12:00:00.000Z', timeZone: 'Europe/Berlin' },
    ];
    expect(groupByDay(moments).map((g) => [g.day, g.items.map((m) => m.id)])).toEqual([
      ['2026-11-21', ['c', 'b', 'a']],
      ['2026-11-20', ['z']],
    ]);
  });

  it('describes days relative to today', () => {
    expect(describeDay('2026-11-21', '2026-11-21', 'en-GB', t)).toBe('Today · Saturday 21 November');
    expect(describeDay('2026-11-20', '2026-11-21', 'en-GB', t)).toBe('Yesterday · Friday 20 November');
    expect(describeDay('2026-11-02', '2026-11-21', 'en-GB', t)).toBe('Monday 2 November');
    expect(describeDay('2025-12-31', '2026-01-02', 'en-GB', t)).toBe('Wednesday, 31 December 2025');
    expect(formatTime('en-GB', '2026-11-21T13:05:00.000Z', 'Europe/Berlin')).toBe('14:05');
  });
});
