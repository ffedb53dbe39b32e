import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { loadTranslator } from './i18n';
import { loadAppLocale } from './locale';

/**
 * Draws a window's page once its locale and catalog are known, so no text is drawn in one
 * language or format and redrawn in another. Each page's entry (main.tsx, popup-main.tsx) calls it.
 */
export function startWindow(page: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Missing #root');
  void loadAppLocale()
    .then(loadTranslator)
    .then((translator) =>
      createRoot(root).render(
        <StrictMode>
          <I18nextProvider i18n={translator}>{page}</I18nextProvider>
        </StrictMode>,
      ),
    );
}
