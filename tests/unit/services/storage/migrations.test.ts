import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MomentSchema, type Moment } from '../../../../shared/domain/moment';
import { applyMigrations, migrationsBetween, type Migration } from '../../../../electron/services/storage/migrations';
import { FakeClock } from '../../../support/fake-clock';
import { openStore } from '../../../support/open-store';
import { makeTempDir } from '../../../support/temp-dir';

const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'storage', 'v1-profile');

/**
 * A version-2 layout used to exercise the machinery on a real older profile: every moment
 * gains a `kind`. Pure: returns new objects, keeps every record.
 */
const toV2: Migration = {
  to: 2,
  description: 'moments gain kind: "own"',
  migrate(files) {
    const out = new Map<string, unknown>();
    for (const [path, data] of files) {
      const file = data as { records: Record<string, unknown>[] };
      out.set(path, { records: file.records.map((r) => ({ ...r, kind: 'own' })) });
    }
    return out;
  },
};
const V2Moment = MomentSchema.extend({ kind: z.literal('own') });
const v2Collections = [{ name: 'moments', recordSchema: V2Moment, partition: 'month' as const }];

let dir: { path: string; cleanup: () => Promise<void> };
let clock: FakeClock;
beforeEach(async () => {
  dir = await makeTempDir();
  clock = new FakeClock('2026-11-21T09:30:00.000Z');
  await cp(FIXTURE, dir.path, { recursive: true });
});
afterEach(() => dir.cleanup());

async function readAllRecords(folder: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const name of (await readdir(join(folder, 'moments'))).sort()) {
    out.push(...(JSON.parse(await readFile(join(folder, 'moments', name), 'utf8')) as { records: Record<string, unknown>[] }).records);
  }
  return out;
}

describe('migrations', () => {
  it('the v1 fixture opens as-is with the current build', async () => {
    const db = await openStore(dir.path, clock);
    expect(db.notices).toEqual([]);
    expect(db.collection<Moment>('moments').size).toBe(3);
  });

  it('upgrade from the v1 fixture: backs up first, carries every record over, bumps the version', async () => {
    const original = await readAllRecords(join(dir.path, 'store'));
    const db = await openStore(dir.path, clock, { schemaVersion: 2, migrations: [toV2], collections: v2Collections });
    const moments = db.collection<Moment & { kind: string }>('moments');
    expect(moments.size).toBe(3);
    for (const record of original) expect(moments.get(record.id as string)).toEqual({ ...record, kind: 'own' });
    expect(JSON.parse(await readFile(join(dir.path, 'store', 'meta.json'), 'utf8'))).toMatchObject({ schemaVersion: 2 });

    const backups = await db.listBackups();
    expect(backups.map((b) => [b.reason, b.schemaVersion])).toEqual([['pre-migration', 1]]);
    // The backup holds the untouched v1 files.
    expect(await readAllRecords(backups[0]!.folder)).toEqual(original);
    expect((await readdir(dir.path)).sort()).toEqual(['backups', 'store']);
  });

  it('a later daily rotation never deletes the pre-migration backup', async () => {
    const db = await openStore(dir.path, clock, { schemaVersion: 2, migrations: [toV2], collections: v2Collections });
    for (let day = 0; day < 40; day++) {
      clock.advance(86_400_000);
      await db.dailyBackupIfDue();
    }
    const backups = await db.listBackups();
    expect(backups.filter((b) => b.reason === 'pre-migration')).toHaveLength(1);
    expect(backups.filter((b) => b.reason === 'daily').length).toBeLessThanOrEqual(7 + 8);
  });

  it('completes a migration interrupted between its two renames', async () => {
    // Simulate the crash window: migrated copy complete in store.next, original moved to store.old.
    await openStore(dir.path, clock, { schemaVersion: 2, migrations: [toV2], collections: v2Collections });
    await rename(join(dir.path, 'store'), join(dir.path, 'store.next'));
    await cp(join(FIXTURE, 'store'), join(dir.path, 'store.old'), { recursive: true });
    const db = await openStore(dir.path, clock, { schemaVersion: 2, migrations: [toV2], collections: v2Collections });
    expect(db.collection('moments').size).toBe(3);
    expect((await readdir(dir.path)).sort()).toEqual(['backups', 'store']);
  });

  it('discards a half-written migration and runs it again from the untouched original', async () => {
    await mkdir(join(dir.path, 'store.next', 'moments'), { recursive: true });
    const db = await openStore(dir.path, clock, { schemaVersion: 2, migrations: [toV2], collections: v2Collections });
    expect(db.collection('moments').size).toBe(3);
  });

  it('applyMigrations never mutates its input, and a missing step is an error', () => {
    const input = new Map<string, unknown>([['moments/2026-11.json', { records: [{ id: 'a' }] }]]);
    const snapshot = structuredClone(input);
    const mutating: Migration = {
      to: 2,
      description: 'mutates',
      migrate(files) {
        (files.get('moments/2026-11.json') as { records: { id: string; x?: number }[] }).records[0]!.x = 1;
        return new Map(files);
      },
    };
    applyMigrations(input, [mutating]);
    expect(input).toEqual(snapshot);
    expect(() => migrationsBetween([toV2], 1, 3)).toThrow('No migration to schema version 3');
  });
});
