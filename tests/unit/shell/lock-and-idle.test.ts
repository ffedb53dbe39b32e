import { describe, expect, it, vi } from 'vitest';
import type { ProfileName } from '../../../electron/services/shell/platform-profile';
import { POLL_INTERVAL_MS } from '../../../electron/services/shell/session-watch';
import { closeAllHosts } from '../../support/host';
import { tempFolderPerTest } from '../../support/temp-dir';
import { settle, startedShell } from './shell-harness';

const dir = tempFolderPerTest(closeAllHosts);
/** These start the real services over a temp folder (disk writes, fsync): no default timeout. */
const DISK = { timeout: 60_000 };

async function started(profile: ProfileName) {
  const shell = await startedShell(profile, dir.path);
  const { host } = shell;
  // The passphrase lock is on and the log open (enabling it for real would cost a key derivation).
  vi.spyOn(host, 'state').mockReturnValue({ enabled: true, locked: false, queued: 0, busy: null });
  const lock = vi.spyOn(host, 'lock').mockResolvedValue(undefined);
  return { ...shell, host, lock };
}

describe('"Lock when the screen locks"', DISK, () => {
  it.each(['macos', 'windows'] as const)('%s: follows powerMonitor’s lock-screen', async (profile) => {
    const { double, lock, controller } = await started(profile);
    double.emitPower('lock-screen');
    expect(lock).toHaveBeenCalledTimes(1);
    expect(controller.watch.environment().locked).toBe(true);
    double.emitPower('unlock-screen');
    expect(controller.watch.environment().locked).toBe(false);
    expect(controller.status().platform.screenLock).toBe(true);
  });

  it.each(['linux-x11', 'linux-wayland'] as const)('%s: powerMonitor says nothing, so the lock is heard over D-Bus', async (profile) => {
    const { double, lock, controller, dbusLock } = await started(profile);
    double.emitPower('lock-screen');
    expect(lock).not.toHaveBeenCalled();
    dbusLock(true);
    expect(lock).toHaveBeenCalledTimes(1);
    expect(controller.watch.environment().locked).toBe(true);
    dbusLock(false);
    expect(controller.watch.environment().locked).toBe(false);
    expect(controller.status().platform.screenLock).toBe(true);
  });

  it('does not lock when the setting is off', async () => {
    const { host, lock, dbusLock } = await started('linux-x11');
    host.settings.update({ privacy: { ...host.settings.get().privacy, lockOnScreenLock: false } });
    dbusLock(true);
    expect(lock).not.toHaveBeenCalled();
  });
});

describe('time away', DISK, () => {
  it('linux-x11: locks after the chosen time away', async () => {
    const { host, double, timers, lock } = await started('linux-x11');
    host.settings.update({ privacy: { ...host.settings.get().privacy, autoLockMinutes: 15 } });
    double.idleSeconds = 16 * 60;
    timers.fire(POLL_INTERVAL_MS);
    await settle();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('linux-wayland: idle time is unreliable, so it is never used (and Settings says so)', async () => {
    const { host, double, timers, lock, controller } = await started('linux-wayland');
    host.settings.update({ privacy: { ...host.settings.get().privacy, autoLockMinutes: 15 } });
    double.idleSeconds = 16 * 60;
    timers.fire(POLL_INTERVAL_MS);
    await settle();
    expect(lock).not.toHaveBeenCalled();
    expect(controller.watch.environment().idle).toBe(false);
    expect(controller.status().platform.idle).toBe(false);
  });
});
