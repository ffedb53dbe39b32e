import { describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withFileSystemFaults } from '../../../electron/services/storage/fs';
import { faultPlan, fsError, lockOnDisk, SimulatedCrash } from '../../support/faults';
import { closeAllHosts, startHost } from '../../support/host';
import { makeMoment } from '../../support/moments';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllHosts);
const PASS = 'correct horse battery staple';
const ctx = { window: 'main' as const };
const data = () => join(dir.path, 'data');
/** A message matching `pattern`, inside toMatchObject. */
const says = (pattern: RegExp) => expect.stringMatching(pattern) as unknown as string;
const NOTES = ['one', 'two', 'three', 'four', 'five'];
const newMoment = (note: string) => ({ kind: 'own' as const, valence: 'helped' as const, tags: [], people: ['Sam'], note, meeting: null, source: 'tray' as const });

/** Five moments over three months, a backup, and a damaged file kept aside. */
async function seeded() {
  const started = await startHost(dir.path);
  const services = started.host.services!;
  for (const [i, note] of NOTES.entries()) await services.moments.restore(makeMoment({ note, createdAt: `2026-${String(9 + (i % 3)).padStart(2, '0')}-0${i + 1}T10:00:00.000Z` }));
  await services.store.backupNow('manual');
  await mkdir(join(data(), 'quarantine'), { recursive: true });
  await writeFile(join(data(), 'quarantine', '2026-11-20__moments__2026-01.json'), '{"records": [damaged');
  return started;
}

/** Starts again over the same folder, as after quitting (or a crash), and unlocks if the lock is on. */
async function restartAndOpen() {
  const { host } = await startHost(dir.path);
  if (host.state().locked) await host.unlock(PASS);
  await host.services!.whenLoaded();
  return host;
}

const notes = (host: Awaited<ReturnType<typeof restartAndOpen>>) => host.services!.moments.all().map((m) => m.note).sort();

/** Makes every write under `folder` fail with "disk full" while `full.on`. */
function diskFullUnder(folder: string) {
  const full = { on: true };
  const hook = (operation: string, path: string) => {
    if (full.on && path.includes(folder) && (operation === 'write' || operation === 'open')) throw fsError('ENOSPC', 'write', path);
  };
  return { full, hook };
}

describe('turning the lock on', () => {
  it('a failure part-way (disk full while encrypting the backups), then the retry the app asks for, loses nothing and keeps one key', async () => {
    const { host } = await seeded();
    const { hook } = diskFullUnder(join(data(), 'backups'));
    const first = await withFileSystemFaults(hook, () => host.dispatch('vault.enable', { passphrase: PASS, understood: true }, ctx));
    expect(first).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect((first as { error: { message: string } }).error.message).toMatch(/^The lock is on, but some files are not encrypted yet: the disk is full\. Nothing is lost\./);
    // What the user was told is what happened: the lock is on, the log open.
    expect(host.state()).toMatchObject({ enabled: true, locked: false, busy: null });
    expect((await lockOnDisk(data())).journal).toBe(true);

    expect(await host.dispatch('vault.enable', { passphrase: PASS, understood: true }, ctx)).toMatchObject({ ok: true, value: { enabled: true, locked: false } });
    await host.close();
    expect(notes(await restartAndOpen())).toEqual([...NOTES].sort());
    expect(await lockOnDisk(data())).toMatchObject({ keyFile: true, journal: false, plain: [] });
  });

  it('a backup missing one of its files does not stop the lock from being turned on', async () => {
    const { host } = await seeded();
    const [backup] = await host.services!.store.listBackups();
    await rm(join(backup!.folder, backup!.files.find((f) => f.path.startsWith('moments/'))!.path));
    await host.enable(PASS);
    await host.close();
    expect(notes(await restartAndOpen())).toEqual([...NOTES].sort());
    expect(await lockOnDisk(data())).toMatchObject({ keyFile: true, journal: false, plain: [] });
  });

  it('a crash right after the key file is written is finished at the next unlock: no file stays in plain text', async () => {
    const { host } = await seeded();
    let keyFileWritten = false;
    const crashAfterKeyFile = (operation: string, path: string) => {
      if (keyFileWritten) throw new SimulatedCrash();
      if (operation === 'rename' && path.includes('vault.json.tmp-')) keyFileWritten = true;
    };
    await expect(withFileSystemFaults(crashAfterKeyFile, () => host.enable(PASS))).rejects.toThrow();
    expect(keyFileWritten).toBe(true);
    expect((await lockOnDisk(data())).plain.length).toBeGreaterThan(0);
    const after = await restartAndOpen();
    expect(notes(after)).toEqual([...NOTES].sort());
    expect(await lockOnDisk(data())).toMatchObject({ keyFile: true, journal: false, plain: [] });
  });

  it('a failure before the key file reaches the disk changes nothing, as the user is told', async () => {
    const { host } = await seeded();
    const plan = faultPlan({ failAt: 1, code: 'EACCES' });
    const failVaultWrite = (operation: Parameters<typeof plan.hook>[0], path: string) => {
      if (path.includes('vault.json')) plan.hook(operation, path);
    };
    const reply = await withFileSystemFaults(failVaultWrite, () => host.dispatch('vault.enable', { passphrase: PASS, understood: true }, ctx));
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage', message: 'The lock could not be turned on: Touchpoint is not allowed to write to its data folder. Nothing was changed.' } });
    expect(host.state()).toMatchObject({ enabled: false, locked: false });
    expect(await lockOnDisk(data())).toMatchObject({ keyFile: false, journal: false, encrypted: [] });
  });
});

describe('turning the lock off', () => {
  it('a crash halfway through decrypting is finished at the next unlock: the lock ends up off with every file plain', async () => {
    const { host } = await seeded();
    await host.enable(PASS);
    await host.services!.whenIdle();
    let renames = 0;
    const crashMidway = (operation: string, path: string) => {
      if (operation === 'rename' && path.includes(`${join('data', 'store')}`) && ++renames === 2) throw new SimulatedCrash();
      if (renames >= 2) throw new SimulatedCrash();
    };
    await expect(withFileSystemFaults(crashMidway, () => host.disable(PASS))).rejects.toThrow();
    const mixed = await lockOnDisk(data());
    expect(mixed.plain.length).toBeGreaterThan(0);
    expect(mixed.encrypted.length).toBeGreaterThan(0);
    const after = await restartAndOpen();
    expect(after.state()).toMatchObject({ enabled: false, locked: false });
    expect(notes(after)).toEqual([...NOTES].sort());
    expect(await lockOnDisk(data())).toMatchObject({ keyFile: false, journal: false, encrypted: [] });
  });

  it('a disk error after the key file is removed still leaves the lock off: no encrypted file without a key file to open it', async () => {
    const { host } = await seeded();
    await host.enable(PASS);
    await host.services!.whenIdle();
    // Everything is decrypted and the key file removed; then the disk refuses to remove the journal.
    const journalStuck = (operation: string, path: string) => {
      if (operation === 'remove' && path.endsWith('lock-change.json')) throw fsError('EIO', 'remove', path);
    };
    await withFileSystemFaults(journalStuck, () => host.disable(PASS));
    expect(host.state()).toMatchObject({ enabled: false, locked: false, busy: null });
    await host.services!.whenIdle();
    expect(await lockOnDisk(data())).toMatchObject({ keyFile: false, encrypted: [] });
    await host.close();

    const after = await restartAndOpen();
    expect(after.state()).toMatchObject({ enabled: false, locked: false });
    expect(notes(after)).toEqual([...NOTES].sort());
    expect(await lockOnDisk(data())).toMatchObject({ keyFile: false, journal: false, encrypted: [] });
  });

  it('a damaged encrypted file set aside does not stop it: it is kept as it was and the user is told', async () => {
    const { host } = await seeded();
    await host.enable(PASS);
    // An encrypted month file damaged on disk: the next start sets it aside and restores it from the backup.
    await host.close();
    const month = join(data(), 'store', 'moments', '2026-09.json');
    const bytes = await readFile(month);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    await writeFile(month, bytes);
    const again = await restartAndOpen();
    expect(again.notices.list().map((n) => n.title)).toContain('A damaged data file was restored from a backup');
    expect(await again.dispatch('vault.disable', { passphrase: PASS }, ctx)).toMatchObject({ ok: true, value: { enabled: false, locked: false } });
    const kept = again.notices.list().find((n) => n.title === 'Some damaged files could not be decrypted');
    expect(kept?.detail).toMatch(/quarantine\/.*__moments__2026-09\.json/);
    const disk = await lockOnDisk(data());
    expect(disk).toMatchObject({ keyFile: false, journal: false });
    expect(disk.encrypted).toEqual([says(/^quarantine\/.*__moments__2026-09\.json$/)]);
    await again.close();
    expect(notes(await restartAndOpen())).toEqual([...NOTES].sort());
  });
});

describe('changes the disk refused, waiting in memory', () => {
  it('are saved before lock, lock-on and lock-off, or the action is refused and nothing is lost', async () => {
    const { host } = await seeded();
    const { full, hook } = diskFullUnder(join(data(), 'store', 'moments'));
    full.on = false;
    await withFileSystemFaults(hook, async () => {
      await host.enable(PASS);
      full.on = true;
      const kept = await host.dispatch('moments.add', newMoment('kept in memory'), ctx);
      expect(kept).toMatchObject({ ok: true });
      expect(host.services!.store.unsavedFiles).toEqual(['moments/2026-11']);

      expect(await host.dispatch('vault.lock', {}, ctx)).toMatchObject({ ok: false, error: { code: 'storage', message: says(/^Some of your latest changes are not saved to disk yet, and locking now would lose them/) } });
      await host.lock(); // auto-lock: stays open and says why
      expect(host.state()).toMatchObject({ enabled: true, locked: false });
      expect(host.notices.list().map((n) => n.title)).toContain('Touchpoint could not lock yet');
      expect(await host.dispatch('vault.disable', { passphrase: PASS }, ctx)).toMatchObject({ ok: false, error: { message: says(/turning the lock off now would lose them\. Nothing was changed/) } });
      expect(host.state()).toMatchObject({ enabled: true, locked: false });

      full.on = false; // room again: locking saves first
      await host.lock();
      expect(host.state()).toMatchObject({ enabled: true, locked: true });
      await host.unlock(PASS);
      expect(notes(host as never)).toContain('kept in memory');
      await host.disable(PASS);

      full.on = true;
      await host.dispatch('moments.add', newMoment('kept while turning the lock on'), ctx);
      expect(await host.dispatch('vault.enable', { passphrase: PASS, understood: true }, ctx)).toMatchObject({ ok: false, error: { message: says(/turning the lock on now would lose them\. Nothing was changed/) } });
      expect(host.state()).toMatchObject({ enabled: false, locked: false });
      full.on = false;
      await host.services!.maintain(); // the periodic retry saves it
    });
    await host.close();
    const after = await restartAndOpen();
    expect(notes(after)).toEqual([...NOTES, 'kept in memory', 'kept while turning the lock on'].sort());
  });
});

/** Removes the key file's copies the backups keep, as for backups made before they existed. */
async function withoutKeyFileCopies(): Promise<void> {
  for (const name of await readdir(join(data(), 'backups'))) await rm(join(data(), 'backups', name, 'vault.json'), { force: true });
}

describe('the lock’s key file', () => {
  it('truncated, with a backup: put back from the backup’s copy, said so, and the log unlocks with the passphrase', async () => {
    const { host } = await seeded();
    await host.enable(PASS);
    await host.close();
    const vault = join(data(), 'vault.json');
    await writeFile(vault, (await readFile(vault, 'utf8')).slice(0, 40));
    const { host: again } = await startHost(dir.path);
    expect(again.state()).toMatchObject({ enabled: true, locked: true });
    expect(again.notices.list().map((n) => n.title)).toEqual(['The lock’s key file was put back from a backup']);
    await again.unlock(PASS);
    await again.services!.whenLoaded();
    expect(notes(again)).toEqual([...NOTES].sort());
  });

  it('after a passphrase change, the backups’ copies of the key file open with the new passphrase only', async () => {
    const { host } = await seeded();
    await host.enable(PASS);
    await host.changePassphrase(PASS, 'a brand new passphrase');
    await host.close();
    await rm(join(data(), 'vault.json'));
    const { host: again } = await startHost(dir.path);
    expect(await again.dispatch('vault.unlock', { passphrase: PASS }, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await again.unlock('a brand new passphrase');
    expect(notes(again)).toEqual([...NOTES].sort());
  });

  it('truncated, with no copy: the app starts locked, says so plainly, and “Delete all my data” still works', async () => {
    const { host } = await seeded();
    await host.enable(PASS);
    await host.close();
    await withoutKeyFileCopies();
    const vault = join(data(), 'vault.json');
    await writeFile(vault, (await readFile(vault, 'utf8')).slice(0, 40));
    const { host: again } = await startHost(dir.path);
    expect(again.state()).toMatchObject({ enabled: true, locked: true });
    expect(again.notices.list().map((n) => n.title)).toContain('The lock’s key file is damaged');
    expect(await again.dispatch('vault.unlock', { passphrase: PASS }, ctx)).toMatchObject({ ok: false, error: { code: 'storage', message: says(/key file \(vault\.json in the data folder\) is damaged/) } });
    expect(await again.dispatch('data.deleteAll', { confirm: 'DELETE' }, ctx)).toMatchObject({ ok: true });
    expect(again.state()).toMatchObject({ enabled: false, locked: false });
    expect(again.notices.list().map((n) => n.title)).not.toContain('The lock’s key file is damaged');
  });

  it('deleted while the log is encrypted, with no copy: nothing is set aside, the user is told the key file is missing', async () => {
    const { host } = await seeded();
    await host.enable(PASS);
    await host.close();
    await withoutKeyFileCopies();
    const before = await lockOnDisk(data());
    await rm(join(data(), 'vault.json'));
    const { host: again } = await startHost(dir.path);
    expect(again.state()).toMatchObject({ enabled: true, locked: true });
    const titles = again.notices.list().map((n) => n.title);
    expect(titles).toEqual(['The lock’s key file is missing']);
    expect(await again.dispatch('vault.unlock', { passphrase: PASS }, ctx)).toMatchObject({ ok: false, error: { message: says(/key file \(vault\.json in the data folder\) is missing/) } });
    expect((await lockOnDisk(data())).encrypted).toEqual(before.encrypted);
    expect(await again.dispatch('data.deleteAll', { confirm: 'DELETE' }, ctx)).toMatchObject({ ok: true });
  });

  it('a folder in place of a month file or of meta.json gives a readable message, not a raw EISDIR', async () => {
    const { host } = await seeded();
    await host.close();
    await rm(join(data(), 'store', 'moments', '2026-10.json'));
    await mkdir(join(data(), 'store', 'moments', '2026-10.json'));
    await rm(join(data(), 'store', 'meta.json'));
    await mkdir(join(data(), 'store', 'meta.json'));
    const after = await restartAndOpen();
    const shown = after.notices.list().map((n) => `${n.title}: ${n.detail}`).join('\n');
    expect(shown).not.toMatch(/EISDIR/);
    expect(shown).toContain('The data version file was restored from a backup');
    expect(shown).toContain('moments/2026-10.json could not be read, so it was restored from the backup');
    expect(notes(after)).toEqual([...NOTES].sort());
  });
});
