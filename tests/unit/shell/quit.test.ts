import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ProfileName } from '../../../electron/services/shell/platform-profile';
import { QUIT_DEADLINE_MS } from '../../../electron/services/shell/quit-flow';
import { closeAllHosts } from '../../support/host';
import { tempFolderPerTest } from '../../support/temp-dir';
import { bootShell, settle, startedShell, type BootOptions } from './shell-harness';
import type { ShellController } from '../../../electron/services/shell/shell-controller';
import { withFileSystemFaults, type FaultHook } from '../../../electron/services/storage/fs';
import { fsError } from '../../support/faults';

const dir = tempFolderPerTest(closeAllHosts);
/** These start the real services over a temp folder (disk writes, fsync): no default timeout. */
const DISK = { timeout: 60_000 };
/** Saving touches the disk (fsync): give it time on a busy machine. */
const SAVING = { timeout: 30_000, interval: 20 };
const ALL: ProfileName[] = ['macos', 'windows', 'linux-x11', 'linux-wayland'];

const started = (profile: ProfileName, options: BootOptions = {}) => startedShell(profile, dir.path, options);

/** Every moment file's text under data/store, joined. */
async function storedText(): Promise<string> {
  const folder = join(dir.path, 'data', 'store');
  const names = await readdir(folder, { recursive: true });
  const texts = await Promise.all(names.filter((n) => n.endsWith('.json')).map((n) => readFile(join(folder, n), 'utf8').catch(() => '')));
  return texts.join('\n');
}

describe('quitting', DISK, () => {
  it.each(ALL)('%s: quitting twice in a row still saves and closes the log once, then quits', async (profile) => {
    const { controller, double, closes } = await started(profile);
    const saved = await controller.dispatch('moments.add', { kind: 'own', valence: 'helped', tags: ['listened'], people: ['Sam'], note: 'kept through quit', source: 'tray' }, { window: 'popup' });
    expect(saved.ok).toBe(true);

    double.port.app.quit();
    double.port.app.quit();
    expect(double.state).toBe('running');
    await vi.waitFor(() => expect(double.state).toBe('quit'), SAVING);
    expect(closes).toEqual(['close', 'closed']);
    expect(double.calls).toContain('tray.destroy');
    // Quit is asked for again once, after the flush (the two quits before it were held).
    expect(double.calls.filter((c) => c === 'app.quit')).toHaveLength(3);
    expect(double.calls.at(-1)).toBe('app.quit');
    expect(await storedText()).toContain('kept through quit');
  });

  it('quits after the deadline even when saving hangs, and says so in the log', async () => {
    const { double, timers, logs } = await started('linux-x11', { closeHangs: true });
    double.port.app.quit();
    await settle();
    expect(double.state).toBe('running');
    timers.fire(QUIT_DEADLINE_MS);
    await settle();
    expect(double.state).toBe('quit');
    expect(logs.join('\n')).toMatch(/took too long/);
  });

  it('windows: a shutdown or log-off (session-end, no before-quit) saves the log', async () => {
    const { double, closes } = await started('windows');
    double.shutDown();
    await vi.waitFor(() => expect(closes).toEqual(['close', 'closed']), SAVING);
    expect(double.calls).not.toContain('app.quit');
  });

  it('a quit during a slow start waits for the start, then saves and closes', async () => {
    const shell = bootShell('macos', dir.path, { slowStart: true });
    const start = shell.controller.start();
    shell.double.port.app.quit();
    await settle();
    expect(shell.double.state).toBe('running');
    expect(shell.closes).toEqual([]);
    shell.releaseStart();
    await start;
    await vi.waitFor(() => expect(shell.double.state).toBe('quit'), SAVING);
    expect(shell.closes).toEqual(['close', 'closed']);
  });

  it('the popup closes for real when quitting (it only hides otherwise)', async () => {
    const { double } = await started('windows');
    double.port.app.quit();
    await vi.waitFor(() => expect(double.state).toBe('quit'), SAVING);
    double.closePopupByUser();
    expect(double.popup).toBeNull();
  });

  describe('with changes the disk refused (full or read-only)', () => {
    const alwaysFull: FaultHook = (operation, path) => {
      if (operation === 'write' || operation === 'open') throw fsError('ENOSPC', operation, path);
    };
    const addOnFullDisk = (controller: ShellController) =>
      withFileSystemFaults(alwaysFull, () => controller.dispatch('moments.add', { kind: 'own', valence: 'harmed', note: 'written while the disk was full', source: 'tray' }, { window: 'popup' }));

    it('asks first; “Keep Touchpoint open” keeps the app and the change, and a later quit saves it', async () => {
      const { controller, double, closes } = await started('linux-x11');
      expect((await addOnFullDisk(controller)).ok).toBe(true);
      // Still full when quitting: the retry fails, the user is asked and stays.
      withFileSystemFaults(alwaysFull, () => double.port.app.quit());
      await vi.waitFor(() => expect(double.asked).toEqual(['Some of your changes are not saved yet']), SAVING);
      await settle();
      expect(double.state).toBe('running');
      expect(closes).toEqual([]);

      // Space freed: the next quit saves the change without asking again.
      double.port.app.quit();
      await vi.waitFor(() => expect(double.state).toBe('quit'), SAVING);
      expect(double.asked).toHaveLength(1);
      expect(await storedText()).toContain('written while the disk was full');
    });

    it('“Quit and lose them” quits, and says so in the log', async () => {
      const { controller, double, logs } = await started('macos');
      double.quitWithUnsaved = true;
      expect((await addOnFullDisk(controller)).ok).toBe(true);
      withFileSystemFaults(alwaysFull, () => double.port.app.quit());
      await vi.waitFor(() => expect(double.state).toBe('quit'), SAVING);
      expect(double.asked).toHaveLength(1);
      expect(logs.join('\n')).toMatch(/could not be written/);
    });
  });
});
