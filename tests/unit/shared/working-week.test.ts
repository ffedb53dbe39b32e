import { describe, expect, it } from 'vitest';
import { describeWorkingDays, describeWorkingTime } from '../../../shared/domain/working-week';

describe('the working week in words', () => {
  it('reads a run of days as a range and anything else as a list, Monday first', () => {
    expect(describeWorkingDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Monday to Friday');
    expect(describeWorkingDays(['fri', 'mon', 'wed'])).toBe('Monday, Wednesday and Friday');
    expect(describeWorkingDays(['sat', 'sun'])).toBe('Saturday and Sunday');
    expect(describeWorkingDays(['tue'])).toBe('Tuesday');
    expect(describeWorkingDays([])).toBe('no working days');
    expect(describeWorkingDays(['sun', 'mon', 'tue', 'wed', 'thu'])).toBe('Sunday to Thursday');
    expect(describeWorkingDays(['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'])).toBe('every day');
  });

  it('adds the hours as the settings hold them', () => {
    expect(describeWorkingTime({ workingDays: ['thu', 'mon', 'wed'], workingHours: { start: '08:30', end: '17:00' } })).toBe('Monday, Wednesday and Thursday, 08:30–17:00');
  });
});
