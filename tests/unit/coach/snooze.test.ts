import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../../shared/domain/coach';
import { snoozeUntil } from '../../../electron/services/coach/snooze';
import { meeting } from '../../support/coach';

const timing = { dueAt: '2026-07-13T07:58:00.000Z', scheduledAt: '2026-07-13T07:58:00.000Z', expiresAt: '2026-07-13T08:03:00.000Z', day: '2026-07-13' };
const beforeNext: Prompt = { ...timing, id: 'before:next', kind: 'before', meetingId: 'next' };
const review: Prompt = { ...timing, id: 'review:2026-07-13', kind: 'review' };
const next = meeting('next', '2026-07-13T08:00:00Z', '2026-07-13T08:45:00Z');

describe('snoozeUntil', () => {
  const now = new Date('2026-07-13T07:58:00Z');

  it('adds the chosen minutes', () => {
    expect(snoozeUntil('2-minutes', beforeNext, [], now)).toBe('2026-07-13T08:00:00.000Z');
    expect(snoozeUntil('5-minutes', beforeNext, [], now)).toBe('2026-07-13T08:03:00.000Z');
    expect(snoozeUntil('10-minutes', null, [], now)).toBe('2026-07-13T08:08:00.000Z');
  });

  it('"after this meeting" waits for the running meeting that ends last', () => {
    const running = [meeting('a', '2026-07-13T07:30:00Z', '2026-07-13T08:00:00Z'), meeting('b', '2026-07-13T07:00:00Z', '2026-07-13T08:15:00Z'), next];
    expect(snoozeUntil('after-this-meeting', beforeNext, running, now)).toBe('2026-07-13T08:15:00.000Z');
  });

  it('outside any meeting, it waits for the card’s own meeting, else ten minutes', () => {
    expect(snoozeUntil('after-this-meeting', beforeNext, [next], now)).toBe('2026-07-13T08:45:00.000Z');
    expect(snoozeUntil('after-this-meeting', review, [next], now)).toBe('2026-07-13T08:08:00.000Z');
  });
});
