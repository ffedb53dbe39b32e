import { canonicalLocale } from '../../shared/format/locale-format';
import { call } from './api';

/**
 * The locale the main process opened this window in: it puts the locale the app formats in
 * into the page's address (?locale=), so the first text needs no round trip to ask for it.
 */
function localeInAddress(): string {
  return typeof location === 'undefined' ? '' : canonicalLocale(new URLSearchParams(location.search).get('locale'), '');
}

/**
 * The locale this window formats in: the one in its address; for a page opened without one (or
 * with a malformed one), the main process's answer to `app.info`, and until then (or where it
 * cannot answer) the browser's language.
 */
const given = localeInAddress();
let current = given || canonicalLocale(typeof navigator === 'undefined' ? undefined : navigator.language);

export function appLocale(): string {
  return current;
}

/**
 * Settles the locale before the first render, so no text is drawn in one format and redrawn in
 * another: at once when the address gave it, otherwise by asking the main process for the OS
 * locale. (The page's `lang` stays English: it names the language of the words, not of the formats.)
 */
export async function loadAppLocale(): Promise<void> {
  if (given) return;
  try {
    current = canonicalLocale((await call('app.info')).locale, current);
  } catch {
    // Keep the browser's language: a missing answer must not keep the window blank.
  }
}
