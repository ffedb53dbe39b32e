import { app, safeStorage, session, shell } from 'electron';
import Store from 'electron-store';
import { readFile, readlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { eventChannel } from '../../shared/contract/names';
import { localTimeZone } from '../../shared/format/locale-format';
import { systemClock } from '../services/clock';
import { isProviderSignInUrl } from '../services/calendar/accounts/open-accounts';
import { checkMeetingLink } from '../services/meetings/meeting-link-policy';
import { clientsFromBuildEnv } from '../services/calendar/oauth/client-config';
import { AppHost } from '../services/host/app-host';
import { appUrlMatcher } from '../services/ipc/sender';
import { createSettingsBackend } from '../services/settings/settings-file';
import { APP_ORIGIN } from '../services/shell/app-protocol';
import { setLinuxAutostart } from '../services/shell/autostart';
import { readDoNotDisturb, runCommand } from '../services/shell/do-not-disturb';
import { readPresentation } from '../services/shell/presentation';
import { keyringSecretBox } from '../services/shell/keyring';
import { devServerUrl, rendererPageUrl, type LaunchFacts } from '../services/shell/launch';
import { hasStatusNotifierHost, watchLockSignals } from '../services/shell/linux-session-bus';
import { detectProfile } from '../services/shell/platform-profile';
import { ShellController } from '../services/shell/shell-controller';
import { readSystemTimeZone } from '../services/shell/system-time-zone';
import { startupNotices } from '../services/shell/startup-notices';
import { chooseUiLocale } from '../services/shell/ui-locale';
import { setMainLocale } from '../services/text/main-text';
import { appPort, dialogPort, loginItemPort, notificationPort, screenPort, shortcutPort, systemPort } from './desktop';
import { showFatalError } from './fatal';
import { registerCommandHandlers } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenApp, hardenDefaultSession, secureWebPreferences } from './security';
import { ElectronTray } from './tray';
import { Windows } from './windows';
import { trayIconFiles } from './tray-icons';

// The Electron adapter: it builds the port from Electron's modules and hands every decision to
// the ShellController (electron/services/shell). Nothing here decides anything.

// A separate profile folder (tests, or a second profile); the single-instance lock is per folder.
if (process.env.TOUCHPOINT_USER_DATA) app.setPath('userData', process.env.TOUCHPOINT_USER_DATA);

const profile = detectProfile({ platform: process.platform, env: process.env, argv: process.argv });
const uiLocale = chooseUiLocale({ platform: process.platform, env: process.env, preferredLanguages: app.getPreferredSystemLanguages() });
setMainLocale(uiLocale);
const launch: LaunchFacts = { profile, packaged: app.isPackaged, argv: process.argv, execPath: process.execPath, appPath: app.getAppPath(), env: process.env };
const devServer = devServerUrl(launch);
const isAppUrl = appUrlMatcher(APP_ORIGIN, devServer);
const pageUrl = (route: string): string => rendererPageUrl(APP_ORIGIN, devServer, route, uiLocale);
const log = (message: string, error?: unknown) => console.error(message, error ?? '');
const sessionEnd = { listeners: [] as (() => void)[] };
const windows = new Windows({
  webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs'), !app.isPackaged && !process.env.TOUCHPOINT_NO_DEVTOOLS),
  pageUrl,
  onSessionEnd: () => sessionEnd.listeners.forEach((listener) => listener()),
});
const tray = new ElectronTray(trayIconFiles(process.platform), profile.name === 'macos');
const zoneReaders = { platform: process.platform, env: process.env, readLink: readlink, readText: (path: string) => readFile(path, 'utf8'), run: runCommand };

const controller = new ShellController({
  port: {
    app: appPort(sessionEnd),
    mainWindow: windows.mainWindow,
    popupWindow: windows.popupWindow,
    tray,
    notifications: notificationPort,
    screen: screenPort,
    system: systemPort,
    shortcuts: shortcutPort,
    loginItems: loginItemPort,
    dialogs: dialogPort,
    broadcast: (event, payload) => windows.broadcast(eventChannel(event), payload),
  },
  profile,
  launch,
  pageUrl,
  timers: { setTimeout, clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout), setInterval, clearInterval: (h) => clearInterval(h as NodeJS.Timeout) },
  log,
  writeAutostart: (enabled, command) => setLinuxAutostart(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), enabled, command),
  readDoNotDisturb: () => readDoNotDisturb(process.platform),
  readPresentation: () => readPresentation(process.platform, process.env, runCommand),
  doNotDisturbReadable: process.platform === 'linux',
  readTimeZone: () => readSystemTimeZone({ ...zoneReaders, fallback: localTimeZone }),
  initialTimeZone: localTimeZone(),
  locale: uiLocale,
  lockSource: (onChange) => watchLockSignals(onChange, { sessionId: process.env.XDG_SESSION_ID, log }),
  probeTray: profile.lockEvents === 'dbus' ? () => hasStatusNotifierHost({ log }) : undefined,
  showFatal: showFatalError,
  startHost: async (hooks) => {
    const userData = app.getPath('userData');
    const { backend, setAside } = createSettingsBackend(userData, new Date(), (options) => new Store<Record<string, unknown>>(options));
    const host = await AppHost.start({
      ...hooks,
      userDataDirectory: userData,
      clock: systemClock,
      settingsBackend: backend,
      version: app.getVersion(),
      calendar: {
        secretBox: keyringSecretBox(safeStorage, profile),
        oauth: {
          // Each name spelled out: electron-vite replaces these with the build's values.
          buildClients: clientsFromBuildEnv({
            MAIN_VITE_GOOGLE_CLIENT_ID: import.meta.env.MAIN_VITE_GOOGLE_CLIENT_ID,
            MAIN_VITE_GOOGLE_CLIENT_SECRET: import.meta.env.MAIN_VITE_GOOGLE_CLIENT_SECRET,
            MAIN_VITE_MICROSOFT_CLIENT_ID: import.meta.env.MAIN_VITE_MICROSOFT_CLIENT_ID,
          }),
          openExternal: async (url) => {
            if (!isProviderSignInUrl(url)) throw new Error('Only a provider’s sign-in page is opened in the browser');
            await shell.openExternal(url);
          },
        },
        // "Join" on Today: the handler has checked the link; checked again here, next to the call.
        openMeetingLink: async (url) => {
          const decision = checkMeetingLink(url);
          if (!decision.ok) throw new Error(decision.message);
          await shell.openExternal(decision.url);
        },
      },
      // "Delete all my data": also Chromium's storage and caches in the profile folder.
      eraseShellData: async () => {
        await session.defaultSession.clearStorageData();
        await session.defaultSession.clearCache();
      },
    });
    for (const notice of startupNotices({ settingsSetAside: setAside })) host.notices.post(notice);
    return host;
  },
});

// A second launch (e.g. from the app menu where the tray is hidden) raises this instance instead.
if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  controller.listen();
  for (const [name, value] of profile.switches) app.commandLine.appendSwitch(name, value);
  // Chromium's own locale decides how native date and time inputs read: make it the OS's.
  app.commandLine.appendSwitch('lang', uiLocale);
  registerAppScheme();
  hardenApp(isAppUrl);
  void app.whenReady().then(() => {
    hardenDefaultSession(isAppUrl);
    serveRenderer(join(import.meta.dirname, '../renderer'));
    registerCommandHandlers({ dispatch: controller.dispatch, roleOf: (id) => windows.roleOf(id), isAppUrl });
    return controller.start();
  });
  // Electron-level tests drive the tray menu and inspect windows through this handle.
  if (process.env.TOUCHPOINT_E2E === '1') (globalThis as { __touchpointTest?: unknown }).__touchpointTest = { controller, tray };
}

// A tray app keeps running with no window open.
app.on('window-all-closed', () => undefined);
