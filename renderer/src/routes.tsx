import type { ReactNode } from 'react';
import type { MainView } from '../../shared/contract/index';
import { LogView } from './features/log/LogView';
import { InsightsView } from './features/insights/InsightsView';
import { ScienceView } from './features/science/ScienceView';
import { ReviewView } from './features/review/ReviewView';
import { FirstRun } from './features/onboarding/FirstRun';
import { TodayView } from './features/today/TodayView';
import { SettingsView } from './features/settings/SettingsView';

export interface MainRoute {
  view: MainView;
  label: string;
  render: () => ReactNode;
}

/**
 * The main window's views, in navigation order. A feature adds its line here; the shell
 * builds the navigation from this list and the main process opens windows on these views.
 */
export const MAIN_ROUTES: MainRoute[] = [
  // The landing view: on the first run it shows the welcome and calendar setup instead.
  { view: 'today', label: 'Today', render: () => <FirstRun><TodayView /></FirstRun> },
  { view: 'review', label: 'Review', render: () => <ReviewView /> },
  { view: 'log', label: 'Reflection log', render: () => <LogView /> },
  { view: 'insights', label: 'Insights', render: () => <InsightsView /> },
  { view: 'settings', label: 'Settings', render: () => <SettingsView /> },
  { view: 'science', label: 'About the science', render: () => <ScienceView /> },
];

/** Where "Open Touchpoint" lands when the asked view is not built into this version. */
export const DEFAULT_VIEW: MainView = 'today';
