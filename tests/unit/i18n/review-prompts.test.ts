import { describe, expect, it } from 'vitest';
import english from '../../../shared/i18n/en/index';
import german from '../../../shared/i18n/de/index';
import { REVIEW_PROMPTS, promptsForDay } from '../../../shared/domain/review';
import { createTranslator } from '../../../shared/i18n/translator';

describe('the review questions in the catalogs', () => {
  it('has every rotating question under its id, the English word for word as the domain asks it', () => {
    expect(Object.keys(english.review.prompts).sort()).toEqual(REVIEW_PROMPTS.map((p) => p.id).sort());
    for (const prompt of REVIEW_PROMPTS) expect(english.review.prompts[prompt.id]).toBe(prompt.text);
  });

  it('asks the day’s three questions in German when the OS locale is German', () => {
    const t = createTranslator('de-DE', { en: english, de: german }).t;
    const asked = promptsForDay('2026-11-25').map((p) => t(`review:prompts.${p.id}`));
    expect(asked).toHaveLength(3);
    for (const [i, prompt] of promptsForDay('2026-11-25').entries()) {
      expect(asked[i]).toBe(german.review.prompts[prompt.id]);
      expect(asked[i]).not.toBe(prompt.text);
    }
  });
});
