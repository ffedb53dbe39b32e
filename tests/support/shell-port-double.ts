import type { MainView } from '../../shared/contract/commands';
import type { Rect } from '../../electron/services/popup-position';
import type { PlatformProfile } from '../../electron/services/shell/platform-profile';
import type { AppEvents, Display, PopupWindowOptions, PowerEvents, ShellPort } from '../../electron/services/shell/shell-port';
import type { TrayAction, TrayIconState, TrayItem } from '../../electron/services/shell/tray-model';

/**
 * A stand-in for Electron behind the ShellPort that behaves as Electron 45 is documented to
 * behave on each platform profile, so the shell's decisions can be tested on every desktop
 * here. Each rule cites its source (docs: electronjs.org/docs/latest/api/...). It models who
 * has the keyboard, the taskbar, the Dock, the tray menu and the app's quit sequence.
 */
export class ShellPortDouble {
  /** Who has the keyboard: the app the user is typing in, our popup, or our main window. */
  keyboard: 'other-app' | 'popup' | 'main' = 'other-app';
  dockIcon = true;
  state: 'running' | 'quit' | 'exited' = 'running';
  readonly calls: string[] = [];
  readonly notes: { title: string; body: string; onClick: () => void; closed: boolean }[] = [];
  readonly broadcasts: { event: string; payload: unknown }[] = [];
  mainWindow: { view: MainView; visible: boolean } | null = null;
  popup: {
    focusable: boolean;
    /** X11: created with focusable:false it is override-redirect and can never be activated. */
    activatable: boolean;
    skipTaskbar: boolean;
    visible: boolean;
    bounds: Rect | null;
    route: string;
    ready: boolean;
    options: PopupWindowOptions;
    shownBeforeReady: boolean;
  } | null = null;
  tray: { icon: TrayIconState; tooltip: string; contextMenu: readonly TrayItem[] | null; menuOpen: boolean; setContextMenuCalls: number; choose: ((a: TrayAction) => void) | null } | null = null;
  loginItem: { openAtLogin: boolean; path?: string; args?: readonly string[] } | null = null;
  wasOpenedAtLogin = false;
  trayHost = true;
  shortcutAccepted = true;
  trayBounds: Rect | null = null;
  cursor: { x: number; y: number } = { x: 100, y: 100 };
  displays: Display[] = [{ bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  idleSeconds = 0;
  /** What the user answers when asked whether to quit with unsaved changes (true: quit anyway). */
  quitWithUnsaved = false;
  readonly asked: string[] = [];
  private readonly appListeners: { [E in keyof AppEvents]: AppEvents[E][] } = { 'second-instance': [], activate: [], 'before-quit': [], 'session-end': [] };
  private readonly powerListeners: { [E in keyof PowerEvents]: PowerEvents[E][] } = { 'lock-screen': [], 'unlock-screen': [], resume: [], 'user-did-become-active': [] };
  private closeListener: (() => boolean) | null = null;
  private trayClick: (() => void) | null = null;
  private pageLoading: (() => void) | null = null;
  /** The face the popup's page has drawn (it draws after each load or face switch). */
  private drawnFace: string | null = null;
  /** Where the page reports a drawn face (the `windows.popupReady` command); the harness wires it. */
  onPageDrawn: ((face: 'log' | 'check-in') => void) | null = null;
  /** Whether the page draws by itself right after loading or switching (false: the test draws it). */
  autoDraw = true;
  readonly port: ShellPort;

  constructor(readonly profile: PlatformProfile) {
    const onWayland = profile.name === 'linux-wayland';
    const onLinux = profile.name.startsWith('linux');
    this.port = {
      app: {
        on: (event, listener) => void (this.appListeners[event] as unknown[]).push(listener),
        // app.md, app.quit(): emits before-quit first; event.preventDefault() there holds the quit.
        quit: () => {
          this.calls.push('app.quit');
          const held = this.appListeners['before-quit'].map((l) => l()).some(Boolean);
          if (!held) this.state = 'quit';
        },
        exit: (code) => {
          this.calls.push(`app.exit:${code}`);
          this.state = 'exited';
        },
      },
      mainWindow: {
        exists: () => this.mainWindow !== null,
        create: (view) => {
          this.calls.push(`main.create:${view}`);
          this.mainWindow = { view, visible: true };
          this.keyboard = 'main';
        },
        navigate: (view) => {
          if (this.mainWindow) this.mainWindow.view = view;
        },
        raise: () => {
          if (!this.mainWindow) return;
          this.mainWindow.visible = true;
          this.keyboard = 'main';
        },
      },
      popupWindow: {
        exists: () => this.popup !== null,
        create: (options, url) => {
          this.calls.push(`popup.create:${options.focusable ? 'focusable' : 'not-focusable'}`);
          // browser-window.md, setVisibleOnAllWorkspaces: on macOS it makes the app a UI element (no Dock icon) unless skipTransformProcessType.
          if (profile.name === 'macos' && options.allWorkspaces === 'plain') this.dockIcon = false;
          this.popup = {
            focusable: options.focusable,
            // BrowserWindow `focusable: false` on Linux X11 sets override-redirect: never activatable.
            activatable: options.focusable || !onLinux,
            // browser-window.md: skipTaskbar option at creation.
            skipTaskbar: true,
            visible: false,
            bounds: null,
            route: url.split('#')[1] ?? '',
            ready: false,
            options,
            shownBeforeReady: false,
          };
          this.drawnFace = null;
          this.drawSoon();
        },
        onPageLoading: (listener) => (this.pageLoading = listener),
        navigate: (route) => {
          if (!this.popup) return;
          this.popup.route = `/popup/${route}`;
          this.drawSoon();
        },
        // browser-window.md, setBounds/setPosition: not supported on Wayland (the compositor places windows).
        setBounds: (bounds) => {
          if (this.popup && !onWayland) this.popup.bounds = bounds;
        },
        // browser-window.md, setFocusable: macOS and Windows only; on Windows it also resets skip-taskbar.
        setFocusable: (focusable) => {
          if (!this.popup || onLinux) return;
          this.popup.focusable = focusable;
          this.popup.activatable = true;
          if (profile.name === 'windows') this.popup.skipTaskbar = false;
        },
        setSkipTaskbar: (skip) => {
          if (this.popup) this.popup.skipTaskbar = skip;
        },
        // browser-window.md, showInactive: unsupported on Wayland, where showing a window gives it focus.
        showInactive: () => {
          if (!this.popup) return;
          this.markShown();
          if (onWayland) this.keyboard = 'popup';
        },
        show: () => {
          if (!this.popup) return;
          this.markShown();
          if (this.popup.focusable && this.popup.activatable) this.keyboard = 'popup';
        },
        focus: () => {
          if (this.popup?.visible && this.popup.focusable && this.popup.activatable) this.keyboard = 'popup';
        },
        hide: () => {
          if (!this.popup) return;
          this.popup.visible = false;
          if (this.keyboard === 'popup') this.keyboard = 'other-app';
        },
        isVisible: () => this.popup?.visible ?? false,
        onCloseRequested: (listener) => (this.closeListener = listener),
      },
      tray: {
        // tray.md: Linux uses StatusNotifierItem; without a tray host (GNOME without the extension) nothing shows.
        create: (icon) => {
          this.tray = { icon, tooltip: '', contextMenu: null, menuOpen: false, setContextMenuCalls: 0, choose: null };
          return true;
        },
        setImage: (icon) => {
          if (this.tray) this.tray.icon = icon;
        },
        setToolTip: (text) => {
          if (this.tray) this.tray.tooltip = text;
        },
        setContextMenu: (items, choose) => {
          if (!this.tray) return;
          this.tray.contextMenu = items;
          this.tray.choose = choose;
          this.tray.setContextMenuCalls++;
          // Replacing the menu closes one the user has open.
          this.tray.menuOpen = false;
        },
        popUpMenu: (items, choose) => {
          if (!this.tray) return;
          this.tray.menuOpen = true;
          this.tray.contextMenu = this.tray.contextMenu ?? items;
          this.tray.choose = choose;
        },
        onClick: (listener) => (this.trayClick = listener),
        bounds: () => this.trayBounds,
        destroy: () => {
          this.calls.push('tray.destroy');
          this.tray = null;
        },
      },
      notifications: {
        isSupported: () => true,
        show: (note) => {
          const shown = { ...note, closed: false };
          this.notes.push(shown);
          return () => (shown.closed = true);
        },
      },
      screen: {
        // screen.md, getCursorScreenPoint: unsupported on Wayland.
        cursorPoint: () => (onWayland ? null : this.cursor),
        displayNearest: (point) => this.displays.find((d) => inside(point, d.bounds)) ?? this.displays[0]!,
        displayMatching: (rect) => this.displays.find((d) => inside({ x: rect.x, y: rect.y }, d.bounds)) ?? this.displays[0]!,
        primaryDisplay: () => this.displays[0]!,
      },
      system: {
        onPower: (event, listener) => void (this.powerListeners[event] as unknown[]).push(listener),
        idleSeconds: () => this.idleSeconds,
        idleState: (threshold) => (this.idleSeconds >= threshold ? 'idle' : 'active'),
      },
      shortcuts: {
        // global-shortcut.md: register() returns false when taken; on Wayland the portal may refuse after it returned true.
        register: (accelerator) => {
          this.calls.push(`shortcut.register:${accelerator}`);
          return onWayland ? true : this.shortcutAccepted;
        },
        unregisterAll: () => this.calls.push('shortcut.unregisterAll'),
      },
      loginItems: {
        // app.md, setLoginItemSettings: `args` is Windows-only; macOS ignores it.
        set: (settings) => {
          this.loginItem = profile.name === 'macos' ? { openAtLogin: settings.openAtLogin, path: settings.path } : { ...settings };
        },
        wasOpenedAtLogin: () => profile.name === 'macos' && this.wasOpenedAtLogin,
      },
      dialogs: {
        confirmQuitWithUnsaved: (message) => {
          this.asked.push(message.title);
          return Promise.resolve(this.quitWithUnsaved);
        },
      },
      broadcast: (event, payload) => void this.broadcasts.push({ event, payload }),
    };
  }

  /** The popup's page draws its current face and says so. */
  drawPopupPage(): void {
    if (!this.popup) return;
    const face = this.popup.route.replace('/popup/', '') as 'log' | 'check-in';
    this.popup.ready = true;
    this.drawnFace = face;
    this.onPageDrawn?.(face);
  }

  /** The page reloads (after "delete all my data"): nothing is drawn until it draws again. */
  reloadPopupPage(): void {
    if (!this.popup) return;
    this.popup.ready = false;
    this.drawnFace = null;
    this.pageLoading?.();
    this.drawSoon();
  }

  private drawSoon(): void {
    if (this.autoDraw) queueMicrotask(() => this.drawPopupPage());
  }

  get taskbarButtonForPopup(): boolean {
    return this.profile.name === 'windows' && this.popup !== null && this.popup.visible && !this.popup.skipTaskbar;
  }

  /** A left click on the tray icon, as each desktop delivers it (tray.md). */
  clickTrayIcon(): void {
    if (!this.tray) return;
    if (this.profile.name === 'macos') {
      // macOS: with a context menu set, mouse-down fires 'click' and then opens the menu.
      this.trayClick?.();
      if (this.tray?.contextMenu && this.tray.setContextMenuCalls > 0) this.tray.menuOpen = true;
      return;
    }
    if (this.profile.name === 'windows') {
      this.trayClick?.();
      return;
    }
    // Linux (StatusNotifierItem through most hosts): any click opens the menu; no 'click' event.
    if (this.tray.contextMenu) this.tray.menuOpen = true;
  }

  /** Chooses a menu item by its label (the menu must be open or attached). */
  chooseTrayItem(label: string): void {
    const find = (items: readonly TrayItem[]): TrayAction | null => {
      for (const item of items) {
        if (item.kind === 'action' && item.label === label) return item.action;
        if (item.kind === 'submenu') {
          const inner = find(item.items);
          if (inner) return inner;
        }
      }
      return null;
    };
    const action = this.tray?.contextMenu ? find(this.tray.contextMenu) : null;
    if (!action || !this.tray?.choose) throw new Error(`No tray item "${label}"`);
    this.tray.menuOpen = false;
    this.tray.choose(action);
  }

  trayLabels(): string[] {
    return (this.tray?.contextMenu ?? []).flatMap((i) => (i.kind === 'action' || i.kind === 'info' || i.kind === 'submenu' ? [i.label] : []));
  }

  emitApp<E extends keyof AppEvents>(event: E): void {
    for (const listener of this.appListeners[event]) listener();
  }

  /** power-monitor.md: lock-screen/unlock-screen are emitted on macOS and Windows only. */
  emitPower<E extends keyof PowerEvents>(event: E): void {
    if ((event === 'lock-screen' || event === 'unlock-screen') && this.profile.lockEvents !== 'power-monitor') return;
    for (const listener of this.powerListeners[event]) listener();
  }

  /** The OS shuts down or logs off: Windows sends session-end to windows and no before-quit (app.md, browser-window.md). */
  shutDown(): void {
    if (this.profile.name === 'windows') this.emitApp('session-end');
    else this.port.app.quit();
  }

  /** The window manager's close button on the popup. */
  closePopupByUser(): void {
    if (!this.popup) return;
    if (this.closeListener?.()) return;
    this.popup = null;
  }

  private markShown(): void {
    if (!this.popup) return;
    if (this.drawnFace === null || `/popup/${this.drawnFace}` !== this.popup.route) this.popup.shownBeforeReady = true;
    this.popup.visible = true;
  }
}

function inside(point: { x: number; y: number }, rect: Rect): boolean {
  return point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height;
}
