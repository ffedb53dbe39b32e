import { mainViewEnglish, type ViewNamespace } from './catalogs/main-view-english';
import { german, translatorReady } from './i18n';

/**
 * Adds the namespaces a view uses beyond the window's own (./catalogs/main-view-english), in the
 * window's language, before the view is drawn: each view's chunk loads alongside its words
 * (routes.tsx), so a screen never shows a raw key nor loads words for screens not opened. A
 * module of its own, so the popup, which has no such views, does not carry the list.
 */
export async function loadViewNamespaces(namespaces: readonly ViewNamespace[]): Promise<void> {
  const translator = await translatorReady;
  const language = translator.language;
  await Promise.all(
    namespaces
      .filter((namespace) => !translator.hasResourceBundle(language, namespace))
      .map(async (namespace) => {
        const catalog = language === 'de' ? await german(namespace) : (await mainViewEnglish[namespace]()).default;
        translator.addResourceBundle(language, namespace, catalog);
      }),
  );
}
