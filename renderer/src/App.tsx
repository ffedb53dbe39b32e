import { useEffect } from 'react';
import { subscribe } from './api';
import { CheckInPopup } from './features/check-in/CheckInPopup';
import { LogMomentPopup } from './features/popup/LogMomentPopup';
import { MainShell } from './features/shell/MainShell';
import { navigate, routePath, useHashRoute } from './hooks/useHashRoute';
import { useTheme } from './hooks/useTheme';
import { useDataReplaced } from './features/settings/data/useDataReplaced';
import { useAppInfo } from './hooks/useAppInfo';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { useVault } from './features/vault/useVault';
import { DEFAULT_VIEW, MAIN_ROUTES } from './routes';

/** One bundle for both windows: the main process opens each on its own route. */
export function App() {
  useTheme();
  useDataReplaced();
  const route = useHashRoute();
  const vault = useVault();
  const info = useAppInfo();
  const isPopup = route.startsWith('/popup');
  // The main process switches the popup between its two faces without reloading it.
  useEffect(() => (isPopup ? subscribe('popup.show', ({ route: face }) => navigate(`/popup/${face}`)) : undefined), [isPopup]);
  if (route === '/popup/check-in') return <CheckInPopup />;
  if (isPopup) return <LogMomentPopup locked={vault?.locked ?? false} />;
  // While the log is locked, the main window shows nothing of it: only the way to unlock.
  if (vault?.locked) return <UnlockScreen queued={vault.queued} busy={vault.busy === 'unlocking'} dataFolder={info?.dataDirectory ?? null} />;
  const path = routePath(route);
  const current = MAIN_ROUTES.find((r) => `/${r.view}` === path) ?? MAIN_ROUTES.find((r) => r.view === DEFAULT_VIEW)!;
  return <MainShell view={current.view}>{current.render()}</MainShell>;
}
