import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from './features/popup/PopupApp';
import { I18nextProvider } from 'react-i18next';
import { loadTranslator } from './i18n';
import { loadAppLocale } from './locale';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/controls.css';
import './styles/popup.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root');
void loadAppLocale()
  .then(loadTranslator)
  .then((translator) =>
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={translator}>
          <PopupApp />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
