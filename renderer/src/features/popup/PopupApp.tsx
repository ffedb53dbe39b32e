import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call, subscribe } from '../../api';
import { ViewErrorBoundary } from '../../components/ViewErrorBoundary';
import { navigate, useHashRoute } from '../../hooks/useHashRoute';
import { useTheme } from '../../hooks/useTheme';
import { useDataReplaced } from '../settings/data/useDataReplaced';
import { useVault } from '../vault/useVault';
import { LogMomentPopup } from './LogMomentPopup';

// The check-in face loads when first shown: "Log a moment" should not wait for it.
const CheckInPopup = lazy(() => import('../check-in/CheckInPopup').then((m) => ({ default: m.CheckInPopup })));

/**
 * The popup window near the tray: "Log a moment" or a check-in card. It has its own page
 * (popup.html) so it loads only this and what it uses: no chart, no main-window screen.
 */
export function PopupApp() {
  const { t } = useTranslation(['moment', 'checkIn', 'common']);
  useTheme();
  useDataReplaced();
  const route = useHashRoute();
  const vault = useVault();
  // The main process switches the popup between its two faces without reloading it.
  useEffect(() => subscribe('popup.show', ({ route: face }) => navigate(`/popup/${face}`)), []);
  // Each face sits behind its own error boundary: no data can blank the popup.
  const close = { label: t('common:actions.close'), onClick: () => void call('windows.closePopup') };
  if (route === '/popup/check-in') {
    return (
      <ViewErrorBoundary key="check-in" name={t('checkIn:viewName')} back={close}>
        <Suspense fallback={<main className="popup" aria-busy="true" />}>
          <CheckInPopup />
        </Suspense>
      </ViewErrorBoundary>
    );
  }
  return (
    <ViewErrorBoundary key="popup" name={t('popup.viewName')} back={close}>
      <LogMomentPopup locked={vault?.locked ?? false} />
    </ViewErrorBoundary>
  );
}
