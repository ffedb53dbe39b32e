import type { PlatformProfile } from './platform-profile';

/** How this process was started and what it runs from. */
export interface LaunchFacts {
  profile: PlatformProfile;
  /** app.isPackaged: an installed build, not `npm start`. */
  packaged: boolean;
  argv: readonly string[];
  /** The executable (the app, or bare Electron when unpackaged). */
  execPath: string;
  /** app.getAppPath(): the folder or asar Electron runs (needed to start bare Electron on it). */
  appPath: string;
  env: Readonly<Record<string, string | undefined>>;
}

export const HIDDEN_FLAG = '--hidden';

/**
 * Started by launch at login: stay in the tray instead of opening the main window. macOS cannot
 * pass arguments to a login item, so it asks the OS instead (wasOpenedAtLogin).
 */
export function startedAtLogin(facts: LaunchFacts, wasOpenedAtLogin: () => boolean): boolean {
  if (facts.argv.includes(HIDDEN_FLAG)) return true;
  return facts.profile.loginItems === 'macos-login-item' && wasOpenedAtLogin();
}

export type LoginPlan =
  | { kind: 'login-item'; settings: { openAtLogin: boolean; path?: string; args?: readonly string[] } }
  | { kind: 'xdg-autostart'; enabled: boolean; command: readonly string[] }
  | { kind: 'unsupported'; reason: string };

/**
 * What "Open Touchpoint when you log in" writes. An unpackaged run (`npm start`) is bare Electron
 * plus the app's folder: the entry must name both, or the login would start Electron's default
 * app. A macOS login item cannot carry the folder, so there it needs the installed app.
 */
export function loginPlan(facts: LaunchFacts, enabled: boolean): LoginPlan {
  const bareElectron = facts.packaged ? [] : [facts.appPath];
  switch (facts.profile.loginItems) {
    case 'xdg-autostart': {
      // An AppImage must be started through the AppImage, not the binary mounted from it.
      const command = facts.env.APPIMAGE ? [facts.env.APPIMAGE] : [facts.execPath, ...bareElectron];
      return { kind: 'xdg-autostart', enabled, command };
    }
    case 'windows-login-item':
      return { kind: 'login-item', settings: { openAtLogin: enabled, path: facts.execPath, args: [...bareElectron, HIDDEN_FLAG] } };
    case 'macos-login-item':
      if (!facts.packaged) return { kind: 'unsupported', reason: 'Launch at login works in the installed app, not in a development run.' };
      return { kind: 'login-item', settings: { openAtLogin: enabled } };
  }
}

/**
 * The Vite dev server's address, for development runs only. A packaged build ignores
 * ELECTRON_RENDERER_URL: otherwise whoever can set an environment variable could make the app
 * load their page and trust it as its own.
 */
export function devServerUrl(facts: Pick<LaunchFacts, 'packaged' | 'env'>): string | undefined {
  if (facts.packaged) return undefined;
  const url = facts.env.ELECTRON_RENDERER_URL;
  return url && /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+\/?$/.test(url) ? url : undefined;
}

/**
 * The renderer page for a hash route: the popup has its own page (popup.html), the main window's
 * views are index.html's. The page's address carries the locale the app formats in (?locale=),
 * so a window draws its first text without first asking the main process for it.
 */
export function rendererPageUrl(appOrigin: string, devServer: string | undefined, route: string, locale: string): string {
  const file = route.startsWith('/popup') ? 'popup.html' : 'index.html';
  const page = devServer ? new URL(file, devServer).href : `${appOrigin}/${file}`;
  return `${page}?${new URLSearchParams({ locale }).toString()}#${route}`;
}
