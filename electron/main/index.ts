import { app, powerMonitor } from 'electron';
import { join } from 'node:path';
import type { EventName } from '../../shared/contract/index';
import { createAppServices, type AppServices } from '../services/app-services';
import { systemClock } from '../services/clock';
import { NewerDataError } from '../services/storage/data-store';
import { appUrlMatcher } from '../services/ipc/sender';
import trayIcon from '../assets/tray/tray.png?asset';
import trayIcon2x from '../assets/tray/tray@2x.png?asset';
import trayTemplate from '../assets/tray/trayTemplate.png?asset';
import trayTemplate2x from '../assets/tray/trayTemplate@2x.png?asset';
import { registerCommandHandlers } from './ipc';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { createSettingsBackend } from './settings-store';
import { TouchpointTray } from './tray';
import { markQuitting, WindowManager } from './windows';
import { showFatalError } from './fatal';

const MAINTENANCE_INTERVAL_MS = 60_000;
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

const isAppUrl = appUrlMatcher(APP_ORIGIN, devServerUrl);
const pageUrl = (route: string): string => `${devServerUrl ?? `${APP_ORIGIN}/index.html`}#${route}`;
const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

// A separate profile folder (tests, or keeping a second profile); the single-instance lock
// below is per profile folder, so this must come first.
if (process.env.TOUCHPOINT_USER_DATA) app.setPath('userData', process.env.TOUCHPOINT_USER_DATA);

// A second launch (e.g. from the app menu on Linux, where the tray may be hidden) opens the
// main window of the running instance instead of starting another one on the same data.
if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  registerAppScheme();
  hardenWebContents(isAppUrl);
  void app.whenReady().then(start).catch((error: unknown) => {
    showFatalError(error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  denyAllPermissions();
  serveRenderer(join(import.meta.dirname, '../renderer'));

  let tray: TouchpointTray | null = null;
  const windows = new WindowManager({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    pageUrl,
    trayBounds: () => tray?.bounds() ?? null,
  });

  const userData = app.getPath('userData');
  const { backend, setAside } = createSettingsBackend(userData, new Date());
  let services: AppServices;
  try {
    services = await createAppServices({
      userDataDirectory: userData,
      clock: systemClock,
      timeZone: systemTimeZone,
      settingsBackend: backend,
      version: app.getVersion(),
      emit: (event: EventName, payload: unknown) => windows.broadcast(event, payload),
      shell: {
        openMain: (view) => windows.showMain(view),
        popup: windows.popupSurface,
      },
    });
  } catch (error) {
    showFatalError(error instanceof NewerDataError ? error.message : error);
    app.exit(1);
    return;
  }
  if (setAside) {
    services.notices.post({
      level: 'warning',
      title: 'Your settings file could not be read',
      detail: `Touchpoint started with default settings. The unreadable file is kept at ${setAside}.`,
    });
  }

  registerCommandHandlers({ dispatch: services.dispatch, roleOf: (id) => windows.roleOf(id), isAppUrl });

  const logMoment = () => services.popup.openLogMoment();
  // macOS wants a black template image it can tint for the menu bar; other desktops a colour icon.
  const trayIcons = process.platform === 'darwin' ? { x1: trayTemplate, x2: trayTemplate2x, template: true } : { x1: trayIcon, x2: trayIcon2x, template: false };
  tray = new TouchpointTray(trayIcons, {
    logMoment,
    openMain: () => windows.showMain('log'),
    quit: () => app.quit(),
  });

  app.on('second-instance', () => windows.showMain('log'));
  app.on('activate', () => windows.showMain('log'));
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);

  const timer = setInterval(() => void services.maintain(), MAINTENANCE_INTERVAL_MS);
  powerMonitor.on('resume', () => void services.maintain());

  let flushed = false;
  app.on('before-quit', (event) => {
    markQuitting();
    if (flushed) return;
    event.preventDefault();
    clearInterval(timer);
    void services.close().finally(() => {
      flushed = true;
      tray?.destroy();
      app.quit();
    });
  });

  windows.showMain('log');

  // Electron-level tests drive the tray menu and inspect windows through this handle.
  if (process.env.TOUCHPOINT_E2E === '1') {
    (globalThis as { __touchpointTest?: unknown }).__touchpointTest = { tray, windows };
  }
}
