import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { MainShell } from './features/shell/MainShell';
import { navigate, routePath, useHashRoute } from './hooks/useHashRoute';
import { useTheme } from './hooks/useTheme';
import { useDataReplaced } from './features/settings/data/useDataReplaced';
import { useAppInfo } from './hooks/useAppInfo';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { useVault } from './features/vault/useVault';
import { DEFAULT_VIEW, PopupInMainPage, routeFor } from './routes';

/** The main window's page: each view is loaded when first shown (see routes.tsx). */
export function App() {
  const route = useHashRoute();
  if (route.startsWith('/popup')) {
    return (
      <Suspense fallback={null}>
        <PopupInMainPage.Component />
      </Suspense>
    );
  }
  return <MainWindow route={route} />;
}

function MainWindow(props: { route: string }) {
  const { t } = useTranslation('shell');
  useTheme();
  useDataReplaced();
  const vault = useVault();
  const info = useAppInfo();
  // While the log is locked, the main window shows nothing of it: only the way to unlock.
  if (vault?.locked) {
    return (
      <ViewErrorBoundary key="unlock" name={t('viewError.lockScreenName')} back={{ label: t('viewError.reload'), onClick: () => window.location.reload() }}>
        <UnlockScreen queued={vault.queued} busy={vault.busy === 'unlocking'} dataFolder={info?.dataDirectory ?? null} />
      </ViewErrorBoundary>
    );
  }
  const path = routePath(props.route);
  const current = routeFor(path);
  // Every view sits behind its own error boundary: no data can blank a window.
  const back = current.view === DEFAULT_VIEW ? { label: t('viewError.openSettings'), onClick: () => navigate('/settings') } : { label: t('viewError.goToToday'), onClick: () => navigate(`/${DEFAULT_VIEW}`) };
  return (
    <MainShell view={current.view}>
      <ViewErrorBoundary key={current.view} name={t('viewError.viewName', { view: t(`views.${current.view}`) })} back={back}>
        <Suspense fallback={null}>{current.render()}</Suspense>
      </ViewErrorBoundary>
    </MainShell>
  );
}
