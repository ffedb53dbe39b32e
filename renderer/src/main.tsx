import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nextProvider } from 'react-i18next';
import { loadTranslator } from './i18n';
import { loadAppLocale } from './locale';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/popup.css';
import './styles/insights.css';
import './styles/settings.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root');
void loadAppLocale()
  .then(loadTranslator)
  .then((translator) =>
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={translator}>
          <App />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
