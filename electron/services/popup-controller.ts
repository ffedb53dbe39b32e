/** The popup's two faces: the user's own "Log a moment", and a check-in card the coach raised. */
export type PopupRoute = 'log' | 'check-in';

/** The window itself (Electron's BrowserWindow in the app). */
export interface PopupSurface {
  /** `focus`: take the keyboard (the user asked for it); otherwise appear without taking focus. */
  show(route: PopupRoute, focus: boolean): void;
  hide(): void;
  /**
   * The popup's page has drawn `route` (see the `windows.popupReady` command): a window created
   * hidden and asked to show that face may appear now without flashing empty.
   */
  pageReady?(route: PopupRoute): void;
  /** The page reports how tall `route`'s content is: the window fits it, within limits. */
  contentSize?(route: PopupRoute, height: number): void;
}

/**
 * Decides what the single popup shows. A check-in never replaces a "Log a moment" the user
 * is writing: it waits until that closes. Opening "Log a moment" over a card puts the card
 * back afterwards if it is still open.
 */
export class PopupController {
  private visible: PopupRoute | null = null;
  private promptWaiting = false;
  /** An answered card's "Saved" confirmation (with Undo) is on screen; the page closes it. */
  private confirming = false;

  constructor(private readonly surface: PopupSurface) {}

  get showing(): PopupRoute | null {
    return this.visible;
  }

  openLogMoment(): void {
    // A card's confirmation is not worth coming back to; an open card is.
    if (this.visible === 'check-in' && !this.confirming) this.promptWaiting = true;
    this.confirming = false;
    this.visible = 'log';
    this.surface.show('log', true);
  }

  showPrompt(): void {
    if (this.visible === 'log') {
      this.promptWaiting = true;
      return;
    }
    this.visible = 'check-in';
    this.confirming = false;
    this.surface.show('check-in', false);
  }

  /** The user clicked or typed in the card: now it may take the keyboard. */
  engagePrompt(): void {
    if (this.visible === 'check-in') this.surface.show('check-in', true);
  }

  /**
   * The coach closed its card (answered, timed out, withdrawn). An answered card keeps the
   * window for its confirmation, which the page closes (closePopup) when it is done.
   */
  hidePrompt(options: { keepForConfirmation?: boolean } = {}): void {
    this.promptWaiting = false;
    if (this.visible === 'check-in' && options.keepForConfirmation) {
      this.confirming = true;
      return;
    }
    if (this.visible === 'check-in') {
      this.visible = null;
      this.surface.hide();
    }
  }

  /** The popup's page reports it has drawn a face: passed on to the window. */
  pageReady(route: PopupRoute): void {
    this.surface.pageReady?.(route);
  }

  /** The popup's page reports its content height: passed on to the window. */
  contentSize(route: PopupRoute, height: number): void {
    this.surface.contentSize?.(route, height);
  }

  /** The user closed the popup (Esc, the close button, or after saving or a card's confirmation). */
  closeLog(): void {
    if (this.visible === 'check-in' && this.confirming) {
      this.confirming = false;
      this.visible = null;
      this.surface.hide();
      return;
    }
    if (this.visible !== 'log') return;
    this.visible = null;
    this.surface.hide();
    if (this.promptWaiting) {
      this.promptWaiting = false;
      this.showPrompt();
    }
  }
}
