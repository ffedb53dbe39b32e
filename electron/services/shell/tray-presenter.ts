import type { PlatformProfile } from './platform-profile';
import type { TrayPort } from './shell-port';
import type { TrayAction, TrayIconState, TrayItem, TrayModel } from './tray-model';

/**
 * Puts a TrayModel on the tray icon. It touches the OS only when something changed: the model
 * is rebuilt every minute and on every event, and replacing the menu closes or flickers a menu
 * the user has open. A click does what the desktop allows (see PlatformProfile.trayClick).
 */
export class TrayPresenter {
  private created = false;
  private icon: TrayIconState | null = null;
  private tooltip: string | null = null;
  private menuKey: string | null = null;
  private items: readonly TrayItem[] = [];

  constructor(
    private readonly port: TrayPort,
    private readonly profile: PlatformProfile,
    private readonly onAction: (action: TrayAction) => void,
  ) {}

  /** Creates the icon; false where the desktop shows no tray (Touchpoint then opens its window instead). */
  start(): boolean {
    this.created = this.port.create('normal');
    if (!this.created) return false;
    this.icon = 'normal';
    this.port.onClick(() => this.clicked());
    return true;
  }

  get available(): boolean {
    return this.created;
  }

  render(model: TrayModel): void {
    if (!this.created) return;
    if (model.icon !== this.icon) {
      this.port.setImage(model.icon);
      this.icon = model.icon;
    }
    if (model.tooltip !== this.tooltip) {
      this.port.setToolTip(model.tooltip);
      this.tooltip = model.tooltip;
    }
    const key = JSON.stringify(model.items);
    if (key === this.menuKey) return;
    this.menuKey = key;
    this.items = model.items;
    // macOS: no attached menu, or a click would both act and open it; the click opens it instead.
    if (this.profile.trayClick !== 'pop-up-menu') this.port.setContextMenu(model.items, this.onAction);
  }

  destroy(): void {
    if (!this.created) return;
    this.created = false;
    this.port.destroy();
  }

  private clicked(): void {
    switch (this.profile.trayClick) {
      case 'pop-up-menu':
        return this.port.popUpMenu(this.items, this.onAction);
      case 'click-or-menu':
      case 'menu-only':
        // Windows, and the Linux trays that report clicks at all: a click logs a moment.
        return this.onAction({ type: 'log-moment' });
    }
  }
}
