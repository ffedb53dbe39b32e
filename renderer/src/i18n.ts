import type { Catalog } from '../../shared/i18n/catalog';
import type { Resources } from '../../shared/i18n/en/index';
import { languageOf } from '../../shared/i18n/languages';
import { createTranslator, type Translator, type WindowCatalog } from '../../shared/i18n/translator';
import { appLocale } from './locale';
import { setWindowTranslator } from './window-text';

type Namespace = keyof Resources;

/**
 * Each German namespace is its own chunk, loaded only by a window that shows German and uses
 * it. The main process's own namespaces (tray, notifications, errors, calendar sync) and the
 * whole-language index are left out: no window shows them.
 */
const germanFiles = import.meta.glob<{ default: Catalog<Resources[Namespace]> }>([
  '../../shared/i18n/de/*.ts',
  '!../../shared/i18n/de/{index,desktop,desktop-notices,errors,calendar}.ts',
]);

/** "settingsCalendars" → "settings-calendars": the file each namespace's catalog is written in. */
function fileOf(namespace: Namespace): string {
  return `../../shared/i18n/de/${namespace.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ts`;
}

/** A German namespace's catalog, from its own chunk. */
export async function german(namespace: Namespace): Promise<Catalog<Resources[Namespace]>> {
  const load = germanFiles[fileOf(namespace)];
  if (!load) throw new Error(`No German catalog for ${namespace}`);
  return (await load()).default;
}

async function germanFor(namespaces: readonly Namespace[]): Promise<WindowCatalog> {
  return Object.fromEntries(await Promise.all(namespaces.map(async (namespace) => [namespace, await german(namespace)] as const)));
}

let translatorBuilt: (translator: Translator) => void;
/** The window's translator, once loadTranslator has built it (a view's chunks may start loading before). */
export const translatorReady = new Promise<Translator>((resolve) => (translatorBuilt = resolve));

/**
 * Builds the window's translator from the English namespaces its page was built with (each
 * page imports only its own: see ./catalogs), before the first render (after `loadAppLocale`),
 * so no text is drawn in one language and redrawn in another. English is part of the page (it
 * is also what any other language falls back to); German loads the same namespaces, each its
 * own chunk. The page's `lang` names the language of its words, for screen readers and hyphenation.
 */
export async function loadTranslator(english: WindowCatalog): Promise<Translator> {
  const locale = appLocale();
  const language = languageOf(locale);
  const catalogs: { en: WindowCatalog; de?: WindowCatalog } = { en: english };
  if (language === 'de') catalogs.de = await germanFor(Object.keys(english) as Namespace[]);
  document.documentElement.lang = language;
  // A window showing a key instead of words is a bug: it is logged (and fails any e2e test).
  const translator = createTranslator(locale, catalogs, (key) => console.error(`No text for ${key} in this window`));
  setWindowTranslator(translator);
  translatorBuilt(translator);
  return translator;
}

export { windowT } from './window-text';
