import { app, safeStorage, session } from 'electron';
import { join } from 'node:path';
import type { EventName } from '../../shared/contract/index';
import type { SecretBox } from '../services/calendar/sync/index';
import { systemClock } from '../services/clock';
import { AppHost } from '../services/host/app-host';
import { shouldAutoLock } from '../services/host/auto-lock';
import { appUrlMatcher } from '../services/ipc/sender';
import { trayModel, type TrayAction } from '../services/shell/tray-model';
import { NewerDataError } from '../services/storage/data-store';
import { showFatalError } from './fatal';
import { registerCommandHandlers } from './ipc';
import { applyLaunchAtLogin, PlatformWatch, registerLogShortcut } from './platform';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { hardenApp, hardenDefaultSession } from './security';
import { createSettingsBackend } from './settings-store';
import { TouchpointTray } from './tray';
import { trayIconFiles } from './tray-icons';
import { markQuitting, WindowManager } from './windows';

const MAINTENANCE_INTERVAL_MS = 60_000;
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const isAppUrl = appUrlMatcher(APP_ORIGIN, devServerUrl);
const pageUrl = (route: string): string => `${devServerUrl ?? `${APP_ORIGIN}/index.html`}#${route}`;
/** Started at login: stay in the tray instead of opening the main window. */
const startHidden = process.argv.includes('--hidden');

// A separate profile folder (tests, or keeping a second profile); the single-instance lock
// below is per profile folder, so this must come first.
if (process.env.TOUCHPOINT_USER_DATA) app.setPath('userData', process.env.TOUCHPOINT_USER_DATA);

// A second launch (e.g. from the app menu on Linux, where the tray may be hidden) opens the
// main window of the running instance instead of starting another one on the same data.
if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  registerAppScheme();
  hardenApp(isAppUrl);
  void app.whenReady().then(start).catch((error: unknown) => {
    showFatalError(error);
    app.exit(1);
  });
}

/** Calendar passwords and private feed addresses, encrypted with the OS key store. */
function safeStorageBox(): SecretBox {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher, 'base64')),
  };
}

async function start(): Promise<void> {
  hardenDefaultSession(isAppUrl);
  serveRenderer(join(import.meta.dirname, '../renderer'));

  let tray: TouchpointTray | null = null;
  let host: AppHost | null = null;
  let shortcutRegistered: boolean | null = null;
  const windows = new WindowManager({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    pageUrl,
    trayBounds: () => tray?.bounds() ?? null,
    onPopupClosedByUser: () => host?.popup.closeLog(),
  });
  const services = () => host?.services ?? null;
  const watch = new PlatformWatch({
    environmentChanged: () => services()?.coach.triggers.environmentChanged(),
    unlocked: () => services()?.coach.triggers.unlocked(),
    screenLocked: () => {
      if (host?.settings.get().privacy.lockOnScreenLock) void host.lock();
    },
    idleFor: (seconds) => {
      if (host && shouldLockNow(host, seconds)) void host.lock();
    },
    resumed: () => {
      services()?.coach.triggers.resumed();
      void services()?.calendar.sync.syncAll();
      void services()?.maintain();
    },
    timeZoneChanged: () => services()?.coach.triggers.timeZoneChanged(),
  });

  const refreshTray = () => {
    if (tray && host) tray.render(trayModel(host.coachState(), watch.timeZone(), undefined, host.state().locked));
  };
  const userData = app.getPath('userData');
  const { backend, setAside } = createSettingsBackend(userData, new Date());
  try {
    host = await AppHost.start({
      userDataDirectory: userData,
      clock: systemClock,
      timeZone: watch.timeZone,
      environment: watch.environment,
      settingsBackend: backend,
      version: app.getVersion(),
      calendar: { secretBox: safeStorageBox() },
      emit: (event: EventName, payload: unknown) => {
        windows.broadcast(event, payload);
        if (event === 'coach.changed' || event === 'settings.changed' || event === 'calendar.meetingsChanged' || event === 'vault.changed') refreshTray();
      },
      shell: {
        openMain: (view) => windows.showMain(view),
        popup: windows.popupSurface,
        status: () => ({ shortcutRegistered, os: process.platform, doNotDisturb: process.platform === 'linux', launchAtLogin: true }),
      },
      // "Delete all my data": also Chromium's storage in the profile (Touchpoint stores nothing
      // there, but a page could have) and its caches; the rest of that folder is Chromium's own.
      eraseShellData: async () => {
        await session.defaultSession.clearStorageData();
        await session.defaultSession.clearCache();
      },
      // Each time the log opens (start-up, unlock, restore): the coach and the calendar run.
      onOpened: (opened) => {
        opened.calendar.sync.start();
        opened.coach.start();
      },
    });
  } catch (error) {
    showFatalError(error instanceof NewerDataError ? error.message : error);
    app.exit(1);
    return;
  }
  const ready = host;
  if (setAside) {
    ready.notices.post({
      level: 'warning',
      title: 'Your settings file could not be read',
      detail: `Touchpoint started with default settings. The unreadable file is kept at ${setAside}.`,
    });
  }

  registerCommandHandlers({ dispatch: ready.dispatch, roleOf: (id) => windows.roleOf(id), isAppUrl });

  const onTrayAction = (action: TrayAction) => {
    switch (action.type) {
      case 'log-moment':
        return ready.popup.openLogMoment();
      case 'start-review':
        return windows.showMain('review');
      case 'show-check-in':
        return ready.popup.engagePrompt();
      case 'pause':
        return services()?.coach.pause(action.choice);
      case 'resume':
        return services()?.coach.resume();
      case 'open':
        return windows.showMain(action.view);
      case 'unlock':
        return windows.showMain('today');
      case 'quit':
        return app.quit();
    }
  };
  tray = new TouchpointTray(trayIconFiles(process.platform), process.platform === 'darwin', onTrayAction);
  refreshTray();

  // Settings that live outside the app: the global shortcut and launch at login.
  let appliedShortcut: string | null | undefined;
  let appliedLogin: boolean | undefined;
  const applyShellSettings = () => {
    const settings = ready.settings.get();
    if (settings.shortcut.logMoment !== appliedShortcut) {
      appliedShortcut = settings.shortcut.logMoment;
      shortcutRegistered = registerLogShortcut(appliedShortcut, () => ready.popup.openLogMoment());
    }
    if (settings.launchAtLogin !== appliedLogin) {
      appliedLogin = settings.launchAtLogin;
      void applyLaunchAtLogin(appliedLogin).catch((error: unknown) => console.error('Launch at login', error));
    }
  };
  applyShellSettings();
  ready.settings.onChange(applyShellSettings);

  app.on('second-instance', () => windows.showMain('today'));
  app.on('activate', () => windows.showMain('today'));
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);

  watch.start();
  const upkeep = setInterval(() => {
    void services()?.maintain();
    refreshTray();
  }, MAINTENANCE_INTERVAL_MS);

  let flushed = false;
  app.on('before-quit', (event) => {
    markQuitting();
    if (flushed) return;
    event.preventDefault();
    clearInterval(upkeep);
    watch.stop();
    void ready.close().finally(() => {
      flushed = true;
      tray?.destroy();
      app.quit();
    });
  });
  app.on('will-quit', () => registerLogShortcut(null, () => undefined));

  if (!startHidden) windows.showMain('today');

  // Electron-level tests drive the tray menu and inspect windows through this handle.
  if (process.env.TOUCHPOINT_E2E === '1') {
    (globalThis as { __touchpointTest?: unknown }).__touchpointTest = { tray, windows, host: ready };
  }
}

function shouldLockNow(host: AppHost, idleSeconds: number): boolean {
  return shouldAutoLock(host.state(), idleSeconds, host.settings.get().privacy);
}
