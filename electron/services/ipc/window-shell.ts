import type { MainView, PlatformSupport } from '../../../shared/contract/commands';
import type { PopupSurface } from '../popup-controller';

export interface ShellStatus {
  shortcutRegistered: boolean | null;
  /** False where the OS's answer about the shortcut cannot be trusted (Wayland). */
  shortcutConfirmed: boolean;
  platform: PlatformSupport;
  /** The OS locale everything is formatted in (also Chromium's, so date inputs agree). */
  locale: string;
}

/** What the handlers need from the window layer; the Electron shell implements it. */
export interface WindowShell {
  /** `person`: that person's page (with the Insights view). */
  openMain(view: MainView, person?: string): void;
  popup: PopupSurface;
  /** What the platform layer knows: the global shortcut's registration, supported features. */
  status(): ShellStatus;
}

