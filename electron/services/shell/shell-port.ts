import type { MainView } from '../../../shared/contract/commands';
import type { EventName } from '../../../shared/contract/index';
import type { Rect } from '../popup-position';
import type { TrayAction, TrayIconState, TrayItem } from './tray-model';

/**
 * The small typed port through which the shell services drive the desktop. electron/main
 * implements it with Electron, one call each, deciding nothing; the tests implement it with a
 * double that follows Electron's documented behaviour per platform profile.
 */
export interface ShellPort {
  app: AppPort;
  mainWindow: MainWindowPort;
  popupWindow: PopupWindowPort;
  tray: TrayPort;
  notifications: NotificationPort;
  screen: ScreenPort;
  system: SystemPort;
  shortcuts: ShortcutPort;
  loginItems: LoginItemPort;
  dialogs: DialogPort;
  /** Sends an event to every window's page. */
  broadcast(event: EventName, payload: unknown): void;
}

/** Events the app object emits that the shell acts on. */
export interface AppEvents {
  'second-instance': () => void;
  /** macOS: the Dock icon was clicked. */
  activate: () => void;
  /** Return true to hold the quit (Electron: event.preventDefault()). */
  'before-quit': () => boolean;
  /** Windows: the session ends (shutdown, restart, log-off); no before-quit comes. */
  'session-end': () => void;
}

export interface AppPort {
  on<E extends keyof AppEvents>(event: E, listener: AppEvents[E]): void;
  /** Asks to quit: emits before-quit (which may hold it), then closes the windows. */
  quit(): void;
  /** Ends the process at once, without before-quit. */
  exit(code: number): void;
}

export interface MainWindowPort {
  /** Creates the window on a view; it shows itself once its page is ready. */
  create(view: MainView, person?: string): void;
  /** Moves the open window's page to a view (no reload); `person`: that person's page. */
  navigate(view: MainView, person?: string): void;
  exists(): boolean;
  /** Restores a minimised window, shows it and gives it the keyboard. */
  raise(): void;
}

export interface PopupWindowOptions {
  /** Created with `focusable: false` (see PlatformProfile.toggleFocusable). */
  focusable: boolean;
  allWorkspaces: 'skip-transform' | 'plain' | 'none';
}

export interface PopupWindowPort {
  /** Creates the hidden popup window and loads its page (which reports each face it draws). */
  create(options: PopupWindowOptions, url: string): void;
  exists(): boolean;
  /** The page starts loading again (a reload): what it had drawn is gone. */
  onPageLoading(listener: () => void): void;
  /** Switches the page's face without reloading (a half-written moment survives). */
  navigate(route: string): void;
  setBounds(bounds: Rect): void;
  setFocusable(focusable: boolean): void;
  setSkipTaskbar(skip: boolean): void;
  showInactive(): void;
  show(): void;
  focus(): void;
  hide(): void;
  isVisible(): boolean;
  /** The window manager's close button or Alt+F4; return true to keep the window (hide instead). */
  onCloseRequested(listener: () => boolean): void;
}

export interface TrayPort {
  /** Creates the tray icon; false where the desktop has none. */
  create(icon: TrayIconState): boolean;
  setImage(icon: TrayIconState): void;
  setToolTip(text: string): void;
  /** Attaches the menu the OS opens itself (right click; any click on Linux); `choose` gets the item's action. */
  setContextMenu(items: readonly TrayItem[], choose: (action: TrayAction) => void): void;
  /** Opens the menu now, under the icon (macOS menu-bar behaviour). */
  popUpMenu(items: readonly TrayItem[], choose: (action: TrayAction) => void): void;
  onClick(listener: () => void): void;
  bounds(): Rect | null;
  destroy(): void;
}

export interface NotificationPort {
  isSupported(): boolean;
  /** Shows a silent notification; `onClick` when the user clicks it. Returns a closer. */
  show(note: { title: string; body: string; onClick: () => void }): () => void;
}

export interface Display {
  bounds: Rect;
  workArea: Rect;
}

export interface ScreenPort {
  /** Null where the position cannot be read (Wayland). */
  cursorPoint(): { x: number; y: number } | null;
  displayNearest(point: { x: number; y: number }): Display;
  displayMatching(rect: Rect): Display;
  primaryDisplay(): Display;
}

export interface PowerEvents {
  'lock-screen': () => void;
  'unlock-screen': () => void;
  resume: () => void;
  'user-did-become-active': () => void;
}

export interface SystemPort {
  onPower<E extends keyof PowerEvents>(event: E, listener: PowerEvents[E]): void;
  idleSeconds(): number;
  idleState(thresholdSeconds: number): 'active' | 'idle' | 'locked' | 'unknown';
}

export interface ShortcutPort {
  /** False when the OS or another app refused (Electron: register() returned false or threw). */
  register(accelerator: string, listener: () => void): boolean;
  unregisterAll(): void;
}

export interface LoginItemPort {
  /** macOS and Windows login items (app.setLoginItemSettings). */
  set(settings: { openAtLogin: boolean; path?: string; args?: readonly string[] }): void;
  /** macOS: whether this start came from a login item (app.getLoginItemSettings().wasOpenedAtLogin). */
  wasOpenedAtLogin(): boolean;
}

export interface DialogPort {
  /** Asks before quitting with changes that could not be written; true: quit anyway. */
  confirmQuitWithUnsaved(message: { title: string; detail: string; keep: string; quit: string }): Promise<boolean>;
}
