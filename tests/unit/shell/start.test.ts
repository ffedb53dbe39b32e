import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAllHosts } from '../../support/host';
import { tempFolderPerTest } from '../../support/temp-dir';
import { bootShell, settle } from './shell-harness';

const dir = tempFolderPerTest(closeAllHosts);
/** These start the real services over a temp folder (disk writes, fsync): no default timeout. */
const DISK = { timeout: 60_000 };

describe('starting', DISK, () => {
  it('opens the main window on Today', async () => {
    const shell = bootShell('linux-x11', dir.path);
    await shell.controller.start();
    expect(shell.double.mainWindow).toEqual({ view: 'today', visible: true });
  });

  it('a second launch during a slow start opens the main window once the services are up', async () => {
    const shell = bootShell('windows', dir.path, { slowStart: true, argv: ['Touchpoint.exe', '--hidden'] });
    const start = shell.controller.start();
    shell.double.emitApp('second-instance');
    await settle();
    expect(shell.double.mainWindow).toBeNull();
    shell.releaseStart();
    await start;
    expect(shell.double.mainWindow?.view).toBe('today');
  });

  it('a second launch later raises the existing window instead of opening another', async () => {
    const shell = bootShell('linux-x11', dir.path);
    await shell.controller.start();
    shell.double.keyboard = 'other-app';
    shell.double.emitApp('second-instance');
    expect(shell.double.calls.filter((c) => c.startsWith('main.create'))).toHaveLength(1);
    expect(shell.double.keyboard).toBe('main');
  });

  it('windows and linux: started with --hidden (launch at login), it stays in the tray', async () => {
    for (const profile of ['windows', 'linux-x11'] as const) {
      const shell = bootShell(profile, dir.path, { argv: ['touchpoint', '--hidden'] });
      const host = await shell.controller.start();
      expect(shell.double.mainWindow).toBeNull();
      await host?.close();
    }
  });

  it('macos: a login item cannot pass --hidden, so a start at login is recognised by wasOpenedAtLogin', async () => {
    const atLogin = bootShell('macos', dir.path, { wasOpenedAtLogin: true });
    const host = await atLogin.controller.start();
    expect(atLogin.double.mainWindow).toBeNull();
    await host?.close();
  });

  it('without a tray (GNOME without the AppIndicator extension), a start at login still opens the window', async () => {
    const shell = bootShell('linux-wayland', dir.path, { argv: ['touchpoint', '--hidden'], trayHost: false });
    await shell.controller.start();
    expect(shell.double.mainWindow?.view).toBe('today');
    expect(shell.controller.status().platform.tray).toBe(false);
  });

  it('the macOS Dock icon reopens the main window; elsewhere activate is not a thing', async () => {
    const mac = bootShell('macos', dir.path, { argv: ['touchpoint', '--hidden'] });
    const host = await mac.controller.start();
    mac.double.emitApp('activate');
    expect(mac.double.mainWindow?.view).toBe('today');
    await host?.close();
  });

  it('says so and exits when the services cannot start', async () => {
    // A file where the profile folder should be: nothing can be created under it.
    const blocked = join(dir.path, 'not-a-folder');
    await writeFile(blocked, 'x');
    const shell = bootShell('linux-x11', join(blocked, 'Touchpoint'));
    expect(await shell.controller.start()).toBeNull();
    expect(shell.fatal).toHaveLength(1);
    expect(shell.double.state).toBe('exited');
    const answer = await shell.controller.dispatch('settings.get', undefined, { window: 'main' });
    expect(answer.ok ? null : answer.error.message).toMatch(/could not start/);
  });
});

describe('settings that live in the OS', DISK, () => {
  it('launch at login, installed app: a login item on macOS (no args) and Windows (with --hidden), an autostart entry on Linux', async () => {
    const mac = bootShell('macos', dir.path);
    const macHost = await mac.controller.start();
    macHost?.settings.update({ launchAtLogin: true });
    expect(mac.double.loginItem).toEqual({ openAtLogin: true, path: undefined });
    await macHost?.close();

    const win = bootShell('windows', dir.path);
    const winHost = await win.controller.start();
    expect(win.double.loginItem).toMatchObject({ openAtLogin: true, args: ['--hidden'] });
    await winHost?.close();

    const linux = bootShell('linux-x11', dir.path, { env: {} });
    await linux.controller.start();
    await settle();
    expect(linux.autostart.at(-1)).toEqual({ enabled: true, command: ['/opt/Touchpoint/touchpoint'] });
  });

  it('launch at login, development run: the entry names the app folder, never bare Electron', async () => {
    const linux = bootShell('linux-x11', dir.path, { packaged: false });
    const host = await linux.controller.start();
    host?.settings.update({ launchAtLogin: true });
    await settle();
    expect(linux.autostart.at(-1)).toEqual({ enabled: true, command: ['/opt/Touchpoint/touchpoint', '/home/sam/src/touchpoint'] });
    await host?.close();

    const win = bootShell('windows', dir.path, { packaged: false });
    const winHost = await win.controller.start();
    expect(win.double.loginItem).toMatchObject({ openAtLogin: true, args: ['/home/sam/src/touchpoint', '--hidden'] });
    await winHost?.close();

    // A macOS login item cannot carry the folder: Settings says it needs the installed app.
    const mac = bootShell('macos', dir.path, { packaged: false });
    await mac.controller.start();
    expect(mac.controller.status().platform.launchAtLogin).toBe(false);
    expect(mac.double.loginItem).toBeNull();
  });

  it('the shortcut: registered once per change; on Wayland the answer is not trusted', async () => {
    const x11 = bootShell('linux-x11', dir.path);
    const host = await x11.controller.start();
    expect(x11.double.calls.filter((c) => c.startsWith('shortcut.register'))).toEqual(['shortcut.register:CommandOrControl+Shift+L']);
    expect(x11.controller.status()).toMatchObject({ shortcutRegistered: true, shortcutConfirmed: true });
    host?.settings.update({ theme: 'dark' });
    expect(x11.double.calls.filter((c) => c.startsWith('shortcut.register'))).toHaveLength(1);
    await host?.close();

    const refused = bootShell('windows', dir.path);
    refused.double.shortcutAccepted = false;
    const refusedHost = await refused.controller.start();
    expect(refused.controller.status().shortcutRegistered).toBe(false);
    await refusedHost?.close();

    const wayland = bootShell('linux-wayland', dir.path);
    await wayland.controller.start();
    expect(wayland.controller.status()).toMatchObject({ shortcutRegistered: true, shortcutConfirmed: false, platform: { cards: 'notification', idle: false } });
  });
});
