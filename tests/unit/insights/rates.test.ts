import { describe, expect, it } from 'vitest';
import { computeFollowThrough, sumFollowThrough } from '../../../electron/services/insights/follow-through';
import { computeResponse, questionsOfPromptId, sumResponse } from '../../../electron/services/insights/response';
import { WeekBuckets } from '../../../electron/services/insights/week-buckets';
import { intention, outcome, reflection, snapshot } from './helpers';

// Two Berlin weeks: 9-15 and 16-22 November 2026. "Now" is Saturday 21 November, 10:30.
const buckets = new WeekBuckets(['2026-11-09', '2026-11-16'], 'Europe/Berlin');
const NOW = Date.parse('2026-11-21T09:30:00.000Z');

describe('intention follow-through', () => {
  it('counts ended meetings that had an intention, by how the intention went', () => {
    const a = snapshot('a', '2026-11-10T09:00:00.000Z');
    const b = snapshot('b', '2026-11-11T09:00:00.000Z');
    const c = snapshot('c', '2026-11-17T09:00:00.000Z');
    const d = snapshot('d', '2026-11-18T09:00:00.000Z');
    const e = snapshot('e', '2026-11-19T09:00:00.000Z');
    const f = snapshot('f', '2026-11-20T09:00:00.000Z');
    const noIntention = snapshot('g', '2026-11-20T11:00:00.000Z');
    const upcoming = snapshot('h', '2026-11-21T10:00:00.000Z');
    const betweenCard = snapshot('i', '2026-11-19T13:00:00.000Z');
    const weeks = computeFollowThrough(
      [
        intention(a), reflection(a, 'yes'),
        intention(b), reflection(b, 'no'),
        intention(c), reflection(c, 'partly'),
        // Answered "no" on the card, then corrected to "yes" in the review: the latest counts.
        intention(d), reflection(d, 'no'), reflection(d, 'yes', { source: 'review', createdAt: '2026-11-18T17:00:00.000Z' }),
        intention(e), reflection(e, null), // looked back on, "kept?" left blank
        intention(f), // never looked back on
        reflection(noIntention, null), // no intention: not counted
        intention(upcoming), // has not ended yet: not counted
        // A "kept?" answer proves there was an intention even if its check-in is gone.
        reflection(betweenCard, 'no'),
      ],
      buckets,
      NOW,
    );
    // Too few answers for a percentage: the counts stand alone.
    expect(weeks[0]).toEqual({ intentions: 2, yes: 1, partly: 0, no: 1, notAnswered: 0, notReflected: 0, keptRate: null, atLeastPartlyRate: null });
    expect(weeks[1]).toEqual({ intentions: 5, yes: 1, partly: 1, no: 1, notAnswered: 1, notReflected: 1, keptRate: null, atLeastPartlyRate: null });
    expect(sumFollowThrough(weeks)).toEqual({ intentions: 7, yes: 2, partly: 1, no: 2, notAnswered: 1, notReflected: 1, keptRate: null, atLeastPartlyRate: null });
  });

  it('gives a rate from ten answers on, and none below', () => {
    const answers = (count: number, day: string) =>
      Array.from({ length: count }, (_, i) => {
        const m = snapshot(`${day}-${i}`, `${day}T${String(8 + i).padStart(2, '0')}:00:00.000Z`);
        return [intention(m), reflection(m, i % 3 === 0 ? 'no' : i % 3 === 1 ? 'partly' : 'yes')];
      }).flat();
    const [nine, ten] = computeFollowThrough([...answers(9, '2026-11-10'), ...answers(10, '2026-11-17')], buckets, NOW);
    expect(nine).toMatchObject({ yes: 3, partly: 3, no: 3, keptRate: null, atLeastPartlyRate: null });
    expect(ten).toMatchObject({ yes: 3, partly: 3, no: 4, keptRate: 0.3, atLeastPartlyRate: 0.6 });
  });

  it('has no rate, rather than 0%, when nothing was answered', () => {
    const a = snapshot('a', '2026-11-17T09:00:00.000Z');
    const [, week] = computeFollowThrough([intention(a)], buckets, NOW);
    expect(week).toMatchObject({ intentions: 1, notReflected: 1, keptRate: null, atLeastPartlyRate: null });
  });
});

describe('check-in response rate', () => {
  it('reads the meetings out of prompt ids, encoded ids included', () => {
    expect(questionsOfPromptId('after:work%3Aabc%40x')).toEqual(['after:work:abc@x']);
    expect(questionsOfPromptId('between:a:b')).toEqual(['after:a', 'before:b']);
    expect(questionsOfPromptId('review:2026-11-20')).toEqual([]);
    expect(questionsOfPromptId('after:%E0%A4%A')).toEqual([]);
  });

  it('counts each shown card once by its last outcome; cards never shown are apart', () => {
    const laterFilled = snapshot('m6', '2026-11-18T09:00:00.000Z');
    const skippedFilled = snapshot('m7', '2026-11-18T11:00:00.000Z');
    const weeks = computeResponse(
      [
        outcome('after:m1', 'answered', '2026-11-17T09:31:00.000Z'),
        // Snoozed, then answered: one answered card.
        outcome('before:m2', 'snoozed', '2026-11-17T10:58:00.000Z'),
        outcome('before:m2', 'answered', '2026-11-17T11:03:00.000Z'),
        outcome('between:m3:m4', 'skipped', '2026-11-17T14:00:00.000Z'),
        outcome('after:m5', 'missed', '2026-11-17T16:01:00.000Z', { reason: 'timeout' }),
        // "Later", then filled in from the review.
        outcome('after:m6', 'missed', '2026-11-18T09:31:00.000Z', { reason: 'log-later' }),
        // Skipped, then filled in from the review: counted as answered later too.
        outcome('after:m7', 'skipped', '2026-11-18T11:31:00.000Z'),
        outcome('after:m8', 'missed', '2026-11-18T12:31:00.000Z', { reason: 'log-later' }),
        // Suppressed while paused, shown later and answered: shown.
        outcome('after:m9', 'suppressed', '2026-11-19T09:30:00.000Z', { reason: 'paused' }),
        outcome('after:m9', 'answered', '2026-11-19T09:33:00.000Z'),
        // Never shown.
        outcome('before:m10', 'suppressed', '2026-11-19T07:00:00.000Z', { reason: 'outside-working-hours' }),
        outcome('before:m11', 'suppressed', '2026-11-19T08:00:00.000Z', { reason: 'quiet-hours' }),
        outcome('after:m12', 'suppressed', '2026-11-19T15:00:00.000Z', { reason: 'paused' }),
        outcome('after:m13', 'suppressed', '2026-11-19T16:00:00.000Z', { reason: 'screen-locked' }),
        outcome('after:m14', 'suppressed', '2026-11-20T08:00:00.000Z', { reason: 'stale' }),
        // Still snoozed: not settled, not counted.
        outcome('after:m15', 'snoozed', '2026-11-21T09:25:00.000Z'),
        // The review card is not a check-in.
        outcome('review:2026-11-19', 'answered', '2026-11-19T17:00:00.000Z'),
        // The week before.
        outcome('after:m0', 'answered', '2026-11-12T10:00:00.000Z'),
        outcome('after:m00', 'missed', '2026-11-12T12:00:00.000Z', { reason: 'timeout' }),
      ],
      [
        reflection(laterFilled, null, { source: 'review', promptId: null, createdAt: '2026-11-18T17:00:00.000Z' }),
        reflection(skippedFilled, null, { source: 'log-later', promptId: null, createdAt: '2026-11-18T17:01:00.000Z' }),
        // A review intention for m8 would not fill an "after" card: m8 stays "later".
        intention(snapshot('m8', '2026-11-18T12:00:00.000Z'), { source: 'review', promptId: null }),
      ],
      buckets,
    );
    expect(weeks[1]).toEqual({
      shown: 8,
      answered: 3,
      filledInLater: 2,
      later: 1,
      skipped: 1,
      missed: 1,
      notShown: { 'quiet-time': 2, paused: 1, away: 1, 'too-late': 1 },
      rate: null, // 8 cards: too few for a rate
    });
    expect(weeks[0]).toMatchObject({ shown: 2, answered: 1, missed: 1, rate: null });
    expect(sumResponse(weeks)).toMatchObject({ shown: 10, answered: 4, filledInLater: 2, missed: 2, rate: 6 / 10 });
  });

  it('has no rate when nothing was shown', () => {
    const weeks = computeResponse([outcome('after:x', 'suppressed', '2026-11-17T09:00:00.000Z', { reason: 'do-not-disturb' })], [], buckets);
    expect(weeks[1]).toMatchObject({ shown: 0, rate: null, notShown: { away: 1 } });
  });
});
