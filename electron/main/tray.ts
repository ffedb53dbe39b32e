import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { readFileSync } from 'node:fs';
import type { TrayAction, TrayIconState, TrayItem, TrayModel } from '../services/shell/tray-model';

export type TrayIconFiles = Record<TrayIconState, { x1: string; x2: string }>;

/**
 * The tray icon and its menu, rendered from a TrayModel. The icon changes with the state
 * (tray text is not shown on Linux or Windows); every action is in the menu, because some
 * Linux trays ignore clicks on the icon.
 */
export class TouchpointTray {
  private readonly tray: Tray;
  private readonly icons: Record<TrayIconState, NativeImage>;
  private shownIcon: TrayIconState | null = null;
  /** The current context menu, kept so Electron-level tests can read and click its items. */
  menu: Menu | null = null;

  constructor(
    files: TrayIconFiles,
    template: boolean,
    private readonly onAction: (action: TrayAction) => void,
  ) {
    const load = (f: { x1: string; x2: string }) => {
      const image = nativeImage.createFromPath(f.x1);
      image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(f.x2) });
      if (template) image.setTemplateImage(true);
      return image;
    };
    this.icons = { normal: load(files.normal), waiting: load(files.waiting), paused: load(files.paused) };
    this.tray = new Tray(this.icons.normal);
    this.tray.on('click', () => onAction({ type: 'log-moment' }));
  }

  bounds(): Electron.Rectangle | null {
    const b = this.tray.getBounds();
    return b.width > 0 ? b : null;
  }

  render(model: TrayModel): void {
    if (model.icon !== this.shownIcon) {
      this.tray.setImage(this.icons[model.icon]);
      this.shownIcon = model.icon;
    }
    this.tray.setToolTip(model.tooltip);
    this.menu = Menu.buildFromTemplate(model.items.map((item) => this.toMenuItem(item)));
    this.tray.setContextMenu(this.menu);
  }

  destroy(): void {
    this.tray.destroy();
  }

  private toMenuItem(item: TrayItem): MenuItemConstructorOptions {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'info':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: item.items.map((i) => this.toMenuItem(i)) };
      case 'action':
        return { label: item.label, enabled: item.enabled ?? true, click: () => this.onAction(item.action) };
    }
  }
}
