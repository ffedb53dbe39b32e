import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { WindowCatalog } from '../../shared/i18n/translator';
import { loadTranslator } from './i18n';
import { loadAppLocale } from './locale';

/**
 * Draws a window's page once its locale and catalog are known, so no text is drawn in one
 * language or format and redrawn in another. Each page's entry (main.tsx, popup-main.tsx) calls it.
 * `english` is the page's own namespaces (./catalogs). `warmUp` loads what the first render
 * will ask for (the chunks of the view the window opens on) alongside the catalog, and the
 * first render waits for it too (it never fails): the window then appears with its view in
 * it, which starts asking for its data at once, rather than as an empty frame first.
 */
export function startWindow(page: ReactNode, english: WindowCatalog, warmUp?: () => Promise<void>): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Missing #root');
  const warm = warmUp?.();
  void loadAppLocale()
    .then(() => Promise.all([loadTranslator(english), warm]))
    .then(([translator]) =>
      createRoot(root).render(
        <StrictMode>
          <I18nextProvider i18n={translator}>{page}</I18nextProvider>
        </StrictMode>,
      ),
    );
}
