import { LogView } from './features/log/LogView';
import { LogMomentPopup } from './features/popup/LogMomentPopup';
import { SettingsView } from './features/settings/SettingsView';
import { MainShell } from './features/shell/MainShell';
import { useHashRoute } from './hooks/useHashRoute';
import { useTheme } from './hooks/useTheme';

/** One bundle for both windows: the main process opens each on its own route. */
export function App() {
  useTheme();
  const route = useHashRoute();
  if (route.startsWith('/popup')) return <LogMomentPopup />;
  return <MainShell route={route}>{route === '/settings' ? <SettingsView /> : <LogView />}</MainShell>;
}
