import type { Catalog } from '../../shared/i18n/catalog';
import english from '../../shared/i18n/en/index';
import type { Resources } from '../../shared/i18n/en/index';
import { languageOf } from '../../shared/i18n/languages';
import { createTranslator, type Translator } from '../../shared/i18n/translator';
import { appLocale } from './locale';
import { setWindowTranslator } from './window-text';

/**
 * Loads the catalog of the app locale's language and builds the window's translator, before
 * the first render (after `loadAppLocale`), so no text is drawn in one language and redrawn in
 * another. English is part of the bundle (it is also what any other language falls back to);
 * German is its own chunk, loaded only by a window that shows it. The page's `lang` names the
 * language of its words, for screen readers and hyphenation.
 */
export async function loadTranslator(): Promise<Translator> {
  const locale = appLocale();
  const language = languageOf(locale);
  const catalogs: { en: Catalog<Resources>; de?: Catalog<Resources> } = { en: english };
  if (language === 'de') catalogs.de = (await import('../../shared/i18n/de/index')).default;
  document.documentElement.lang = language;
  const translator = createTranslator(locale, catalogs);
  setWindowTranslator(translator);
  return translator;
}

export { windowT } from './window-text';
