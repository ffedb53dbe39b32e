import { useEffect } from 'react';
import { subscribe } from './api';
import { CheckInPopup } from './features/check-in/CheckInPopup';
import { LogMomentPopup } from './features/popup/LogMomentPopup';
import { MainShell } from './features/shell/MainShell';
import { navigate, routePath, useHashRoute } from './hooks/useHashRoute';
import { useTheme } from './hooks/useTheme';
import { DEFAULT_VIEW, MAIN_ROUTES } from './routes';

/** One bundle for both windows: the main process opens each on its own route. */
export function App() {
  useTheme();
  const route = useHashRoute();
  const isPopup = route.startsWith('/popup');
  // The main process switches the popup between its two faces without reloading it.
  useEffect(() => (isPopup ? subscribe('popup.show', ({ route: face }) => navigate(`/popup/${face}`)) : undefined), [isPopup]);
  if (route === '/popup/check-in') return <CheckInPopup />;
  if (isPopup) return <LogMomentPopup />;
  const path = routePath(route);
  const current = MAIN_ROUTES.find((r) => `/${r.view}` === path) ?? MAIN_ROUTES.find((r) => r.view === DEFAULT_VIEW)!;
  return <MainShell view={current.view}>{current.render()}</MainShell>;
}
