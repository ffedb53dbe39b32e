import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeClock } from '../../support/fake-clock';
import { closeAllServices, startServices } from '../../support/services';

/**
 * A real full disk and a real read-only file system: a small tmpfs mounted for the test (CI
 * and this machine run tests as root). The app must say so plainly, keep the change in
 * memory, and save it as soon as the disk allows.
 */
let mountPoint = '';
const mount = (...options: string[]) => execFileSync('mount', ['-t', 'tmpfs', '-o', options.join(','), 'tmpfs', mountPoint]);

beforeEach(() => {
  mountPoint = mkdtempSync(join(tmpdir(), 'touchpoint-disk-'));
  mount('size=4m', 'mode=0700');
});
afterEach(async () => {
  await closeAllServices();
  execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

const moment = (note: string) => ({ kind: 'own' as const, valence: 'helped' as const, tags: [], people: ['Sam'], note, meeting: null, source: 'tray' as const });

describe('when the disk refuses writes', () => {
  it('disk full: the moment is kept, the user is told why, and it is saved once there is room', async () => {
    const { services } = await startServices(mountPoint, { clock: new FakeClock('2026-11-23T09:00:00.000Z') });
    await services.moments.add(moment('before the disk filled up'));
    // Fill the disk to the last byte.
    const filler = join(mountPoint, 'filler.bin');
    try {
      writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024));
    } catch {
      // ENOSPC once the disk is full: exactly what we want.
    }
    const kept = await services.moments.add(moment('written on a full disk'));
    expect(services.moments.get(kept.id).note).toBe('written on a full disk');
    const [notice] = services.notices.list();
    expect(notice).toMatchObject({ level: 'error', title: 'Some changes are not saved to disk yet' });
    expect(notice!.detail).toMatch(/^The disk is full\. Touchpoint keeps them in memory/);

    await services.maintain(); // still full: still unsaved, and today's backup could not be made either
    expect(services.notices.list().map((n) => n.id).sort()).toEqual(['backup-failed', 'unsaved-changes']);
    await rm(filler);
    await services.maintain();
    expect(services.notices.list()).toEqual([]);
    await services.close();
    const again = await startServices(mountPoint, { clock: new FakeClock('2026-11-23T09:05:00.000Z') });
    expect(again.services.moments.all().map((m) => m.note).sort()).toEqual(['before the disk filled up', 'written on a full disk']);
  });

  it('read-only folder: the edit is kept and explained, and saved when writing works again', async () => {
    const { services } = await startServices(mountPoint, { clock: new FakeClock('2026-11-23T09:00:00.000Z') });
    const first = await services.moments.add(moment('original'));
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    const edited = await services.moments.update(first.id, { note: 'edited while read-only' });
    expect(services.moments.get(first.id)).toEqual(edited);
    expect(services.notices.list()[0]!.detail).toMatch(/^Touchpoint is not allowed to write to its data folder\./);
    execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    await services.maintain();
    expect(services.notices.list()).toEqual([]);
    await services.close();
    const again = await startServices(mountPoint, { clock: new FakeClock('2026-11-23T09:05:00.000Z') });
    expect(again.services.moments.get(first.id).note).toBe('edited while read-only');
  });
});
