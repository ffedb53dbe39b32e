import { readFileSync } from 'node:fs';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';

export interface TrayActions {
  logMoment(): void;
  openMain(): void;
  quit(): void;
}

/**
 * The tray icon with its menu. Linux desktops often ignore clicks on tray icons, so every
 * action is in the context menu too.
 */
export class TouchpointTray {
  private readonly tray: Tray;
  /** The current context menu, kept so Electron-level tests can read and click its items. */
  menu: Menu | null = null;

  constructor(icons: { x1: string; x2: string; template: boolean }, private readonly actions: TrayActions) {
    const icon = nativeImage.createFromPath(icons.x1);
    icon.addRepresentation({ scaleFactor: 2, buffer: readFileSync(icons.x2) });
    if (icons.template) icon.setTemplateImage(true);
    this.tray = new Tray(icon);
    this.tray.setToolTip('Touchpoint');
    this.tray.on('click', () => actions.logMoment());
    this.refresh();
  }

  bounds(): Electron.Rectangle | null {
    const b = this.tray.getBounds();
    return b.width > 0 ? b : null;
  }

  refresh(): void {
    const items: MenuItemConstructorOptions[] = [
      { label: 'Log a moment…', click: () => this.actions.logMoment() },
      { label: 'Open Touchpoint', click: () => this.actions.openMain() },
      { type: 'separator' },
      { label: 'Quit Touchpoint', click: () => this.actions.quit() },
    ];
    this.menu = Menu.buildFromTemplate(items);
    this.tray.setContextMenu(this.menu);
  }

  destroy(): void {
    this.tray.destroy();
  }
}
