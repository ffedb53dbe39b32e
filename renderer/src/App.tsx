import { useEffect } from 'react';
import { call, subscribe } from './api';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
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
  // Every view sits behind its own error boundary: no data can blank a window.
  const closePopup = { label: 'Close', onClick: () => void call('windows.closePopup') };
  if (route === '/popup/check-in') {
    return (
      <ViewErrorBoundary key="check-in" name="the check-in" back={closePopup}>
        <CheckInPopup />
      </ViewErrorBoundary>
    );
  }
  if (isPopup) {
    return (
      <ViewErrorBoundary key="popup" name="Log a moment" back={closePopup}>
        <LogMomentPopup locked={vault?.locked ?? false} />
      </ViewErrorBoundary>
    );
  }
  // While the log is locked, the main window shows nothing of it: only the way to unlock.
  if (vault?.locked) {
    return (
      <ViewErrorBoundary key="unlock" name="the lock screen" back={{ label: 'Reload', onClick: () => window.location.reload() }}>
        <UnlockScreen queued={vault.queued} busy={vault.busy === 'unlocking'} dataFolder={info?.dataDirectory ?? null} />
      </ViewErrorBoundary>
    );
  }
  const path = routePath(route);
  const current = MAIN_ROUTES.find((r) => `/${r.view}` === path) ?? MAIN_ROUTES.find((r) => r.view === DEFAULT_VIEW)!;
  const back = current.view === DEFAULT_VIEW ? { label: 'Open Settings', onClick: () => navigate('/settings') } : { label: 'Go to Today', onClick: () => navigate(`/${DEFAULT_VIEW}`) };
  return (
    <MainShell view={current.view}>
      <ViewErrorBoundary key={current.view} name={`the ${current.label} view`} back={back}>
        {current.render()}
      </ViewErrorBoundary>
    </MainShell>
  );
}
