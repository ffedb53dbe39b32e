import { describe, expect, it } from 'vitest';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { BackupSummary, RestoreResult } from '../../../shared/contract/data-admin';
import type { Moment } from '../../../shared/domain/moment';
import { replaceStoreWithBackup } from '../../../electron/services/data-admin/store-swap';
import { createBackup, listBackups } from '../../../electron/services/storage/backups';
import { FakeClock } from '../../support/fake-clock';
import { makeMoment } from '../../support/moments';
import { openStore } from '../../support/open-store';
import { graphPerTest, startGraph, type TestGraph } from './graph';

const t = graphPerTest();

const dataDir = () => join(t.dir.path, 'data');
const storeDir = () => join(dataDir(), 'store');



const notes = (graph: TestGraph) => graph.services.moments.all().map((m) => m.note).sort();
const addMoment = (graph: TestGraph, note: string) =>
  graph.services.moments.add({ kind: 'own', valence: 'helped', tags: ['listened'], people: ['Sam'], note, meeting: null, source: 'tray' });

/** Every file under a folder with its bytes' hash: to show a refused restore changed nothing. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(folder.length + 1)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

/** Rewrites one file of a backup and its manifest entry, so the checksum still matches. */
async function rewriteInBackup(backup: BackupSummary, path: string, content: string): Promise<void> {
  const folder = join(dataDir(), 'backups', backup.name);
  await writeFile(join(folder, path), content);
  const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as { files: { path: string; bytes: number; sha256: string }[] };
  const entry = manifest.files.find((f) => f.path === path)!;
  entry.bytes = Buffer.byteLength(content);
  entry.sha256 = createHash('sha256').update(content).digest('hex');
  await writeFile(join(folder, 'manifest.json'), JSON.stringify(manifest));
}

/** A with a manual backup taken, then B added and A edited. */
async function seeded() {
  t.world = await startGraph(t.dir.path);
  const { graph, clock } = t.world;
  const a = await addMoment(graph, 'A');
  const backup = await graph.call<BackupSummary>('data.backupNow');
  clock.advance(60 * 60_000);
  await addMoment(graph, 'B');
  await graph.services.moments.update(a.id, { note: 'A edited' });
  return { graph, clock, backup };
}

describe('the backups list', () => {
  it('says when, why (in words), how big and which months, newest first', async () => {
    const { graph, backup } = await seeded();
    t.world!.clock.advance(60_000);
    const second = await graph.call<BackupSummary>('data.backupNow');
    const list = await graph.call<BackupSummary[]>('data.backups');
    expect(list.map((b) => b.name)).toEqual([second.name, backup.name]);
    expect(backup).toMatchObject({ reason: 'manual', reasonText: 'Made by you', files: 1, months: { from: '2026-11', to: '2026-11' }, schemaVersion: 2, restorable: true, kept: true, createdAt: '2026-11-21T09:30:00.000Z' });
    expect(backup.bytes).toBeGreaterThan(100);
    expect(await graph.call('data.checkBackup', { name: backup.name })).toEqual({ problem: null, entries: { moments: 1, checkIns: 0, followUps: 0, reviews: 0, notes: 0 } });
  });
});

describe('restore', () => {
  it('replaces the data with the backup’s, keeps what was there as a pre-restore backup, and restoring that one undoes it', async () => {
    const { graph, backup } = await seeded();
    expect(notes(graph)).toEqual(['A edited', 'B']);

    const result = await graph.call<RestoreResult>('data.restore', { name: backup.name });
    expect(notes(graph)).toEqual(['A']);
    expect(result.restored.name).toBe(backup.name);
    expect(result.entries.moments).toBe(1);
    expect(result.safetyBackup).toMatchObject({ reason: 'pre-restore', reasonText: 'Your data just before a restore', kept: true });
    expect(t.world!.events.filter((e) => e.event === 'data.replaced').map((e) => (e.payload as { change: string }).change)).toEqual(['restored']);
    const notice = graph.services.notices.list().find((n) => n.id === 'data-restored')!;
    expect(notice.detail).toContain('21 November 2026 at 10:30');

    // The new services read the restored files from disk, and so does a fresh start.
    await graph.close();
    const reopened = await openStore(dataDir(), new FakeClock('2026-11-21T12:00:00.000Z'));
    expect([...reopened.collection<Moment>('moments').values()].map((m) => m.note)).toEqual(['A']);
    await reopened.idle();

    t.world = await startGraph(t.dir.path);
    const list = await t.world.graph.call<BackupSummary[]>('data.backups');
    // The first start on the restored data also took the day's backup.
    expect(list.map((b) => b.reason)).toEqual(['pre-restore', 'daily', 'manual']);
    await t.world.graph.call('data.restore', { name: result.safetyBackup.name });
    expect(notes(t.world.graph)).toEqual(['A edited', 'B']);
    // Undoing made its own safety copy: nothing is ever thrown away.
    expect((await t.world.graph.call<BackupSummary[]>('data.backups')).map((b) => b.reason).sort()).toEqual(['daily', 'manual', 'pre-restore', 'pre-restore']);
  });

  it('refuses a backup with a damaged, missing or unreadable file, in plain words, and changes nothing', async () => {
    const { graph, backup } = await seeded();
    const file = join(dataDir(), 'backups', backup.name, 'moments', '2026-11.json');
    const before = await snapshot(dataDir());

    await writeFile(file, (await readFile(file, 'utf8')).replace('"A"', '"Z"'));
    const damaged = await graph.refusal('data.restore', { name: backup.name });
    expect(damaged).toEqual({
      code: 'conflict',
      message: 'This backup can’t be restored: the file moments/2026-11.json is missing or damaged (it no longer matches the checksum taken when the backup was made). Nothing was changed.',
    });
    expect(await graph.call('data.checkBackup', { name: backup.name })).toMatchObject({ problem: expect.stringContaining('missing or damaged') as unknown, entries: null });

    await rm(file);
    expect((await graph.refusal('data.restore', { name: backup.name })).message).toContain('moments/2026-11.json is missing or damaged');

    await rewriteInBackup(backup, 'moments/2026-11.json', JSON.stringify({ records: [{ id: 'x', valence: 'neutral' }] }));
    expect((await graph.refusal('data.restore', { name: backup.name })).message).toBe(
      'This backup can’t be restored: the file moments/2026-11.json has entries this version of Touchpoint cannot read. Nothing was changed.',
    );
    await rewriteInBackup(backup, 'moments/2026-11.json', '{"records": [');
    expect((await graph.refusal('data.restore', { name: backup.name })).message).toContain('moments/2026-11.json cannot be read');

    expect(await graph.refusal('data.restore', { name: 'no-such-backup' })).toMatchObject({ code: 'not_found' });
    expect(await graph.refusal('data.restore', { name: '../../etc' })).toMatchObject({ code: 'invalid_input' });

    expect(notes(graph)).toEqual(['A edited', 'B']);
    const after = await snapshot(dataDir());
    // Only the tampered backup differs: the store is byte for byte the same and no backup was added.
    const changed = Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
    expect(changed).toEqual([`backups/${backup.name}/manifest.json`, `backups/${backup.name}/moments/2026-11.json`]);
  });

  it('restores a backup of an older data format, upgrading it as it opens', async () => {
    t.world = await startGraph(t.dir.path);
    const old = join(t.dir.path, 'v1-store');
    const v1 = makeMoment({ note: 'from version 1', createdAt: '2026-10-02T08:00:00.000Z' }) as Record<string, unknown>;
    delete v1.kind; // version 2 added it
    await mkdir(join(old, 'moments'), { recursive: true });
    await writeFile(join(old, 'moments', '2026-10.json'), JSON.stringify({ records: [v1] }));
    await writeFile(join(old, 'meta.json'), JSON.stringify({ format: 'touchpoint-data', schemaVersion: 1 }));
    const backup = await createBackup({ storeFolder: old, backupsFolder: join(dataDir(), 'backups'), reason: 'daily', schemaVersion: 1, now: new Date('2026-10-03T00:00:00.000Z') });

    await t.world.graph.call('data.restore', { name: backup.name });
    expect(t.world.graph.services.moments.all().map((m) => [m.note, m.kind])).toEqual([['from version 1', 'own']]);
    // Opening the restored data upgraded it, after a backup of it as it was; the first start after the restore also took today's backup.
    const reasons = (await t.world.graph.call<BackupSummary[]>('data.backups')).map((b) => b.reason);
    expect(reasons.sort()).toEqual(['daily', 'daily', 'pre-migration', 'pre-restore']);
  });

  it('refuses a backup made by a newer version of Touchpoint', async () => {
    t.world = await startGraph(t.dir.path);
    const newer = join(t.dir.path, 'v99-store');
    await mkdir(newer, { recursive: true });
    await writeFile(join(newer, 'meta.json'), JSON.stringify({ format: 'touchpoint-data', schemaVersion: 99 }));
    const backup = await createBackup({ storeFolder: newer, backupsFolder: join(dataDir(), 'backups'), reason: 'manual', schemaVersion: 99, now: new Date('2026-11-20T00:00:00.000Z') });
    expect((await t.world.graph.call<BackupSummary[]>('data.backups'))[0]).toMatchObject({ name: backup.name, restorable: false });
    expect((await t.world.graph.refusal('data.restore', { name: backup.name })).message).toContain('made by a newer version of Touchpoint (data version 99; this version reads up to 2)');
  });

  it('works the same with the passphrase lock on (backups are encrypted like the log)', async () => {
    const { graph, backup } = await seeded();
    await graph.host.enable('correct horse battery');
    await graph.settled();
    const file = await readFile(join(dataDir(), 'backups', backup.name, 'moments', '2026-11.json'));
    expect(file.includes(Buffer.from('"note":"A"'))).toBe(false);
    await graph.call('data.restore', { name: backup.name });
    expect(notes(graph)).toEqual(['A']);
    expect(graph.host.state()).toMatchObject({ enabled: true, locked: false });
  });

  it('if the restored data cannot be opened, puts the previous data back', async () => {
    const { graph, backup } = await seeded();
    t.world!.control.failNextOpen = true;
    const error = await graph.refusal('data.restore', { name: backup.name });
    expect(error).toEqual({ code: 'storage', message: 'The backup was put in place but could not be opened, so your data was put back as it was. Nothing was lost.' });
    expect(notes(graph)).toEqual(['A edited', 'B']);
  });
});

describe('a crash in the middle of a restore leaves the old or the new store, never a mix', () => {
  /** The store after the swap would have the backup's files: built in a scratch folder. */
  async function staged(backupName: string): Promise<string> {
    const backup = (await listBackups(join(dataDir(), 'backups'))).find((b) => b.name === backupName)!;
    const scratch = join(t.dir.path, 'scratch', 'store');
    await replaceStoreWithBackup(scratch, backup);
    return scratch;
  }
  const openNotes = async () => {
    const store = await openStore(dataDir(), new FakeClock('2026-11-21T12:00:00.000Z'));
    const result = [...store.collection<Moment>('moments').values()].map((m) => m.note).sort();
    await store.idle();
    return result;
  };
  const leftovers = async () => (await readdir(dataDir())).filter((n) => n.startsWith('store.')).sort();

  it('killed while copying the backup in: the old store, and the half copy is thrown away', async () => {
    const { graph, backup } = await seeded();
    await graph.close();
    t.world = null;
    await cp(await staged(backup.name), `${storeDir()}.next`, { recursive: true });
    await rm(join(`${storeDir()}.next`, 'meta.json')); // meta.json is written last: not there yet
    expect(await openNotes()).toEqual(['A edited', 'B']);
    expect(await leftovers()).toEqual([]);
  });

  it('killed between the two renames: the new store', async () => {
    const { graph, backup } = await seeded();
    await graph.close();
    t.world = null;
    await cp(await staged(backup.name), `${storeDir()}.next`, { recursive: true });
    await rename(storeDir(), `${storeDir()}.old`);
    expect(await openNotes()).toEqual(['A']);
    expect(await leftovers()).toEqual([]);
  });

  it('killed before the old store was deleted: the new store, and the old one is cleaned up', async () => {
    const { graph, backup } = await seeded();
    await graph.close();
    t.world = null;
    await rename(storeDir(), `${storeDir()}.old`);
    await cp(await staged(backup.name), storeDir(), { recursive: true });
    expect(await openNotes()).toEqual(['A']);
    expect(await leftovers()).toEqual([]);
  });
});
