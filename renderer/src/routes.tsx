import { lazy, useState, type ComponentType, type ReactNode } from 'react';
import type { MainView } from '../../shared/contract/index';
import type { ViewNamespace } from './catalogs/main-view-english';
import { loadViewNamespaces } from './view-namespaces';

/**
 * Each view is its own chunk, loaded when first shown: opening the window on Today never
 * loads the charts of Insights or the forms of Settings. `load` is the chunk's import, kept
 * once so the start-up can fetch the view it opens on (`preload`) alongside the catalog,
 * instead of only after the first render asks for it. A chunk that fails to load fails the
 * render (its view's error boundary says so), not the preload.
 *
 * A view's chunk loads together with the words only it uses (`namespaces`, beyond those the
 * window loads at start): it is drawn once both are in.
 *
 * A view whose chunk is already in is drawn at once. A lazy component suspends on its first
 * render even then, and React holds back what a Suspense boundary reveals for up to 300 ms
 * after it showed its fallback: Today, preloaded, appeared 300 ms after the shell. Each use
 * keeps the component it started with, so a view drawn through the lazy one is never remounted.
 */
const noop = () => undefined;

function view<P extends object>(load: () => Promise<ComponentType<P>>, namespaces: readonly ViewNamespace[] = []) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const fetch = () =>
    (pending ??= Promise.all([load(), loadViewNamespaces(namespaces)]).then(([component]) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(fetch);
  function Component(props: P) {
    const [View] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <View {...props} />;
  }
  return { Component, preload: () => fetch().then(noop, noop) };
}

const LogView = view(() => import('./features/log/LogView').then((m) => m.LogView), ['log', 'moment', 'settingsData']);
const InsightsView = view(() => import('./features/insights/InsightsView').then((m) => m.InsightsView), ['insights', 'moment']);
const LookBackView = view(() => import('./features/insights/LookBackView').then((m) => m.LookBackView), ['insights']);
const ScienceView = view(() => import('./features/science/ScienceView').then((m) => m.ScienceView), ['science', 'insights']);
const ReviewView = view(() => import('./features/review/ReviewView').then((m) => m.ReviewView), ['review', 'moment', 'checkIn']);
const FirstRun = view(() => import('./features/onboarding/FirstRun').then((m) => m.FirstRun));
const TodayView = view(() => import('./features/today/TodayView').then((m) => m.TodayView));
// The popup has its own page (popup.html); this is only for a shell still opening index.html#/popup/...
export const PopupInMainPage = view(() => import('./features/popup/PopupApp').then((m) => m.PopupApp), ['moment', 'checkIn']);
const SettingsView = view(() => import('./features/settings/SettingsView').then((m) => m.SettingsView), ['settings', 'settingsData', 'insights']);

/** A view's name is the catalog's `shell:views.<view>`, in the navigation and in error messages. */
export interface MainRoute {
  view: MainView;
  render: () => ReactNode;
  /** Starts loading the view's chunks without drawing it; settles (never fails) once they are in or failed. */
  preload: () => Promise<void>;
}

/**
 * The main window's views, in navigation order. A feature adds its line here; the shell
 * builds the navigation from this list and the main process opens windows on these views.
 */
export const MAIN_ROUTES: MainRoute[] = [
  // The landing view: on the first run it shows the welcome and calendar setup instead.
  {
    view: 'today',
    render: () => (
      <FirstRun.Component>
        <TodayView.Component />
      </FirstRun.Component>
    ),
    preload: () => Promise.all([FirstRun.preload(), TodayView.preload()]).then(noop),
  },
  { view: 'review', render: () => <ReviewView.Component />, preload: ReviewView.preload },
  { view: 'week', render: () => <LookBackView.Component />, preload: LookBackView.preload },
  { view: 'log', render: () => <LogView.Component />, preload: LogView.preload },
  { view: 'insights', render: () => <InsightsView.Component />, preload: InsightsView.preload },
  { view: 'settings', render: () => <SettingsView.Component />, preload: SettingsView.preload },
  { view: 'science', render: () => <ScienceView.Component />, preload: ScienceView.preload },
];

/** Where "Open Touchpoint" lands when the asked view is not built into this version. */
export const DEFAULT_VIEW: MainView = 'today';

/** The route of a path ("/log", its "?day=…" already cut by routePath); the landing view for any other. */
export function routeFor(path: string): MainRoute {
  return MAIN_ROUTES.find((r) => `/${r.view}` === path) ?? MAIN_ROUTES.find((r) => r.view === DEFAULT_VIEW)!;
}
