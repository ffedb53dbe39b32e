import type { WindowRole } from './dispatcher';

export interface SenderFacts {
  /** The id of the web contents that sent the message. */
  webContentsId: number;
  /** URL of the frame that sent it, or null when the frame is gone. */
  frameUrl: string | null;
  /** False for iframes: only a window's own top frame may call. */
  isTopFrame: boolean;
}

/**
 * Which of our windows a message comes from, or null to refuse it: it must come from the top
 * frame of a window we created, showing our own page (not something it navigated to).
 */
export function trustedRole(
  sender: SenderFacts,
  roleOf: (webContentsId: number) => WindowRole | null,
  isAppUrl: (url: string) => boolean,
): WindowRole | null {
  if (!sender.isTopFrame || sender.frameUrl === null) return null;
  if (!isAppUrl(sender.frameUrl)) return null;
  return roleOf(sender.webContentsId);
}

/** Our pages' origin check: app://touchpoint/ in production, the Vite dev server in development. */
export function appUrlMatcher(appOrigin: string, devServerUrl: string | undefined): (url: string) => boolean {
  // Not URL.origin: for a custom scheme like app:// it is the opaque "null" for every host.
  const originOf = (url: string) => {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  };
  const allowed = [originOf(appOrigin), ...(devServerUrl ? [originOf(devServerUrl)] : [])];
  return (url) => {
    try {
      return allowed.includes(originOf(url));
    } catch {
      return false;
    }
  };
}
