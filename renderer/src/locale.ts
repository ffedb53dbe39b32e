import { canonicalLocale } from '../../shared/format/locale-format';
import { call } from './api';

/**
 * The locale this window formats in. The main process knows the OS locale (and runs Chromium
 * in it); until its answer arrives, and where it cannot answer, the browser's language stands in.
 */
let current = canonicalLocale(typeof navigator === 'undefined' ? undefined : navigator.language);

export function appLocale(): string {
  return current;
}

/**
 * Asks the main process for the OS locale before the first render, so no text is drawn in one
 * format and redrawn in another. (The page's `lang` stays English: it names the language of
 * the words, not of the formats.)
 */
export async function loadAppLocale(): Promise<void> {
  try {
    current = canonicalLocale((await call('app.info')).locale, current);
  } catch {
    // Keep the browser's language: a missing answer must not keep the window blank.
  }
}
