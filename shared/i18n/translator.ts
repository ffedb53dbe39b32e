import { createInstance, type i18n } from 'i18next';
import { formatNumber } from '../format/locale-format';
import type { Catalog } from './catalog';
import type { Resources } from './en/index';
import { languageOf, type Language } from './languages';

/** Typed keys: `t('today:header.title')` is checked against the English catalog at compile time. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
    returnNull: false;
  }
}

export type Translator = i18n;
/** Some of a language's namespaces, each complete (German's texts are any strings under English's keys). */
export type WindowCatalog = Partial<Catalog<Resources>>;
/** Per language, its namespaces: all of them in the main process, a window's own in a window. */
export type Catalogs = Partial<Record<Language, WindowCatalog>>;

/**
 * An i18next instance for one OS locale: the words come from the catalog of the locale's
 * language (English when there is none), plural categories follow that language, and
 * `{{count, number}}` formats the number in the full locale ("1,234" in en-GB, "1.234" in de-DE).
 * Built synchronously, so the first text drawn is already in the right language. `onMissing`
 * hears of every key asked for that has no text (a namespace not loaded, a key not written).
 */
export function createTranslator(locale: string, catalogs: Catalogs, onMissing?: (key: string) => void): Translator {
  const wanted = languageOf(locale);
  const language: Language = catalogs[wanted] ? wanted : 'en';
  const resources = catalogs[language];
  if (!resources) throw new Error(`No catalog for ${language}`);
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: resources },
    ns: Object.keys(resources),
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    // React escapes what it draws, and the main process's texts go to native menus and dialogs.
    interpolation: { escapeValue: false },
    // A key with no text would be shown as the key itself.
    ...(onMissing ? { saveMissing: true, missingKeyHandler: (_languages: readonly string[], namespace: string, key: string) => onMissing(`${namespace}:${key}`) } : {}),
  });
  instance.services.formatter?.add('number', (value: unknown) => formatNumber(locale, Number(value)));
  return instance;
}
