import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../../../electron/services/shell/platform-profile';
import { DRAW_FALLBACK_MS } from '../../../electron/services/shell/popup-presenter';
import { popupSize } from '../../../electron/services/popup-size';
import { closeAllHosts } from '../../support/host';
import { tempFolderPerTest } from '../../support/temp-dir';
import { bootShell, settle, startedShell } from './shell-harness';

const dir = tempFolderPerTest(closeAllHosts);
/** These start the real services over a temp folder (disk writes, fsync): no default timeout. */
const DISK = { timeout: 60_000 };
const WINDOW_PROFILES: ProfileName[] = ['macos', 'windows', 'linux-x11'];
const ALL_PROFILES: ProfileName[] = [...WINDOW_PROFILES, 'linux-wayland'];

async function started(profile: ProfileName) {
  const shell = await startedShell(profile, dir.path);
  // The user is typing in another app when the coach speaks.
  shell.double.keyboard = 'other-app';
  return shell;
}

describe('the popup window', DISK, () => {
  it.each(ALL_PROFILES)('%s: is created hidden at start-up and never shown before its page has drawn the face', async (profile) => {
    const shell = bootShell(profile, dir.path, { manualDraw: true });
    const host = await shell.controller.start();
    expect(shell.double.popup).toMatchObject({ visible: false, ready: false });
    host?.popup.openLogMoment();
    await settle();
    expect(shell.double.popup?.visible).toBe(false);
    shell.double.drawPopupPage();
    await settle();
    expect(shell.double.popup).toMatchObject({ visible: true, route: '/popup/log', shownBeforeReady: false });
  });

  it('a card waits for its own face: the log face being drawn does not show a check-in', async () => {
    const shell = bootShell('windows', dir.path, { manualDraw: true });
    const host = await shell.controller.start();
    shell.double.drawPopupPage(); // the page drew "Log a moment" at load
    host?.popup.showPrompt();
    await settle();
    expect(shell.double.popup).toMatchObject({ visible: false, route: '/popup/check-in' });
    shell.double.drawPopupPage();
    await settle();
    expect(shell.double.popup).toMatchObject({ visible: true, shownBeforeReady: false });
  });

  it('after the page reloads, it waits for the face to be drawn again', async () => {
    const shell = bootShell('linux-x11', dir.path, { manualDraw: true });
    const host = await shell.controller.start();
    shell.double.drawPopupPage();
    shell.double.reloadPopupPage();
    host?.popup.openLogMoment();
    await settle();
    expect(shell.double.popup?.visible).toBe(false);
    shell.double.drawPopupPage();
    expect(shell.double.popup).toMatchObject({ visible: true, shownBeforeReady: false });
  });

  it('shows the window anyway when the page never says it drew (a page that failed)', async () => {
    const shell = bootShell('macos', dir.path, { manualDraw: true });
    const host = await shell.controller.start();
    host?.popup.openLogMoment();
    await settle();
    expect(shell.double.popup?.visible).toBe(false);
    shell.timers.fire(DRAW_FALLBACK_MS);
    expect(shell.double.popup?.visible).toBe(true);
  });
});

describe('a check-in the coach raises', DISK, () => {
  it.each(WINDOW_PROFILES)('%s: appears without taking the keyboard from what the user is typing', async (profile) => {
    const { host, double } = await started(profile);
    host.popup.showPrompt();
    await settle();
    expect(double.popup).toMatchObject({ visible: true, route: '/popup/check-in' });
    expect(double.keyboard).toBe('other-app');
    expect(double.notes).toHaveLength(0);
  });

  it('linux-wayland: cannot appear quietly as a window, so it is a notification that opens the card when clicked', async () => {
    const { host, double } = await started('linux-wayland');
    host.popup.showPrompt();
    await settle();
    expect(double.popup?.visible).toBe(false);
    expect(double.keyboard).toBe('other-app');
    expect(double.notes).toHaveLength(1);
    expect(double.notes[0]?.title).toMatch(/check-in/);

    double.notes[0]?.onClick();
    await settle();
    expect(double.popup).toMatchObject({ visible: true, route: '/popup/check-in' });
    expect(double.keyboard).toBe('popup');
  });

  it('linux-wayland: a card the coach withdraws takes its notification with it', async () => {
    const { host, double } = await started('linux-wayland');
    host.popup.showPrompt();
    host.popup.hidePrompt();
    await settle();
    expect(double.notes[0]?.closed).toBe(true);
  });

  it.each(WINDOW_PROFILES)('%s: takes the keyboard once the user clicks it', async (profile) => {
    const { host, double } = await started(profile);
    host.popup.showPrompt();
    await settle();
    host.popup.engagePrompt();
    await settle();
    expect(double.keyboard).toBe('popup');
  });
});

describe('"Log a moment"', DISK, () => {
  it.each(ALL_PROFILES)('%s: takes the keyboard so it can be typed into', async (profile) => {
    const { host, double } = await started(profile);
    host.popup.openLogMoment();
    await settle();
    expect(double.popup).toMatchObject({ visible: true, route: '/popup/log' });
    expect(double.keyboard).toBe('popup');
  });

  it('linux-x11: the window is created activatable (focusable:false would make it override-redirect for good)', async () => {
    const { double } = await started('linux-x11');
    expect(double.calls).toContain('popup.create:focusable');
    expect(double.popup?.activatable).toBe(true);
  });

  it('windows: never gets a taskbar button, whatever the order of quiet cards and moments', async () => {
    const { host, double } = await started('windows');
    host.popup.showPrompt();
    await settle();
    host.popup.engagePrompt();
    await settle();
    expect(double.taskbarButtonForPopup).toBe(false);
    host.popup.hidePrompt();
    host.popup.openLogMoment();
    await settle();
    expect(double.keyboard).toBe('popup');
    expect(double.taskbarButtonForPopup).toBe(false);
    host.popup.closeLog();
    host.popup.showPrompt();
    await settle();
    expect(double.taskbarButtonForPopup).toBe(false);
  });

  it('macos: creating and showing the popup keeps the Dock icon', async () => {
    const { host, double } = await started('macos');
    host.popup.openLogMoment();
    await settle();
    expect(double.popup?.options.allWorkspaces).toBe('skip-transform');
    expect(double.dockIcon).toBe(true);
  });

  it('closing it with the window manager hides it (the draft survives) and tells the coach', async () => {
    const { host, double } = await started('linux-x11');
    host.popup.openLogMoment();
    await settle();
    double.closePopupByUser();
    expect(double.popup).not.toBeNull();
    expect(double.popup?.visible).toBe(false);
    expect(host.popup.showing).toBeNull();
  });
});

describe('where the popup goes', DISK, () => {
  it('next to the tray icon, on the tray’s display even when the cursor is on another one', async () => {
    const { host, double } = await started('windows');
    double.displays = [
      { bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
      { bounds: { x: 1920, y: 0, width: 2560, height: 1440 }, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } },
    ];
    double.cursor = { x: 2500, y: 500 };
    double.trayBounds = { x: 1800, y: 1048, width: 24, height: 24 };
    host.popup.openLogMoment();
    await settle();
    const bounds = double.popup?.bounds;
    expect(bounds && bounds.x + bounds.width <= 1920).toBe(true);
    // Above the taskbar, inside the work area.
    expect(bounds?.y).toBe(1040 - 620 - 12);
  });

  it('linux-x11 with a top panel and no tray position: the top-right corner of the cursor’s display', async () => {
    const { host, double } = await started('linux-x11');
    double.displays = [{ bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 32, width: 1920, height: 1048 } }];
    host.popup.openLogMoment();
    await settle();
    expect(double.popup?.bounds).toEqual({ x: 1920 - 420 - 12, y: 32 + 12, width: 420, height: 620 });
  });
});

describe('how big the popup is', DISK, () => {
  it('sizes to the content its page reports, within limits, and stays anchored above the taskbar', async () => {
    const { host, double } = await started('windows');
    double.displays = [{ bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
    double.trayBounds = { x: 1800, y: 1048, width: 24, height: 24 };
    host.popup.contentSize('check-in', 212.4); // the short review card
    host.popup.showPrompt();
    await settle();
    expect(double.popup?.bounds).toMatchObject({ width: 420, height: 213, y: 1040 - 213 - 12 });

    // On screen, its content grows (a repair's input): the window grows, its bottom edge stays.
    host.popup.contentSize('check-in', 540);
    expect(double.popup?.bounds).toMatchObject({ height: 540, y: 1040 - 540 - 12 });
    // A pixel of rounding is no reason to move a window.
    host.popup.contentSize('check-in', 542);
    expect(double.popup?.bounds?.height).toBe(540);
    // Past the maximum the card scrolls; a tiny report still leaves room for the card's actions.
    host.popup.contentSize('check-in', 5000);
    expect(double.popup?.bounds?.height).toBe(760);
    host.popup.contentSize('check-in', 20);
    expect(double.popup?.bounds?.height).toBe(180);
    // Another face's report does not resize the window showing this one.
    host.popup.contentSize('log', 400);
    expect(double.popup?.bounds?.height).toBe(180);
  });

  it('never taller than the work area', () => {
    expect(popupSize(900, { height: 600 })).toEqual({ width: 420, height: 576 });
    expect(popupSize(null, { height: 1040 })).toEqual({ width: 420, height: 620 });
  });
});
