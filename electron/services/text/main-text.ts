import english from '../../../shared/i18n/en/index';
import german from '../../../shared/i18n/de/index';
import { createTranslator, type Translator } from '../../../shared/i18n/translator';

/**
 * The words the main process shows (tray menu, notifications, dialogs, error messages sent to
 * the windows), in the OS locale's language. One per process, like the locale itself: the shell
 * sets it once at start-up from the locale it runs Chromium in (tests set theirs), and every
 * service reads it through `t`, so no service needs the locale passed down to word an error.
 */
let translator: Translator = createTranslator('en-US', { en: english, de: german });
/** Until the shell sets one: the locale the services' own dates were written in before they followed the OS. */
let locale = 'en-GB';

export function setMainLocale(next: string): void {
  translator = createTranslator(next, { en: english, de: german });
  locale = next;
}

/** The OS locale the main process formats its dates and numbers in (shared/format/locale-format.ts). */
export function mainLocale(): string {
  return locale;
}

/** The current translator's `t`, typed against the English catalog. */
export const t = ((...args: Parameters<Translator['t']>) => translator.t(...args)) as unknown as Translator['t'];

/** The language the main process writes in now ("en", "de"). */
export function mainLanguage(): string {
  return translator.language;
}
