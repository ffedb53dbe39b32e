import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { WindowCatalog } from '../../shared/i18n/translator';
import { loadTranslator } from './i18n';
import { loadAppLocale } from './locale';

/**
 * Draws a window's page once its locale and catalog are known, so no text is drawn in one
 * language or format and redrawn in another. Each page's entry (main.tsx, popup-main.tsx) calls it.
 * `english` is the page's own namespaces (./catalogs). `warmUp` starts what the first render
 * will ask for (the chunks of the view the window opens on), so it loads while the locale is
 * still being asked rather than after.
 */
export function startWindow(page: ReactNode, english: WindowCatalog, warmUp?: () => void): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Missing #root');
  warmUp?.();
  void loadAppLocale()
    .then(() => loadTranslator(english))
    .then((translator) =>
      createRoot(root).render(
        <StrictMode>
          <I18nextProvider i18n={translator}>{page}</I18nextProvider>
        </StrictMode>,
      ),
    );
}
