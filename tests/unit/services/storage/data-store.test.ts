import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Moment } from '../../../../shared/domain/moment';
import { NewerDataError } from '../../../../electron/services/storage/data-store';
import { StorageWriteError } from '../../../../electron/services/storage/collection';
import { withFileSystemFaults, type FaultHook } from '../../../../electron/services/storage/fs';
import { FakeClock } from '../../../support/fake-clock';
import { makeMoment } from '../../../support/moments';
import { openStore } from '../../../support/open-store';
import { makeTempDir } from '../../../support/temp-dir';

let dir: { path: string; cleanup: () => Promise<void> };
let clock: FakeClock;
beforeEach(async () => {
  dir = await makeTempDir();
  clock = new FakeClock('2026-11-21T09:30:00.000Z');
});
afterEach(() => dir.cleanup());

const store = (d = dir.path) => join(d, 'store');
const ids = (records: Iterable<Moment>) => [...records].map((m) => m.id).sort();

describe('DataStore layout and persistence', () => {
  it('starts a new profile with a version file and no data', async () => {
    const db = await openStore(dir.path, clock);
    expect(db.collection<Moment>('moments').size).toBe(0);
    expect(JSON.parse(await readFile(join(store(), 'meta.json'), 'utf8'))).toEqual({ format: 'touchpoint-data', schemaVersion: 2 });
    expect(db.notices).toEqual([]);
  });

  it('keeps one small file per creation month, and a write touches only its month', async () => {
    const db = await openStore(dir.path, clock);
    const moments = db.collection<Moment>('moments');
    const october = makeMoment({ createdAt: '2026-10-31T23:59:00.000Z' });
    const november = makeMoment({ createdAt: '2026-11-01T00:00:00.000Z' });
    await moments.insert(october);
    await moments.insert(november);
    expect((await readdir(join(store(), 'moments'))).sort()).toEqual(['2026-10.json', '2026-11.json']);

    const octoberFile = join(store(), 'moments', '2026-10.json');
    const before = await stat(octoberFile);
    await new Promise((r) => setTimeout(r, 20));
    await moments.insert(makeMoment({ createdAt: '2026-11-15T10:00:00.000Z' }));
    // Editing moves nothing between files: the partition is the immutable creation month.
    await moments.replace({ ...november, occurredAt: '2026-09-01T10:00:00.000Z', note: 'moved in time' });
    expect((await stat(octoberFile)).mtimeMs).toBe(before.mtimeMs);
    const novemberFile = JSON.parse(await readFile(join(store(), 'moments', '2026-11.json'), 'utf8')) as { records: Moment[] };
    expect(novemberFile.records.map((r) => r.note)).toContain('moved in time');
  });

  it('reads back exactly what was written after a reopen', async () => {
    const db = await openStore(dir.path, clock);
    const moments = db.collection<Moment>('moments');
    const written = [makeMoment(), makeMoment({ createdAt: '2025-01-05T08:00:00.000Z', valence: 'harmed', tags: ['sarcasm'] })];
    for (const m of written) await moments.insert(m);
    const removed = makeMoment();
    await moments.insert(removed);
    await moments.remove(removed.id);
    await db.idle();

    const again = await openStore(dir.path, clock);
    const reread = again.collection<Moment>('moments');
    expect(ids(reread.values())).toEqual(ids(written));
    expect(reread.get(written[1]!.id)).toEqual(written[1]);
  });

  it('refuses data written by a newer version and leaves it untouched', async () => {
    await mkdir(store(), { recursive: true });
    await writeFile(join(store(), 'meta.json'), JSON.stringify({ format: 'touchpoint-data', schemaVersion: 99 }));
    await expect(openStore(dir.path, clock)).rejects.toBeInstanceOf(NewerDataError);
    expect(JSON.parse(await readFile(join(store(), 'meta.json'), 'utf8'))).toMatchObject({ schemaVersion: 99 });
  });

  it('removes temp files a killed writer left and keeps the complete file', async () => {
    const db = await openStore(dir.path, clock);
    const m = makeMoment();
    await db.collection<Moment>('moments').insert(m);
    await writeFile(join(store(), 'moments', '2026-11.json.tmp-999-dead'), '{"records":[{"id":');
    const again = await openStore(dir.path, clock);
    expect(again.collection<Moment>('moments').get(m.id)).toEqual(m);
    expect(await readdir(join(store(), 'moments'))).toEqual(['2026-11.json']);
  });
});

describe('DataStore recovery of damaged files', () => {
  async function seedWithBackup() {
    const db = await openStore(dir.path, clock);
    const moments = db.collection<Moment>('moments');
    const backedUp = makeMoment();
    const otherMonth = makeMoment({ createdAt: '2026-10-02T10:00:00.000Z' });
    await moments.insert(backedUp);
    await moments.insert(otherMonth);
    await db.backupNow('daily');
    clock.advance(60_000);
    const afterBackup = makeMoment();
    await moments.insert(afterBackup);
    await db.idle();
    return { backedUp, otherMonth, afterBackup };
  }

  it('moves a file that is not JSON aside and restores the newest good backup, telling the user', async () => {
    const { backedUp, otherMonth, afterBackup } = await seedWithBackup();
    const damaged = '{"records":[{"id":"m-1", "valence": "hel';
    await writeFile(join(store(), 'moments', '2026-11.json'), damaged);

    const db = await openStore(dir.path, clock);
    const moments = db.collection<Moment>('moments');
    expect(moments.get(backedUp.id)).toEqual(backedUp);
    expect(moments.get(otherMonth.id)).toEqual(otherMonth);
    // Saved after the backup: not in the restored file, but the damaged file is kept, and said so.
    expect(moments.get(afterBackup.id)).toBeUndefined();
    expect(db.notices).toHaveLength(1);
    expect(db.notices[0]).toMatchObject({ level: 'warning', title: 'A damaged data file was restored from a backup' });
    expect(db.notices[0]!.detail).toContain('moments/2026-11.json');
    const quarantined = await readdir(join(dir.path, 'quarantine'));
    expect(quarantined).toHaveLength(1);
    expect(await readFile(join(dir.path, 'quarantine', quarantined[0]!), 'utf8')).toBe(damaged);
    // The restored file is on disk: the next start is clean.
    const third = await openStore(dir.path, clock);
    expect(third.notices).toEqual([]);
  });

  it('sets aside a record that fails validation (the whole file kept in quarantine), never dropping it silently, and reads the rest', async () => {
    await seedWithBackup();
    const file = join(store(), 'moments', '2026-11.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { records: Record<string, unknown>[] };
    const bad = data.records[0]!.id as string;
    data.records[0]!.valence = 'neutral';
    await writeFile(file, JSON.stringify(data));
    const db = await openStore(dir.path, clock);
    expect(db.notices.map((n) => n.title)).toEqual(['An entry did not pass its checks and was set aside']);
    const [kept] = await readdir(join(dir.path, 'quarantine'));
    expect(await readFile(join(dir.path, 'quarantine', kept!), 'utf8')).toBe(JSON.stringify(data));
    const moments = db.collection<Moment>('moments');
    expect(moments.get(bad)).toBeUndefined();
    for (const other of data.records.slice(1)) expect(moments.get(other.id as string)).toBeDefined();
  });

  it('applies the input limits to records loaded from disk: a moment with 100,000 people is set aside', async () => {
    const db = await openStore(dir.path, clock);
    const ok = makeMoment({ createdAt: '2026-11-02T10:00:00.000Z' });
    await db.collection<Moment>('moments').insert(ok);
    const file = join(store(), 'moments', '2026-11.json');
    const huge = { ...makeMoment({ createdAt: '2026-11-03T10:00:00.000Z' }), people: Array.from({ length: 100_000 }, (_, i) => `Person ${i}`) };
    const badZone = { ...makeMoment({ createdAt: '2026-11-04T10:00:00.000Z' }), timeZone: 'Mars/Olympus_Mons' };
    await writeFile(file, JSON.stringify({ records: [ok, huge, badZone] }));
    const again = await openStore(dir.path, clock);
    expect(again.notices.map((n) => n.title)).toEqual(['2 entries did not pass their checks and were set aside']);
    expect([...again.collection<Moment>('moments').values()].map((m) => m.id)).toEqual([ok.id]);
  });

  it('with no backup, keeps the damaged file, shows the rest, and says what happened', async () => {
    const db = await openStore(dir.path, clock);
    const ok = makeMoment({ createdAt: '2026-10-02T10:00:00.000Z' });
    await db.collection<Moment>('moments').insert(ok);
    await mkdir(join(store(), 'moments'), { recursive: true });
    await writeFile(join(store(), 'moments', '2026-11.json'), 'garbage');
    const again = await openStore(dir.path, clock);
    expect(again.collection<Moment>('moments').get(ok.id)).toEqual(ok);
    expect(again.notices).toHaveLength(1);
    expect(again.notices[0]).toMatchObject({ level: 'error', title: 'A damaged data file could not be restored' });
    expect(await readdir(join(dir.path, 'quarantine'))).toHaveLength(1);
  });

  it('restores a damaged version file from a backup', async () => {
    await seedWithBackup();
    await writeFile(join(store(), 'meta.json'), '{');
    const db = await openStore(dir.path, clock);
    expect(db.notices.map((n) => n.title)).toEqual(['The data version file was restored from a backup']);
    expect(JSON.parse(await readFile(join(store(), 'meta.json'), 'utf8'))).toMatchObject({ schemaVersion: 2 });
  });

  it('keeps the damaged version file in place until its repair is written, so a crash in between repeats the repair', async () => {
    await seedWithBackup();
    await writeFile(join(store(), 'meta.json'), '{');
    // The crash: every attempt to write a new store/meta.json fails.
    const newMeta = join(store(), 'meta.json.tmp-');
    const crashOnMetaWrite: FaultHook = (operation, path) => {
      if (operation === 'open' && path.startsWith(newMeta)) throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
    };
    await expect(withFileSystemFaults(crashOnMetaWrite, () => openStore(dir.path, clock))).rejects.toThrow('simulated crash');
    expect(await readFile(join(store(), 'meta.json'), 'utf8')).toBe('{');

    const db = await openStore(dir.path, clock);
    expect(db.notices.map((n) => n.title)).toEqual(['The data version file was restored from a backup']);
    expect(JSON.parse(await readFile(join(store(), 'meta.json'), 'utf8'))).toMatchObject({ schemaVersion: 2 });
  });

  it('writes the current version over a damaged version file when no backup has a good copy', async () => {
    await openStore(dir.path, clock);
    await writeFile(join(store(), 'meta.json'), '{');
    const db = await openStore(dir.path, clock);
    expect(db.notices.map((n) => n.title)).toEqual(['Repaired the data version file']);
    expect(JSON.parse(await readFile(join(store(), 'meta.json'), 'utf8'))).toMatchObject({ schemaVersion: 2 });
    expect((await readdir(join(dir.path, 'quarantine'))).filter((f) => f.endsWith('meta.json'))).toHaveLength(1);
    expect((await openStore(dir.path, clock)).notices).toEqual([]);
  });
});

describe('DataStore write failures', () => {
  it('keeps a change in memory when the disk refuses it and saves it on retry', async () => {
    const db = await openStore(dir.path, clock);
    const moments = db.collection<Moment>('moments');
    // A folder where the month file must go makes every write of that file fail, for real.
    await mkdir(join(store(), 'moments', '2026-11.json'), { recursive: true });
    const m = makeMoment();
    await expect(moments.insert(m)).rejects.toBeInstanceOf(StorageWriteError);
    expect(moments.get(m.id)).toEqual(m);
    expect(db.unsavedFiles).toEqual(['moments/2026-11']);

    await rm(join(store(), 'moments', '2026-11.json'), { recursive: true });
    await db.saveUnsaved();
    expect(db.unsavedFiles).toEqual([]);
    const again = await openStore(dir.path, clock);
    expect(again.collection<Moment>('moments').get(m.id)).toEqual(m);
  });
});

describe('DataStore guards', () => {
  it('refuses to write a record that would fail validation on the next load', async () => {
    const db = await openStore(dir.path, clock);
    const moments = db.collection<Moment>('moments');
    const bad = { ...makeMoment(), valence: 'meh' } as unknown as Moment;
    await expect(moments.insert(bad)).rejects.toThrow('Refusing to store an invalid moments record');
    expect(moments.size).toBe(0);
    const good = makeMoment();
    await moments.insert(good);
    await expect(moments.replace({ ...good, tags: ['nope'] } as unknown as Moment)).rejects.toThrow('Refusing');
    expect(moments.get(good.id)).toEqual(good);
  });
});

describe('DataStore progressive loading', () => {
  const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

  async function seedSixMonths() {
    const db = await openStore(dir.path, clock);
    const moments = db.collection<Moment>('moments');
    const byMonth = new Map<string, Moment>();
    for (const month of months) {
      const m = makeMoment({ createdAt: `${month}-15T10:00:00.000Z`, occurredAt: `${month}-15T10:00:00.000Z` });
      await moments.insert(m);
      byMonth.set(month, m);
    }
    await db.idle();
    return byMonth;
  }

  it('opens with the newest months and brings in the rest in the background, newest first', async () => {
    const byMonth = await seedSixMonths();
    const { DataStore } = await import('../../../../electron/services/storage/data-store');
    const { COLLECTIONS } = await import('../../../../electron/services/app-services');
    const db = await DataStore.open({ directory: dir.path, clock, timeZone: () => 'UTC', collections: COLLECTIONS, eagerPartitions: 3 });
    const moments = db.collection<Moment>('moments');
    expect(ids(moments.values())).toEqual(ids(['2026-09', '2026-10', '2026-11'].map((m) => byMonth.get(m)!)));
    expect(db.fullyLoaded).toBe(false);

    const arrivals: string[] = [];
    moments.onAdopt(({ added }) => arrivals.push(...added.map((m) => m.createdAt.slice(0, 7))));
    await db.loadRemaining();
    expect(arrivals).toEqual(['2026-08', '2026-07', '2026-06']);
    expect(db.fullyLoaded).toBe(true);
    expect(moments.size).toBe(6);
    await db.loadRemaining(); // idempotent
    expect(moments.size).toBe(6);
  });

  it('a damaged older file found in the background is restored and reported like at startup', async () => {
    await seedSixMonths();
    const { DataStore } = await import('../../../../electron/services/storage/data-store');
    const { COLLECTIONS } = await import('../../../../electron/services/app-services');
    const first = await DataStore.open({ directory: dir.path, clock, timeZone: () => 'UTC', collections: COLLECTIONS, eagerPartitions: 3 });
    await first.loadRemaining();
    await first.backupNow('daily');
    await writeFile(join(store(), 'moments', '2026-06.json'), '{"records": [');

    const db = await DataStore.open({ directory: dir.path, clock, timeZone: () => 'UTC', collections: COLLECTIONS, eagerPartitions: 3 });
    const heard: string[] = [];
    db.onNotice((n) => heard.push(n.title));
    expect(db.notices).toEqual([]);
    await db.loadRemaining();
    expect(heard).toEqual(['A damaged data file was restored from a backup']);
    expect(db.collection('moments').size).toBe(6);
  });
});
