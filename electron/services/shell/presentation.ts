import type { RunCommand } from './do-not-disturb';

/**
 * Whether the user is presenting: a full-screen app has the focus, or the screen is being
 * shared. A check-in floating over either could show private notes to a room, so the coach
 * holds its card (shown when this ends, not dropped). What each OS lets an app read:
 *
 * - Linux X11: full screen is read from the focused window's `_NET_WM_STATE` (EWMH), with
 *   `xprop` (package x11-utils) — `_NET_ACTIVE_WINDOW` on the root, then that window's state.
 *   No `xprop`, no X display, or any error: reported as "not presenting".
 * - Linux Wayland: a client cannot see other windows' state; not detected.
 * - Screen sharing on Linux: the ScreenCast portal tells only the app that asked for the
 *   stream; no public way to learn that another app shares the screen; not detected.
 * - macOS and Windows: not implemented. Windows has `SHQueryUserNotificationState` (returns
 *   QUNS_BUSY / QUNS_RUNNING_D3D_FULL_SCREEN / QUNS_PRESENTATION_MODE for full-screen apps and
 *   presentation mode) and macOS lets an app list on-screen windows and their bounds
 *   (`CGWindowListCopyWindowInfo`) to spot one covering the display; both need native code
 *   this app does not ship. Neither OS offers an API for "the screen is being shared".
 */
export interface Presentation {
  fullScreen: boolean;
  screenShared: boolean;
}

export const NOT_PRESENTING: Presentation = { fullScreen: false, screenShared: false };

/** What `readPresentation` can tell on this platform (shown in Settings' platform facts and the README). */
export function presentationDetection(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): { fullScreen: boolean; screenShared: boolean } {
  return { fullScreen: platform === 'linux' && isX11(env), screenShared: false };
}

function isX11(env: Readonly<Record<string, string | undefined>>): boolean {
  // Under Wayland, DISPLAY may point at XWayland, which sees only X clients: not trusted.
  return Boolean(env.DISPLAY) && !env.WAYLAND_DISPLAY && env.XDG_SESSION_TYPE !== 'wayland';
}

const WINDOW_ID = /window id # (0x[0-9a-f]+)/iu;

export async function readPresentation(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, run: RunCommand): Promise<Presentation> {
  if (!presentationDetection(platform, env).fullScreen) return NOT_PRESENTING;
  try {
    const active = WINDOW_ID.exec(await run('xprop', ['-root', '_NET_ACTIVE_WINDOW']))?.[1];
    if (!active || /^0x0+$/u.test(active)) return NOT_PRESENTING;
    const state = await run('xprop', ['-id', active, '_NET_WM_STATE']);
    return { fullScreen: state.includes('_NET_WM_STATE_FULLSCREEN'), screenShared: false };
  } catch {
    // Better a card too many than the coach silenced by a missing tool.
    return NOT_PRESENTING;
  }
}
