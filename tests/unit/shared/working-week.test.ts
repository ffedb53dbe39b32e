import { describe, expect, it } from 'vitest';
import { describeWorkingDays, describeWorkingTime } from '../../../shared/domain/working-week';
import english from '../../../shared/i18n/en/index';
import { createTranslator } from '../../../shared/i18n/translator';

const { t } = createTranslator('en-GB', { en: english });

describe('the working week in words', () => {
  it('reads a run of days as a range and anything else as a list, Monday first', () => {
    expect(describeWorkingDays(['mon', 'tue', 'wed', 'thu', 'fri'], t)).toBe('Monday to Friday');
    expect(describeWorkingDays(['fri', 'mon', 'wed'], t)).toBe('Monday, Wednesday and Friday');
    expect(describeWorkingDays(['sat', 'sun'], t)).toBe('Saturday and Sunday');
    expect(describeWorkingDays(['tue'], t)).toBe('Tuesday');
    expect(describeWorkingDays([], t)).toBe('no working days');
    expect(describeWorkingDays(['sun', 'mon', 'tue', 'wed', 'thu'], t)).toBe('Sunday to Thursday');
    expect(describeWorkingDays(['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'], t)).toBe('every day');
  });

  it('adds the hours as the settings hold them', () => {
    expect(describeWorkingTime({ workingDays: ['thu', 'mon', 'wed'], workingHours: { start: '08:30', end: '17:00' } }, t)).toBe('Monday, Wednesday and Thursday, 08:30–17:00');
  });
});
