import { App } from './App';
import { mainEnglish } from './catalogs/main-english';
import { currentRoute, routePath } from './hooks/useHashRoute';
import { routeFor } from './routes';
import { startWindow } from './start-window';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/popup.css';
import './styles/insights.css';
import './styles/settings.css';

// The view the window opens on starts loading at once (a popup route here loads its own face lazily).
startWindow(<App />, mainEnglish, async () => {
  const route = currentRoute();
  if (!route.startsWith('/popup')) await routeFor(routePath(route)).preload();
});
