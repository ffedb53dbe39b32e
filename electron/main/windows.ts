import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import { eventChannel } from '../../shared/contract/names';
import { mainRoute } from '../../shared/contract/main-route';
import type { WindowRole } from '../services/ipc/dispatcher';
import { POPUP_SIZE } from '../services/shell/popup-presenter';
import type { MainWindowPort, PopupWindowPort } from '../services/shell/shell-port';

/** The two windows as the shell services see them: Electron calls, one each, no decisions. */
export class Windows {
  private main: BrowserWindow | null = null;
  private popup: BrowserWindow | null = null;

  constructor(
    private readonly options: {
      webPreferences: WebPreferences;
      pageUrl: (route: string) => string;
      /** Windows shutdown or log-off reaches the app only through its windows. */
      onSessionEnd: () => void;
    },
  ) {}

  roleOf(webContentsId: number): WindowRole | null {
    if (alive(this.main)?.webContents.id === webContentsId) return 'main';
    if (alive(this.popup)?.webContents.id === webContentsId) return 'popup';
    return null;
  }

  broadcast(channel: string, payload: unknown): void {
    for (const win of [this.main, this.popup]) alive(win)?.webContents.send(channel, payload);
  }

  readonly mainWindow: MainWindowPort = {
    exists: () => alive(this.main) !== null,
    create: (view, person) => {
      const win = new BrowserWindow({
        width: 1040,
        height: 740,
        minWidth: 640,
        minHeight: 480,
        show: false,
        title: 'Touchpoint',
        backgroundColor: nativeTheme.shouldUseDarkColors ? '#17181c' : '#f7f6f3',
        autoHideMenuBar: true,
        webPreferences: this.options.webPreferences,
      });
      win.once('ready-to-show', () => win.show());
      win.on('session-end', this.options.onSessionEnd);
      win.on('closed', () => (this.main = null));
      void win.loadURL(this.options.pageUrl(mainRoute(view, person)));
      this.main = win;
    },
    navigate: (view, person) => alive(this.main)?.webContents.send(eventChannel('navigation.requested'), person ? { view, person } : { view }),
    raise: () => {
      const win = alive(this.main);
      if (!win) return;
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },
  };

  readonly popupWindow: PopupWindowPort = {
    exists: () => alive(this.popup) !== null,
    create: (options, url) => {
      const win = new BrowserWindow({
        ...POPUP_SIZE,
        show: false,
        frame: false,
        resizable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        focusable: options.focusable,
        title: 'Touchpoint',
        backgroundColor: nativeTheme.shouldUseDarkColors ? '#17181c' : '#ffffff',
        webPreferences: this.options.webPreferences,
      });
      if (options.allWorkspaces !== 'none') {
        win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true, skipTransformProcessType: options.allWorkspaces === 'skip-transform' });
      }
      win.setAlwaysOnTop(true, 'pop-up-menu');
      win.on('session-end', this.options.onSessionEnd);
      win.on('closed', () => (this.popup = null));
      void win.loadURL(url);
      this.popup = win;
    },
    onPageLoading: (listener) => alive(this.popup)?.webContents.on('did-start-loading', listener),
    navigate: (route) => alive(this.popup)?.webContents.send(eventChannel('popup.show'), { route }),
    setBounds: (bounds) => alive(this.popup)?.setBounds(bounds),
    setFocusable: (focusable) => alive(this.popup)?.setFocusable(focusable),
    setSkipTaskbar: (skip) => alive(this.popup)?.setSkipTaskbar(skip),
    showInactive: () => alive(this.popup)?.showInactive(),
    show: () => alive(this.popup)?.show(),
    focus: () => alive(this.popup)?.focus(),
    hide: () => alive(this.popup)?.hide(),
    isVisible: () => alive(this.popup)?.isVisible() ?? false,
    onCloseRequested: (listener) =>
      alive(this.popup)?.on('close', (event) => {
        if (listener()) event.preventDefault();
      }),
  };
}

function alive(win: BrowserWindow | null): BrowserWindow | null {
  return win && !win.isDestroyed() ? win : null;
}
