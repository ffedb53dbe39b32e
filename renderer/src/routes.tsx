import type { ReactNode } from 'react';
import type { MainView } from '../../shared/contract/index';
import { LogView } from './features/log/LogView';
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
  { view: 'log', label: 'Reflection log', render: () => <LogView /> },
  { view: 'settings', label: 'Settings', render: () => <SettingsView /> },
];

/** Where "Open Touchpoint" lands when the asked view is not built into this version. */
export const DEFAULT_VIEW: MainView = 'log';
