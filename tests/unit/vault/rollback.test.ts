import { describe, expect, it } from 'vitest';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decryptFile, encryptFile, fileGeneration, newDataKey } from '../../../electron/services/vault/crypto';
import { makeMoment } from '../../support/moments';
import { closeAllHosts, startHost } from '../../support/host';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllHosts);
const PASS = 'correct horse battery staple';
const data = () => join(dir.path, 'data');
const november = () => join(data(), 'store', 'moments', '2026-11.json');
const ledger = () => join(data(), 'store', 'generations.json');
const ROLLED_BACK = 'An older copy of a file was put back';

/** Two months of entries with the lock on; returns the host still open. */
async function lockedLog() {
  const started = await startHost(dir.path);
  const { host } = started;
  await host.services!.moments.restore(makeMoment({ id: 'october', note: 'october', createdAt: '2026-10-05T10:00:00.000Z' }));
  await host.services!.moments.restore(makeMoment({ id: 'kept', note: 'kept', createdAt: '2026-11-05T10:00:00.000Z' }));
  await host.services!.moments.restore(makeMoment({ id: 'deleted', note: 'deleted later', createdAt: '2026-11-06T10:00:00.000Z' }));
  await host.enable(PASS);
  return started;
}

async function reopen() {
  await closeAllHosts();
  const { host } = await startHost(dir.path);
  await host.unlock(PASS);
  await host.services!.whenLoaded();
  return { host, notes: host.services!.moments.all().map((m) => m.note).sort(), titles: host.notices.list().map((n) => n.title) };
}

describe('rollback detection: a generation bound into each encrypted file, checked against a ledger', () => {
  it('binds the generation into the authenticated data: changing it in the header breaks the file', () => {
    const key = newDataKey();
    const bytes = encryptFile(key, 'moments/2026-11.json', Buffer.from('{"records":[]}'), 7);
    expect(fileGeneration(bytes)).toBe(7);
    expect(decryptFile(key, bytes, 'moments/2026-11.json').toString()).toBe('{"records":[]}');
    const lowered = Buffer.from(bytes);
    const at = 6 + lowered.readUInt16BE(4);
    lowered.writeBigUInt64BE(3n, at);
    expect(fileGeneration(lowered)).toBe(3);
    expect(() => decryptFile(key, lowered, 'moments/2026-11.json')).toThrow();
  });

  it('an older encrypted copy of a month put back over the newer one is found at load, set aside unread and reported; the deleted entry does not come back', async () => {
    const { host } = await lockedLog();
    // A backup made before the deletion holds the same older copy: it must not be used to "repair" the month either.
    await host.services!.store.backupNow('manual');
    const older = await readFile(november());
    await host.services!.moments.remove('deleted');
    await host.services!.moments.restore(makeMoment({ id: 'newer', note: 'newer', createdAt: '2026-11-07T10:00:00.000Z' }));
    await writeFile(november(), older);

    const { notes, titles, host: again } = await reopen();
    expect(titles).toContain(ROLLED_BACK);
    const notice = again.notices.list().find((n) => n.title === ROLLED_BACK)!;
    expect(notice.detail).toContain('moments/2026-11.json');
    expect(notice.detail).toMatch(/entries you deleted/);
    expect(titles).toContain('A damaged data file could not be restored');
    expect(titles).not.toContain('A damaged data file was restored from a backup');
    expect(notes).not.toContain('deleted later');
    expect(notes).toEqual(['october']);
    // Set aside, never deleted: the copy is in quarantine for a person to look at.
    expect((await readdir(join(data(), 'quarantine'))).some((n) => n.endsWith('moments__2026-11.json'))).toBe(true);

    // New entries for that month start a file newer than everything before it; reopening finds no tampering.
    await again.services!.moments.restore(makeMoment({ id: 'after', note: 'after', createdAt: '2026-11-08T10:00:00.000Z' }));
    const third = await reopen();
    expect(third.titles).not.toContain(ROLLED_BACK);
    expect(third.notes).toEqual(['after', 'october']);
  });

  it('a backup copy as new as the last write is taken back in place of the older copy, with nothing lost', async () => {
    const { host } = await lockedLog();
    const older = await readFile(november());
    await host.services!.moments.remove('deleted');
    await host.services!.store.backupNow('manual');
    await writeFile(november(), older);
    const { notes, titles } = await reopen();
    expect(titles).toContain(ROLLED_BACK);
    expect(titles).toContain('A damaged data file was restored from a backup');
    expect(notes).toEqual(['kept', 'october']);
    // The copy taken back is written as a newer generation than any before: no alarm on the next start.
    expect((await reopen()).titles).not.toContain(ROLLED_BACK);
  });

  it('a crash between a file’s write and the ledger’s update is not taken for tampering (the file is ahead, never behind)', async () => {
    const { host } = await lockedLog();
    await host.services!.moments.restore(makeMoment({ id: 'newer', note: 'newer', createdAt: '2026-11-07T10:00:00.000Z' }));
    await host.services!.store.idle();
    const ledgerBefore = await readFile(ledger());
    const generationBefore = fileGeneration(await readFile(november()))!;
    const beforeDeletion = await readFile(november());
    await host.services!.moments.remove('deleted');
    await host.services!.store.idle();
    expect(fileGeneration(await readFile(november()))).toBe(generationBefore + 1);
    await closeAllHosts();
    // As if the process died after the month file reached the disk and before the ledger did.
    await writeFile(ledger(), ledgerBefore);
    const { notes, titles } = await reopen();
    expect(titles).toEqual([]);
    expect(notes).toEqual(['kept', 'newer', 'october']);
    // The ledger caught up at that start: the copy from before the deletion is still refused.
    await closeAllHosts();
    await writeFile(november(), beforeDeletion);
    const later = await reopen();
    expect(later.titles).toContain(ROLLED_BACK);
    expect(later.notes).not.toContain('deleted later');
  });

  it('restoring a whole backup (its files and their ledger together) is not taken for tampering', async () => {
    const { host } = await lockedLog();
    await host.services!.store.backupNow('manual');
    await host.services!.moments.remove('deleted');
    await host.services!.moments.remove('kept');
    const [backup] = await host.services!.dataAdmin.listBackups();
    await host.services!.dataAdmin.restore(backup!.name);
    expect(host.services!.moments.all().map((m) => m.note).sort()).toEqual(['deleted later', 'kept', 'october']);
    const { notes, titles } = await reopen();
    expect(titles).not.toContain(ROLLED_BACK);
    expect(notes).toEqual(['deleted later', 'kept', 'october']);
  });

  it('turning the lock off and on again starts the generations over without false alarms', async () => {
    const { host } = await lockedLog();
    await host.services!.moments.remove('deleted');
    await host.disable(PASS);
    expect((await readdir(join(data(), 'store'))).includes('generations.json')).toBe(false);
    await host.enable(PASS);
    await host.services!.moments.restore(makeMoment({ id: 'again', note: 'again', createdAt: '2026-11-09T10:00:00.000Z' }));
    const { notes, titles } = await reopen();
    expect(titles).toEqual([]);
    expect(notes).toEqual(['again', 'kept', 'october']);
  });

  it('a damaged ledger is reported in plain words and started again from the files; no entry is touched', async () => {
    await lockedLog();
    await closeAllHosts();
    await writeFile(ledger(), 'not the ledger');
    const { notes, titles } = await reopen();
    expect(titles).toEqual(['The record of your files’ versions could not be read']);
    expect(notes).toEqual(['deleted later', 'kept', 'october']);
  });

  it('a ledger deleted to slip an older copy back in is reported; only a missing ledger before any save after lock-on is not', async () => {
    const MISSING = 'The record of your files’ versions was missing';
    const { host } = await lockedLog();
    // Just after the lock went on every file is at generation 0: the first open writes the ledger, without alarm.
    const first = await reopen();
    expect(first.titles).toEqual([]);
    expect((await readdir(join(data(), 'store'))).includes('generations.json')).toBe(true);

    const older = await readFile(november());
    await first.host.services!.moments.remove('deleted');
    await closeAllHosts();
    await writeFile(november(), older);
    await rm(ledger());
    const { titles } = await reopen();
    expect(titles).toEqual([MISSING]);
    // Said once: the ledger is started again, so the next start is quiet.
    expect((await reopen()).titles).toEqual([]);
    void host;
  });
});

