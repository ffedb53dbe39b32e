import { lazy, type ReactNode } from 'react';
import type { MainView } from '../../shared/contract/index';

// Each view is its own chunk, loaded when first shown: opening the window on Today never
// loads the charts of Insights or the forms of Settings.
const LogView = lazy(() => import('./features/log/LogView').then((m) => ({ default: m.LogView })));
const InsightsView = lazy(() => import('./features/insights/InsightsView').then((m) => ({ default: m.InsightsView })));
const LookBackView = lazy(() => import('./features/insights/LookBackView').then((m) => ({ default: m.LookBackView })));
const ScienceView = lazy(() => import('./features/science/ScienceView').then((m) => ({ default: m.ScienceView })));
const ReviewView = lazy(() => import('./features/review/ReviewView').then((m) => ({ default: m.ReviewView })));
const FirstRun = lazy(() => import('./features/onboarding/FirstRun').then((m) => ({ default: m.FirstRun })));
const TodayView = lazy(() => import('./features/today/TodayView').then((m) => ({ default: m.TodayView })));
const SettingsView = lazy(() => import('./features/settings/SettingsView').then((m) => ({ default: m.SettingsView })));

/** A view's name is the catalog's `shell:views.<view>`, in the navigation and in error messages. */
export interface MainRoute {
  view: MainView;
  render: () => ReactNode;
}

/**
 * The main window's views, in navigation order. A feature adds its line here; the shell
 * builds the navigation from this list and the main process opens windows on these views.
 */
export const MAIN_ROUTES: MainRoute[] = [
  // The landing view: on the first run it shows the welcome and calendar setup instead.
  { view: 'today', render: () => <FirstRun><TodayView /></FirstRun> },
  { view: 'review', render: () => <ReviewView /> },
  { view: 'week', render: () => <LookBackView /> },
  { view: 'log', render: () => <LogView /> },
  { view: 'insights', render: () => <InsightsView /> },
  { view: 'settings', render: () => <SettingsView /> },
  { view: 'science', render: () => <ScienceView /> },
];

/** Where "Open Touchpoint" lands when the asked view is not built into this version. */
export const DEFAULT_VIEW: MainView = 'today';
