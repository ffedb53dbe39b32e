import { describe, expect, it } from 'vitest';
import english from '../../../shared/i18n/en/index';
import german from '../../../shared/i18n/de/index';
import { createTranslator } from '../../../shared/i18n/translator';

describe('plurals on the card', () => {
  it('counts follow the language and the locale’s number format', () => {
    const catalogs = { en: english, de: german };
    const en = createTranslator('en-GB', catalogs);
    const de = createTranslator('de-DE', catalogs);
    expect(en.t('checkIn:notNow.inMinutes', { count: 10 })).toBe('In 10 minutes');
    expect(de.t('checkIn:notNow.inMinutes', { count: 1 })).toBe('In 1 Minute');
    expect(en.t('checkIn:loop.more', { count: 1 })).toBe('One more is open in your log.');
    expect(en.t('checkIn:loop.more', { count: 2 })).toBe('2 more are open in your log.');
    expect(en.t('moment:form.charactersLeft', { count: 1 })).toBe('1 character left');
    expect(de.t('checkIn:heading.morePeople', { names: 'A, B, C', count: 1200 })).toBe('A, B, C und 1.200 weitere');
  });
});
