import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { readFileSync } from 'node:fs';
import type { TrayPort } from '../services/shell/shell-port';
import type { TrayAction, TrayIconState, TrayItem } from '../services/shell/tray-model';

export type TrayIconFiles = Record<TrayIconState, { x1: string; x2: string }>;

/** Electron's Tray behind the TrayPort. */
export class ElectronTray implements TrayPort {
  private tray: Tray | null = null;
  private icons: Record<TrayIconState, NativeImage> | null = null;
  /** The current menu, kept so the Electron-level tests can read and click its items. */
  menu: Menu | null = null;

  constructor(
    private readonly files: TrayIconFiles,
    private readonly template: boolean,
  ) {}

  create(icon: TrayIconState): boolean {
    const load = (f: { x1: string; x2: string }) => {
      const image = nativeImage.createFromPath(f.x1);
      image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(f.x2) });
      if (this.template) image.setTemplateImage(true);
      return image;
    };
    this.icons = { normal: load(this.files.normal), waiting: load(this.files.waiting), paused: load(this.files.paused) };
    this.tray = new Tray(this.icons[icon]);
    return true;
  }

  setImage(icon: TrayIconState): void {
    if (this.icons) this.tray?.setImage(this.icons[icon]);
  }

  setToolTip(text: string): void {
    this.tray?.setToolTip(text);
  }

  setContextMenu(items: readonly TrayItem[], choose: (action: TrayAction) => void): void {
    this.menu = buildMenu(items, choose);
    this.tray?.setContextMenu(this.menu);
  }

  popUpMenu(items: readonly TrayItem[], choose: (action: TrayAction) => void): void {
    this.menu = buildMenu(items, choose);
    this.tray?.popUpContextMenu(this.menu);
  }

  onClick(listener: () => void): void {
    this.tray?.on('click', listener);
  }

  bounds(): { x: number; y: number; width: number; height: number } | null {
    return this.tray?.getBounds() ?? null;
  }

  destroy(): void {
    this.tray?.destroy();
    this.tray = null;
  }
}

function buildMenu(items: readonly TrayItem[], choose: (action: TrayAction) => void): Menu {
  const toItem = (item: TrayItem): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'info':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: item.items.map(toItem) };
      case 'action':
        return { label: item.label, enabled: item.enabled ?? true, click: () => choose(item.action) };
    }
  };
  return Menu.buildFromTemplate(items.map(toItem));
}
