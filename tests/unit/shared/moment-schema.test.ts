import { describe, expect, it } from 'vitest';
import { LIMITS, MomentInputSchema, MomentPatchSchema } from '../../../shared/domain/moment';
import { issueText } from '../../../shared/domain/validation';
import english from '../../../shared/i18n/en/index';
import { createTranslator } from '../../../shared/i18n/translator';

const { t } = createTranslator('en-GB', { en: english });

describe('MomentInputSchema', () => {
  it('trims, de-duplicates names (ignoring case) and tags, and fills defaults', () => {
    const parsed = MomentInputSchema.parse({ valence: 'harmed', tags: ['rushed', 'rushed', 'blame'], people: [' Sam ', 'sam', 'Priya'], note: '  late  ', source: 'tray' });
    expect(parsed).toEqual({ kind: 'own', valence: 'harmed', tags: ['rushed', 'blame'], people: ['Sam', 'Priya'], note: 'late', meeting: null, source: 'tray' });
  });

  it.each([
    [{ source: 'tray' }, 'Choose whether this moment helped or harmed trust.'],
    [{ valence: 'neutral', source: 'tray' }, 'Choose whether this moment helped or harmed trust.'],
    [{ valence: 'helped', tags: ['gossip'], source: 'tray' }, 'Unknown behaviour tag: "gossip".'],
    [{ valence: 'helped', people: ['  '], source: 'tray' }, 'A name cannot be empty.'],
    [{ valence: 'helped', people: ['x'.repeat(LIMITS.personChars + 1)], source: 'tray' }, 'Names are limited to 80 characters.'],
    [{ valence: 'helped', people: Array.from({ length: 21 }, (_, i) => `P${i}`), source: 'tray' }, 'At most 20 people per moment.'],
    [{ valence: 'helped', note: 'x'.repeat(LIMITS.noteChars + 1), source: 'tray' }, 'Notes are limited to 4000 characters.'],
    [{ valence: 'helped', occurredAt: 'yesterday', source: 'tray' }, 'Expected an ISO 8601 UTC time.'],
  ])('rejects %j with a readable message', (input, message) => {
    const result = MomentInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => issueText(i, t))).toContain(message);
  });

  it('patches are partial and cannot change identity fields', () => {
    expect(MomentPatchSchema.parse({ note: 'x' })).toEqual({ note: 'x' });
    expect(MomentPatchSchema.parse({ id: 'other', createdAt: '2020-01-01T00:00:00.000Z' })).toEqual({});
  });
});
