import { app, BrowserWindow, nativeTheme, screen, type Rectangle } from 'electron';
import type { MainView } from '../../shared/contract/commands';
import { eventChannel, type EVENT_NAMES } from '../../shared/contract/names';
import type { WindowRole } from '../services/ipc/dispatcher';
import { popupPosition } from '../services/popup-position';
import type { PopupRoute, PopupSurface } from '../services/popup-controller';

const POPUP_SIZE = { width: 420, height: 620 };

export interface WindowOptions {
  preloadPath: string;
  /** URL of the renderer page for a hash route, e.g. app://touchpoint/index.html#/log */
  pageUrl: (route: string) => string;
  trayBounds: () => Rectangle | null;
  /** The window manager's close button or Alt+F4 on the popup. */
  onPopupClosedByUser?: () => void;
}

const secureWebPreferences = (preload: string) => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  // Security checklist #11/#12: no <webview> tag; middle-click (auxclick) cannot open links.
  webviewTag: false,
  disableBlinkFeatures: 'Auxclick',
  spellcheck: true,
  // No DevTools in the shipped app: nobody can be talked into pasting code into a console.
  devTools: !app.isPackaged && !process.env.TOUCHPOINT_NO_DEVTOOLS,
});

/** The main window (log, settings) and the small popup near the tray. */
export class WindowManager {
  private main: BrowserWindow | null = null;
  private popup: BrowserWindow | null = null;

  constructor(private readonly options: WindowOptions) {}

  roleOf(webContentsId: number): WindowRole | null {
    if (this.main && !this.main.isDestroyed() && this.main.webContents.id === webContentsId) return 'main';
    if (this.popup && !this.popup.isDestroyed() && this.popup.webContents.id === webContentsId) return 'popup';
    return null;
  }

  showMain(view: MainView = 'log'): void {
    if (this.main && !this.main.isDestroyed()) {
      this.send(this.main, 'navigation.requested', { view });
      if (this.main.isMinimized()) this.main.restore();
      this.main.show();
      this.main.focus();
      return;
    }
    const win = new BrowserWindow({
      width: 1040,
      height: 740,
      minWidth: 640,
      minHeight: 480,
      show: false,
      title: 'Touchpoint',
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#17181c' : '#f7f6f3',
      autoHideMenuBar: true,
      webPreferences: secureWebPreferences(this.options.preloadPath),
    });
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      this.main = null;
    });
    void win.loadURL(this.options.pageUrl(`/${view}`));
    this.main = win;
  }

  /** The popup as the services see it (PopupController decides what it shows). */
  readonly popupSurface: PopupSurface = {
    show: (route, focus) => this.showPopup(route, focus),
    hide: () => this.hidePopup(),
  };

  /**
   * Shows the popup near the tray. `focus` is for popups the user asked for (Log a moment,
   * or a card they clicked): they take the keyboard. Cards the app raises on its own are
   * shown inactive and not focusable, so they never steal typing.
   */
  private showPopup(popupRoute: PopupRoute, focus: boolean): void {
    const route = `/popup/${popupRoute}`;
    const wasVisible = this.popup !== null && !this.popup.isDestroyed() && this.popup.isVisible();
    const win = this.ensurePopup(route);
    if (wasVisible && focus) {
      // Already on screen (the user clicked a quiet card): just let it take the keyboard.
      win.setFocusable(true);
      win.focus();
      return;
    }
    const cursor = screen.getCursorScreenPoint();
    const display = screen.getDisplayNearestPoint(cursor);
    const bounds = this.options.trayBounds();
    const { x, y } = popupPosition(bounds, display.workArea, POPUP_SIZE);
    win.setBounds({ x, y, ...POPUP_SIZE });
    if (focus) {
      win.setFocusable(true);
      win.show();
      win.focus();
    } else {
      win.setFocusable(false);
      win.showInactive();
    }
  }

  private hidePopup(): void {
    if (this.popup && !this.popup.isDestroyed()) this.popup.hide();
  }

  broadcast<E extends (typeof EVENT_NAMES)[number]>(event: E, payload: unknown): void {
    for (const win of [this.main, this.popup]) if (win && !win.isDestroyed()) this.send(win, event, payload);
  }

  private send(win: BrowserWindow, event: (typeof EVENT_NAMES)[number], payload: unknown): void {
    win.webContents.send(eventChannel(event), payload);
  }

  private ensurePopup(route: string): BrowserWindow {
    if (this.popup && !this.popup.isDestroyed()) {
      // Switch faces in the page (no reload, so a half-written card or moment survives).
      this.send(this.popup, 'popup.show', { route: route.replace('/popup/', '') });
      return this.popup;
    }
    const win = new BrowserWindow({
      ...POPUP_SIZE,
      show: false,
      frame: false,
      resizable: false,
      movable: true,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      focusable: false,
      title: 'Touchpoint',
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#17181c' : '#ffffff',
      webPreferences: secureWebPreferences(this.options.preloadPath),
    });
    win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
    win.setAlwaysOnTop(true, 'pop-up-menu');
    // Closing the popup hides it, so an unsaved draft is still there next time.
    win.on('close', (event) => {
      if (!quitting) {
        event.preventDefault();
        this.options.onPopupClosedByUser?.();
      }
    });
    win.on('closed', () => {
      this.popup = null;
    });
    void win.loadURL(this.options.pageUrl(route));
    this.popup = win;
    return win;
  }
}

let quitting = false;
export function markQuitting(): void {
  quitting = true;
}
