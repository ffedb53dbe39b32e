import { app, session, type Session, type WebContents, type WebPreferences } from 'electron';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), the parts
 * that apply app-wide. The rest lives where it acts: context isolation, sandbox, no Node,
 * no webview tag in secureWebPreferences below; the CSP header in protocol.ts (and a meta tag in the built
 * HTML); IPC sender validation in ipc.ts; fuses in electron-builder.yml. shell.openExternal
 * is called only in index.ts, for a Google or Microsoft sign-in page the main process built
 * itself (isProviderSignInUrl), so no URL from a page can reach the OS.
 *
 * `isAppUrl` accepts our own pages only: app://touchpoint/ (and the Vite dev server in dev).
 */
export function hardenApp(isAppUrl: (url: string) => boolean): void {
  // Every renderer sandboxed, even one created without our webPreferences (#4). Must run
  // before the app is ready.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl));
}

/** Every window's web preferences: context isolation, sandbox, no Node, no webview tag (#2-#4, #11, #12). */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Middle-click (auxclick) cannot open links.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
    // No DevTools in the shipped app: nobody can be talked into pasting code into a console.
    devTools,
  };
}

/** Call once the app is ready: the default session is the one our windows use. */
export function hardenDefaultSession(isAppUrl: (url: string) => boolean): void {
  hardenSession(session.defaultSession, isAppUrl);
}

function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  // #13: a page may not leave our pages (links, window.location, form posts, redirects).
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // will-navigate sees the main frame only: frames (our pages have none; the CSP forbids
  // them too) may show nothing but our pages, or DevTools' own panels.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url) && !event.url.startsWith('devtools://')) event.preventDefault();
  });
  // #11, #12: no <webview>, whatever its options (the tag is also off in webPreferences).
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // #14: no new windows: window.open, target=_blank, middle-click. Nothing is handed to the
  // browser either (#15).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  hardenSession(contents.session, isAppUrl);
}

const hardened = new WeakSet<Session>();

function hardenSession(ses: Session, isAppUrl: (url: string) => boolean): void {
  if (hardened.has(ses)) return;
  hardened.add(ses);
  // #5: Touchpoint needs no web permission (camera, notifications, clipboard, geolocation,
  // HID/USB/serial...). Bluetooth, HID, serial and USB pickers stay unanswered on purpose:
  // with no 'select-*' listener Electron cancels those requests.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  // #1, "no remote content", below the CSP too: pages load nothing from the network. The
  // calendar sync uses Node's fetch in the main process, which this does not see (Electron's
  // net.fetch would go through this session and be cancelled).
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    // ws: of the dev server counts as the dev server (Vite's hot reload).
    callback({ cancel: !isAppUrl(details.url.replace(/^ws(s?):/, 'http$1:')) });
  });

  // Privacy: on Windows and Linux Chromium's spellchecker downloads Hunspell dictionaries
  // from Google's servers, the only network traffic besides the user's calendars. macOS
  // uses the system spellchecker, which downloads nothing.
  if (process.platform !== 'darwin') ses.setSpellCheckerEnabled(false);
}
