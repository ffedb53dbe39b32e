import type { ShellStatus } from '../../electron/services/ipc/window-shell';

/** What a shell outside Electron reports: no shortcut, no tray, no OS integrations. */
export function testShellStatus(os: string): ShellStatus {
  return {
    shortcutRegistered: null,
    shortcutConfirmed: true,
    platform: { os, doNotDisturb: false, launchAtLogin: false, screenLock: false, idle: false, tray: false, cards: 'window' },
  };
}
