import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/days';
import { REVIEW_PROMPTS, promptsForDay } from '../../../shared/domain/review';

describe('the review’s rotating questions, as the README describes them', () => {
  it('asks three a day, every one of the eight over eight days, and repeats every eight days', () => {
    expect(REVIEW_PROMPTS).toHaveLength(8);
    const days = Array.from({ length: 8 }, (_, i) => addDays('2026-11-23', i));
    const asked = days.map((day) => promptsForDay(day).map((p) => p.id));
    for (const today of asked) expect(new Set(today).size).toBe(3);
    const counts = new Map<string, number>();
    for (const id of asked.flat()) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(REVIEW_PROMPTS.map((p) => p.id).sort());
    expect(promptsForDay('2026-12-01')).toEqual(promptsForDay('2026-11-23'));
    expect(promptsForDay('2026-11-24')).not.toEqual(promptsForDay('2026-11-23'));
  });

  it('the README says how many there are and how they rotate', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('three reflection questions');
    expect(readme).toContain('The three questions rotate through eight');
    expect(readme).not.toMatch(/three reflection questions \(who you did not notice/);
  });
});
