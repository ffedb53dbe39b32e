import { useEffect } from 'react';
import { CheckInPopup } from './features/check-in/CheckInPopup';
import { LogView } from './features/log/LogView';
import { LogMomentPopup } from './features/popup/LogMomentPopup';
import { SettingsView } from './features/settings/SettingsView';
import { MainShell } from './features/shell/MainShell';
import { navigate, useHashRoute } from './hooks/useHashRoute';
import { subscribe } from './api';
import { useTheme } from './hooks/useTheme';

/** One bundle for both windows: the main process opens each on its own route. */
export function App() {
  useTheme();
  const route = useHashRoute();
  const isPopup = route.startsWith('/popup');
  // The main process switches the popup between its two faces without reloading it.
  useEffect(() => (isPopup ? subscribe('popup.show', ({ route: face }) => navigate(`/popup/${face}`)) : undefined), [isPopup]);
  if (route === '/popup/check-in') return <CheckInPopup />;
  if (isPopup) return <LogMomentPopup />;
  return <MainShell route={route}>{route === '/settings' ? <SettingsView /> : <LogView />}</MainShell>;
}
