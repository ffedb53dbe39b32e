import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../../../electron/services/shell/platform-profile';
import { closeAllHosts } from '../../support/host';
import { tempFolderPerTest } from '../../support/temp-dir';
import { settle, startedShell } from './shell-harness';

const dir = tempFolderPerTest(closeAllHosts);
/** These start the real services over a temp folder (disk writes, fsync): no default timeout. */
const DISK = { timeout: 60_000 };

const started = (profile: ProfileName) => startedShell(profile, dir.path);

describe('a click on the tray icon', DISK, () => {
  it('macos: opens the menu only — not the popup and the menu together', async () => {
    const { double } = await started('macos');
    double.keyboard = 'other-app';
    double.clickTrayIcon();
    await settle();
    expect(double.tray?.menuOpen).toBe(true);
    expect(double.popup?.visible).toBe(false);
    expect(double.trayLabels()).toContain('Log a moment…');
  });

  it('windows: logs a moment (the menu is on the right button)', async () => {
    const { double } = await started('windows');
    double.clickTrayIcon();
    await settle();
    expect(double.tray?.menuOpen).toBe(false);
    expect(double.popup).toMatchObject({ visible: true, route: '/popup/log' });
    expect(double.keyboard).toBe('popup');
  });

  it.each(['linux-x11', 'linux-wayland'] as const)('%s: opens the menu, which holds every action', async (profile) => {
    const { double } = await started(profile);
    double.clickTrayIcon();
    expect(double.tray?.menuOpen).toBe(true);
    double.chooseTrayItem('Log a moment…');
    await settle();
    expect(double.popup?.visible).toBe(true);
    expect(double.keyboard).toBe('popup');
  });
});

describe('the tray menu', DISK, () => {
  it('lists the next meeting and every action, and its items act', async () => {
    const { double } = await started('linux-x11');
    expect(double.trayLabels()).toEqual(['No more meetings today', 'Log a moment…', 'Start today’s review', 'Look back on the week', 'Pause check-ins', 'Open Touchpoint', 'Settings', 'Quit Touchpoint']);
    double.chooseTrayItem('Look back on the week');
    expect(double.mainWindow?.view).toBe('week');
    double.chooseTrayItem('Settings');
    expect(double.mainWindow?.view).toBe('settings');
    double.chooseTrayItem('For 1 hour');
    await settle();
    expect(double.trayLabels()).toContain('Resume check-ins');
    expect(double.tray?.icon).toBe('paused');
  });

  it('is not rebuilt while nothing in it changed, so an open menu stays open through the minute upkeep', async () => {
    const { double, timers } = await started('windows');
    const builds = double.tray?.setContextMenuCalls ?? 0;
    double.tray!.menuOpen = true;
    timers.fire(60_000);
    timers.fire(60_000);
    await settle();
    expect(double.tray?.setContextMenuCalls).toBe(builds);
    expect(double.tray?.menuOpen).toBe(true);
  });
});
