import { describe, expect, it } from 'vitest';
import { chooseUiLocale, posixToTag } from '../../../electron/services/shell/ui-locale';

describe('the locale Touchpoint and Chromium run in', () => {
  it('reads POSIX locale names as language tags', () => {
    expect(posixToTag('en_GB.UTF-8')).toBe('en-GB');
    expect(posixToTag('de_DE@euro')).toBe('de-DE');
    expect(posixToTag('C.UTF-8')).toBeNull();
    expect(posixToTag('POSIX')).toBeNull();
    expect(posixToTag(undefined)).toBeNull();
  });

  it('on Linux follows LC_ALL, then LC_TIME, then LANG, before the language list', () => {
    const linux = (env: Record<string, string>) => chooseUiLocale({ platform: 'linux', env, preferredLanguages: ['fr-FR'] });
    expect(linux({ LANG: 'en_GB.UTF-8' })).toBe('en-GB');
    expect(linux({ LANG: 'en_US.UTF-8', LC_TIME: 'de_DE.UTF-8' })).toBe('de-DE');
    expect(linux({ LANG: 'en_US.UTF-8', LC_TIME: 'de_DE.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en-GB');
    expect(linux({ LANG: 'C.UTF-8' })).toBe('fr-FR');
  });

  it('on macOS and Windows follows the preferred languages and ignores the environment', () => {
    expect(chooseUiLocale({ platform: 'darwin', env: { LANG: 'de_DE.UTF-8' }, preferredLanguages: ['en-GB', 'de-DE'] })).toBe('en-GB');
    expect(chooseUiLocale({ platform: 'win32', env: {}, preferredLanguages: ['de-DE'] })).toBe('de-DE');
  });

  it('skips malformed tags and falls back to en-US when the OS says nothing usable', () => {
    expect(chooseUiLocale({ platform: 'darwin', env: {}, preferredLanguages: ['not a tag!', 'en-GB'] })).toBe('en-GB');
    expect(chooseUiLocale({ platform: 'linux', env: { LANG: 'C' }, preferredLanguages: [] })).toBe('en-US');
  });
});
