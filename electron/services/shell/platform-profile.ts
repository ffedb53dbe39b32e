/**
 * What each desktop lets Touchpoint do, in one place. Every shell decision (how a card appears,
 * what a tray click does, where lock events come from, how launch at login works) reads these
 * facts instead of testing `process.platform` where it acts. The facts come from Electron 45's
 * documentation and source; the references are on each field.
 */
export type ProfileName = 'macos' | 'windows' | 'linux-x11' | 'linux-wayland';

export interface PlatformProfile {
  name: ProfileName;
  /**
   * A window can appear without taking the keyboard, stay on top and be placed where we say:
   * `showInactive()`, `setAlwaysOnTop()`, `setPosition()` and `screen.getCursorScreenPoint()` are
   * unsupported on Wayland (browser-window.md, screen.md). Where false, a quiet card is an OS
   * notification that opens the card when clicked.
   */
  quietWindow: boolean;
  /**
   * `focusable: false` at creation. On X11 it makes the window override-redirect and never
   * activatable (so "Log a moment" could not be typed into), and `setFocusable()` is documented
   * for macOS and Windows only: Linux windows are created focusable and shown inactive instead.
   */
  toggleFocusable: boolean;
  /** Windows: `setFocusable(true)` resets skip-taskbar (browser-window.md, win.setFocusable). */
  focusableResetsSkipTaskbar: boolean;
  /**
   * macOS: `setVisibleOnAllWorkspaces(true)` turns the app into a UI element (no Dock icon, no
   * Cmd-Tab) unless `skipTransformProcessType: true` (browser-window.md). Other desktops: no
   * such transformation (Windows ignores the call).
   */
  allWorkspaces: 'skip-transform' | 'plain' | 'none';
  /**
   * What a click on the tray icon can do. macOS: with a context menu set, a mouse-down fires
   * `click` and then opens the menu, so the menu is popped up by hand instead (tray.md). Windows:
   * left click is ours, right click opens the menu. Linux: StatusNotifierItem hosts may never
   * send `click`; the menu is the only reliable action (tray.md, "Platform Considerations").
   */
  trayClick: 'pop-up-menu' | 'click-or-menu' | 'menu-only';
  /**
   * Screen lock events: `powerMonitor` 'lock-screen'/'unlock-screen' exist on macOS and Windows
   * only (power-monitor.md); Linux listens to logind and the desktop's screen saver over D-Bus.
   */
  lockEvents: 'power-monitor' | 'dbus';
  /** `powerMonitor.getSystemIdleTime()` is unreliable on Wayland (no idle protocol in Chromium's ozone/wayland). */
  idleTime: boolean;
  /**
   * Launch at login. macOS: `args` of setLoginItemSettings is ignored; `wasOpenedAtLogin` tells a
   * login start (app.md). Windows: login item with `args`. Linux: an XDG autostart entry.
   */
  loginItems: 'macos-login-item' | 'windows-login-item' | 'xdg-autostart';
  /**
   * Wayland: global shortcuts go through the desktop portal, which needs a reverse-DNS desktop
   * file id, and `globalShortcut.register()` may return true although the portal refused.
   */
  shortcutConfirmed: boolean;
  /**
   * Windows emits no 'before-quit' on shutdown or log-off; the windows get 'query-session-end'
   * and 'session-end' (browser-window.md).
   */
  sessionEndEvents: boolean;
  /**
   * Linux: without a keyring safeStorage falls back to 'basic_text' (a fixed key) while
   * isEncryptionAvailable() stays true; getSelectedStorageBackend() tells (safe-storage.md).
   */
  keyringBackendMatters: boolean;
  /** macOS has a Dock and a menu bar; a click on the Dock icon emits 'activate' (app.md). */
  dockActivate: boolean;
  /**
   * Chromium switches to set before the app is ready. Wayland: global shortcuts only through
   * the desktop portal, enabled by the GlobalShortcutsPortal feature (global-shortcut.md).
   */
  switches: readonly (readonly [string, string])[];
}

const BASE_LINUX = {
  toggleFocusable: false,
  focusableResetsSkipTaskbar: false,
  trayClick: 'menu-only',
  lockEvents: 'dbus',
  loginItems: 'xdg-autostart',
  sessionEndEvents: false,
  keyringBackendMatters: true,
  dockActivate: false,
} as const;

const NO_SWITCHES: PlatformProfile['switches'] = [];

export const PROFILES: Readonly<Record<ProfileName, PlatformProfile>> = {
  macos: {
    name: 'macos',
    quietWindow: true,
    toggleFocusable: true,
    focusableResetsSkipTaskbar: false,
    allWorkspaces: 'skip-transform',
    trayClick: 'pop-up-menu',
    lockEvents: 'power-monitor',
    idleTime: true,
    loginItems: 'macos-login-item',
    shortcutConfirmed: true,
    sessionEndEvents: false,
    keyringBackendMatters: false,
    dockActivate: true,
    switches: NO_SWITCHES,
  },
  windows: {
    name: 'windows',
    quietWindow: true,
    toggleFocusable: true,
    focusableResetsSkipTaskbar: true,
    allWorkspaces: 'none',
    trayClick: 'click-or-menu',
    lockEvents: 'power-monitor',
    idleTime: true,
    loginItems: 'windows-login-item',
    shortcutConfirmed: true,
    sessionEndEvents: true,
    keyringBackendMatters: false,
    dockActivate: false,
    switches: NO_SWITCHES,
  },
  'linux-x11': { ...BASE_LINUX, name: 'linux-x11', quietWindow: true, allWorkspaces: 'plain', idleTime: true, shortcutConfirmed: true, switches: NO_SWITCHES },
  'linux-wayland': {
    ...BASE_LINUX,
    name: 'linux-wayland',
    quietWindow: false,
    allWorkspaces: 'none',
    idleTime: false,
    shortcutConfirmed: false,
    switches: [['enable-features', 'GlobalShortcutsPortal']],
  },
};

/** The facts the profile is chosen from (process.platform, the environment, the command line). */
export interface ProfileInput {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  argv: readonly string[];
}

/**
 * Electron 38+ starts with `--ozone-platform=auto` on Linux: Wayland when the session offers it
 * (WAYLAND_DISPLAY set), X11 otherwise; `--ozone-platform=x11|wayland` or
 * ELECTRON_OZONE_PLATFORM_HINT choose explicitly.
 */
export function detectProfile(input: ProfileInput): PlatformProfile {
  if (input.platform === 'darwin') return PROFILES.macos;
  if (input.platform === 'win32') return PROFILES.windows;
  const flag = input.argv.find((arg) => arg.startsWith('--ozone-platform='))?.split('=')[1];
  const choice = flag ?? input.env.ELECTRON_OZONE_PLATFORM_HINT ?? 'auto';
  if (choice === 'wayland') return PROFILES['linux-wayland'];
  if (choice === 'x11') return PROFILES['linux-x11'];
  return input.env.WAYLAND_DISPLAY ? PROFILES['linux-wayland'] : PROFILES['linux-x11'];
}
