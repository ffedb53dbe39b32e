import { describe, expect, it } from 'vitest';
import english from '../../../shared/i18n/en/index';
import german from '../../../shared/i18n/de/index';
import { REVIEW_PROMPTS, promptsForDay, reviewPromptText } from '../../../shared/domain/review';
import { createTranslator } from '../../../shared/i18n/translator';

describe('the review questions in the catalogs', () => {
  it('has every rotating question under its id', () => {
    expect(Object.keys(english.coach.reviewPrompts).sort()).toEqual(REVIEW_PROMPTS.map((p) => p.id).sort());
  });

  it('asks the day’s three questions in German when the OS locale is German', () => {
    const t = createTranslator('de-DE', { en: english, de: german }).t;
    const asked = promptsForDay('2026-11-25').map((p) => reviewPromptText(p.id, t));
    expect(asked).toHaveLength(3);
    for (const [i, prompt] of promptsForDay('2026-11-25').entries()) {
      expect(asked[i]).toBe(german.coach.reviewPrompts[prompt.id]);
      expect(asked[i]).not.toBe(english.coach.reviewPrompts[prompt.id]);
    }
  });
});
