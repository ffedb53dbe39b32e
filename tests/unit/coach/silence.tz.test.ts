import { describe, expect, it } from 'vitest';
import { NOT_PAUSED } from '../../../shared/domain/coach';
import { planPrompts } from '../../../electron/services/coach/planner';
import { calendarRuleAt, momentRuleAt } from '../../../electron/services/coach/silence';
import { coachSettings, meeting } from '../../support/coach';

// Wednesday 15 July 2026, Berlin summer time (UTC+2): local = Z + 2 h.
const zone = 'Europe/Berlin';
const rule = (iso: string, patch = {}): string | null => calendarRuleAt(Date.parse(iso), coachSettings(patch), zone);

describe('calendar rules at their edges', () => {
  it('treats working hours as [start, end], end included', () => {
    expect(rule('2026-07-15T06:59:59.999Z')).toBe('outside-working-hours'); // 08:59:59.999
    expect(rule('2026-07-15T07:00:00.000Z')).toBeNull(); // 09:00
    expect(rule('2026-07-15T16:00:00.000Z')).toBeNull(); // 18:00
    expect(rule('2026-07-15T16:00:00.001Z')).toBe('outside-working-hours');
  });

  it('treats quiet hours as [start, end), across midnight too', () => {
    const patch = { workingHours: { start: '00:00', end: '23:59' }, quietHours: [{ start: '12:00', end: '13:00' }, { start: '22:00', end: '07:00' }] };
    expect(rule('2026-07-15T09:59:59.999Z', patch)).toBeNull(); // 11:59:59.999
    expect(rule('2026-07-15T10:00:00.000Z', patch)).toBe('quiet-hours'); // 12:00
    expect(rule('2026-07-15T11:00:00.000Z', patch)).toBeNull(); // 13:00
    expect(rule('2026-07-15T20:00:00.000Z', patch)).toBe('quiet-hours'); // 22:00
    expect(rule('2026-07-15T22:00:00.000Z', patch)).toBe('quiet-hours'); // 00:00 Thursday
    expect(rule('2026-07-16T04:59:59.000Z', patch)).toBe('quiet-hours'); // 06:59:59
    expect(rule('2026-07-16T05:00:00.000Z', patch)).toBeNull(); // 07:00
  });

  it('names the working day first, by the local weekday', () => {
    // Saturday 18 July 00:30 local is still Friday in UTC.
    expect(rule('2026-07-17T22:30:00.000Z', { workingHours: { start: '00:00', end: '23:59' } })).toBe('not-working-day');
    expect(rule('2026-07-17T21:30:00.000Z', { workingHours: { start: '00:00', end: '23:59' } })).toBeNull();
  });

  it('orders moment rules: pause, lock, do-not-disturb, idle', () => {
    const now = new Date('2026-07-15T08:00:00Z');
    expect(momentRuleAt(now, NOT_PAUSED, { locked: false, idle: false, dnd: false })).toBeNull();
    expect(momentRuleAt(now, { until: '2026-07-15T08:00:00.001Z', indefinite: false }, { locked: true, idle: true, dnd: true })).toBe('paused');
    expect(momentRuleAt(now, { until: '2026-07-15T08:00:00.000Z', indefinite: false }, { locked: true, idle: true, dnd: true })).toBe('screen-locked');
  });
});

describe('a held prompt that outlasts working or quiet hours', () => {
  it('is suppressed, not shown late', () => {
    // Due 17:58 local; the screen was locked until 18:01.
    const meetings = [meeting('late', '2026-07-15T15:30:00Z', '2026-07-15T15:58:00Z')];
    const at1758 = planPrompts(meetings, coachSettings(), [], new Date('2026-07-15T15:58:00Z'), { timeZone: zone, pause: NOT_PAUSED, environment: { locked: true, idle: false, dnd: false } });
    expect(at1758.held.map((h) => `${h.prompt.id}:${h.reason}`)).toEqual(['after:late:screen-locked']);
    const at1801 = planPrompts(meetings, coachSettings(), [], new Date('2026-07-15T16:01:00Z'), { timeZone: zone, pause: NOT_PAUSED, since: new Date('2026-07-15T15:58:00Z') });
    expect(at1801.due).toEqual([]);
    expect(at1801.suppressed.map((s) => `${s.prompt.id}:${s.reason}`)).toEqual(['after:late:outside-working-hours']);
  });
});
