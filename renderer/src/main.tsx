import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
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
void loadAppLocale().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
