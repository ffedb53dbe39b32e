import { popupPosition, type Rect } from '../popup-position';
import { DEFAULT_POPUP_HEIGHT, popupSize, POPUP_WIDTH, sizeChanged } from '../popup-size';
import type { PopupRoute, PopupSurface } from '../popup-controller';
import type { PlatformProfile } from './platform-profile';
import type { Display, NotificationPort, PopupWindowPort, ScreenPort } from './shell-port';
import { t } from '../text/main-text';

/** The size the hidden window is created with, before its page reports its content. */
export const POPUP_SIZE = { width: POPUP_WIDTH, height: DEFAULT_POPUP_HEIGHT } as const;
/** How long a show waits for the page to draw its face before showing the window anyway. */
export const DRAW_FALLBACK_MS = 3_000;

/** The notification that stands in for a card where a window cannot appear without the keyboard (read when shown, in the current language). */
function quietNote(route: PopupRoute): { title: string; body: string } {
  const key = route === 'check-in' ? 'checkIn' : 'log';
  return { title: t(`desktop:notifications.${key}.title`), body: t(`desktop:notifications.${key}.body`) };
}

/**
 * The popup's focus strategy, per platform profile. The PopupController decides WHAT the popup
 * shows; this decides HOW it appears:
 * - asked for by the user (Log a moment, a card they clicked): shown and given the keyboard;
 * - raised by the app (a check-in): shown without taking the keyboard where a window can do that
 *   (macOS, Windows, X11), otherwise (Wayland) an OS notification that opens the card on click.
 * The window is created hidden at start-up and shown only once its page reports the face drawn
 * (`windows.popupReady`), so a card never flashes empty.
 */
export class PopupPresenter implements PopupSurface {
  private closeNote: (() => void) | null = null;
  /** The face the page last reported drawn (null: none yet, or the page is reloading). */
  private drawn: PopupRoute | null = null;
  /** A show waiting for its face to be drawn. */
  private pending: { route: PopupRoute; focus: boolean; timer: unknown } | null = null;
  private quitting = false;
  /** Each face's last reported content height, and the face on screen (sized to it). */
  private heights: Partial<Record<PopupRoute, number>> = {};
  private onScreen: PopupRoute | null = null;

  constructor(
    private readonly deps: {
      window: PopupWindowPort;
      screen: ScreenPort;
      notifications: NotificationPort;
      profile: PlatformProfile;
      trayBounds: () => Rect | null;
      /** The popup's page URL for a route (e.g. app://touchpoint/popup.html#/popup/log). */
      pageUrl: (route: string) => string;
      /** The user closed the popup with the window manager's close button or Alt+F4. */
      onClosedByUser: () => void;
      timers: { setTimeout(callback: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
    },
  ) {}

  /** Creates the hidden window at start-up, so the first card shows at once and never empty. */
  prepare(): void {
    if (this.deps.window.exists()) return;
    const { profile, window } = this.deps;
    this.drawn = null;
    window.create({ focusable: !profile.toggleFocusable, allWorkspaces: profile.allWorkspaces }, this.deps.pageUrl('/popup/log'));
    // Closing the popup hides it, so an unsaved draft is still there next time (but quitting closes it).
    window.onCloseRequested(() => {
      if (this.quitting) return false;
      this.deps.onClosedByUser();
      return true;
    });
    // A reload (after "delete all my data") draws its face again before it may be shown.
    window.onPageLoading(() => (this.drawn = null));
  }

  /** From now on the window may really close. */
  allowClose(): void {
    this.quitting = true;
  }

  show(route: PopupRoute, focus: boolean): void {
    this.cancelPending();
    this.dismissNote();
    if (!focus && !this.deps.profile.quietWindow) {
      this.notify(route);
      return;
    }
    this.prepare();
    const { window } = this.deps;
    const wasVisible = window.isVisible();
    if (this.drawn !== route) window.navigate(route);
    if (wasVisible && focus && this.drawn === route) {
      // Already on screen (the user clicked a quiet card): just let it take the keyboard.
      this.takeKeyboard();
      return;
    }
    if (this.drawn === route) return this.present(route, focus);
    // Shown once the page says the face is drawn; if it never does (a page that failed), after a while anyway.
    const timer = this.deps.timers.setTimeout(() => this.readyOrLate(route), DRAW_FALLBACK_MS);
    this.pending = { route, focus, timer };
  }

  /**
   * The page's content height for a face (`windows.popupContentSize`). The page reports it before
   * it says the face is drawn, so a window appears at its size; later changes (a note revealed,
   * a repair's input) resize the window on screen, growing from where it is anchored.
   */
  contentSize(route: PopupRoute, height: number): void {
    if (!sizeChanged(this.heights[route] ?? null, height)) return;
    this.heights[route] = height;
    if (this.onScreen === route && this.deps.window.isVisible()) this.place(route);
  }

  /** The page has drawn a face (the `windows.popupReady` command). */
  pageReady(route: PopupRoute): void {
    this.drawn = route;
    if (this.pending?.route === route) this.readyOrLate(route);
  }

  hide(): void {
    this.cancelPending();
    this.dismissNote();
    this.onScreen = null;
    if (this.deps.window.exists()) this.deps.window.hide();
  }

  private readyOrLate(route: PopupRoute): void {
    const pending = this.pending;
    if (pending?.route !== route) return;
    this.cancelPending();
    this.present(route, pending.focus);
  }

  private cancelPending(): void {
    if (this.pending) this.deps.timers.clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private present(route: PopupRoute, focus: boolean): void {
    this.onScreen = route;
    this.place(route);
    if (focus) this.takeKeyboard();
    else this.appearQuietly();
  }

  private takeKeyboard(): void {
    const { window, profile } = this.deps;
    if (profile.toggleFocusable) this.setFocusable(true);
    window.show();
    window.focus();
  }

  private appearQuietly(): void {
    const { window, profile } = this.deps;
    if (profile.toggleFocusable) this.setFocusable(false);
    window.showInactive();
  }

  private setFocusable(focusable: boolean): void {
    const { window, profile } = this.deps;
    window.setFocusable(focusable);
    // Windows: setFocusable() resets skip-taskbar; the popup must never get a taskbar button.
    if (profile.focusableResetsSkipTaskbar) window.setSkipTaskbar(true);
  }

  /** Next to the tray icon, on the tray's display (or the cursor's); Wayland places windows itself. */
  private place(route: PopupRoute): void {
    const { screen, profile, window } = this.deps;
    if (!profile.quietWindow) return;
    const tray = this.deps.trayBounds();
    const display = this.displayFor(tray, screen);
    const size = popupSize(this.heights[route] ?? null, display.workArea);
    const { x, y } = popupPosition(tray, display.workArea, size, display.bounds);
    window.setBounds({ x, y, ...size });
  }

  private displayFor(tray: Rect | null, screen: ScreenPort): Display {
    if (tray && tray.width > 0 && tray.height > 0) return screen.displayMatching(tray);
    const cursor = screen.cursorPoint();
    return cursor ? screen.displayNearest(cursor) : screen.primaryDisplay();
  }

  private notify(route: PopupRoute): void {
    const { notifications } = this.deps;
    if (!notifications.isSupported()) return;
    const note = quietNote(route);
    this.closeNote = notifications.show({ ...note, onClick: () => this.show(route, true) });
  }

  private dismissNote(): void {
    this.closeNote?.();
    this.closeNote = null;
  }
}
