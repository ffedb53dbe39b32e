import type { PlatformSupport } from '../../shared/contract/commands';
import type { ShellStatus } from '../../electron/services/ipc/window-shell';

/** What a shell outside Electron reports: no shortcut, no tray, no OS integrations (unless given). */
export function testShellStatus(os: string, platform: Partial<PlatformSupport> = {}, shortcut: Partial<Pick<ShellStatus, 'shortcutRegistered' | 'shortcutConfirmed'>> = {}): ShellStatus {
  return {
    shortcutRegistered: null,
    shortcutConfirmed: true,
    ...shortcut,
    platform: { os, doNotDisturb: false, launchAtLogin: false, screenLock: false, idle: false, tray: false, cards: 'window', ...platform },
    locale: 'en-GB',
  };
}
