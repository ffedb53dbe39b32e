import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MomentSchema, type Moment } from '../../../../shared/domain/moment';
import { applyMigrations, CURRENT_SCHEMA_VERSION, MIGRATIONS, migrationsBetween, type Migration } from '../../../../electron/services/storage/migrations';
import { FakeClock } from '../../../support/fake-clock';
import { openStore } from '../../../support/open-store';
import { makeTempDir } from '../../../support/temp-dir';

/** A profile written by the first release (schema 1): moments had no `kind`. */
const V1_FIXTURE = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'storage', 'v1-profile');

let dir: { path: string; cleanup: () => Promise<void> };
let clock: FakeClock;
beforeEach(async () => {
  dir = await makeTempDir();
  clock = new FakeClock('2026-11-21T09:30:00.000Z');
  await cp(V1_FIXTURE, dir.path, { recursive: true });
});
afterEach(() => dir.cleanup());

async function readAllRecords(folder: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const name of (await readdir(join(folder, 'moments'))).sort()) {
    out.push(...(JSON.parse(await readFile(join(folder, 'moments', name), 'utf8')) as { records: Record<string, unknown>[] }).records);
  }
  return out;
}

describe('upgrading a real v1 profile', () => {
  it('backs up first, carries every record over as the user’s own, and bumps the version', async () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    const original = await readAllRecords(join(dir.path, 'store'));
    expect(original).toHaveLength(3);
    const db = await openStore(dir.path, clock);
    expect(db.notices).toEqual([]);
    const moments = db.collection<Moment>('moments');
    expect(moments.size).toBe(3);
    for (const record of original) expect(moments.get(record.id as string)).toEqual({ kind: 'own', ...record });
    expect(JSON.parse(await readFile(join(dir.path, 'store', 'meta.json'), 'utf8'))).toMatchObject({ schemaVersion: 2 });

    const backups = await db.listBackups();
    expect(backups.map((b) => [b.reason, b.schemaVersion])).toEqual([['pre-migration', 1]]);
    expect(await readAllRecords(backups[0]!.folder)).toEqual(original);
    expect((await readdir(dir.path)).sort()).toEqual(['backups', 'store']);
    // Opening again is a no-op: no second migration, no second backup.
    const again = await openStore(dir.path, clock);
    expect((await again.listBackups()).length).toBe(1);
  });

  it('a later daily rotation never deletes the pre-migration backup', async () => {
    const db = await openStore(dir.path, clock);
    for (let day = 0; day < 40; day++) {
      clock.advance(86_400_000);
      await db.dailyBackupIfDue();
    }
    const backups = await db.listBackups();
    expect(backups.filter((b) => b.reason === 'pre-migration')).toHaveLength(1);
    expect(backups.filter((b) => b.reason === 'daily').length).toBeLessThanOrEqual(7 + 8);
  });

  it('completes a migration interrupted between its two renames', async () => {
    // The crash window: migrated copy complete in store.next, original moved to store.old.
    await openStore(dir.path, clock);
    await rename(join(dir.path, 'store'), join(dir.path, 'store.next'));
    await cp(join(V1_FIXTURE, 'store'), join(dir.path, 'store.old'), { recursive: true });
    const db = await openStore(dir.path, clock);
    expect(db.collection('moments').size).toBe(3);
    expect((await readdir(dir.path)).sort()).toEqual(['backups', 'store']);
  });

  it('discards a half-written migration and runs it again from the untouched original', async () => {
    await mkdir(join(dir.path, 'store.next', 'moments'), { recursive: true });
    const db = await openStore(dir.path, clock);
    expect(db.collection<Moment>('moments').size).toBe(3);
    expect([...db.collection<Moment>('moments').values()].every((m) => m.kind === 'own')).toBe(true);
  });
});

describe('migration machinery', () => {
  const toV3: Migration = {
    to: 3,
    description: 'test-only: moments gain a flag',
    migrate(files) {
      return new Map([...files].map(([path, data]) => [path, { records: (data as { records: object[] }).records.map((r) => ({ ...r, flag: true })) }]));
    },
  };

  it('runs several steps in order from an old profile', async () => {
    const collections = [{ name: 'moments', recordSchema: MomentSchema.extend({ flag: z.literal(true) }), partition: 'month' as const }];
    const db = await openStore(dir.path, clock, { schemaVersion: 3, migrations: [...MIGRATIONS, toV3], collections });
    const all = [...db.collection<Moment & { flag: boolean }>('moments').values()];
    expect(all.map((m) => [m.kind, m.flag])).toEqual([
      ['own', true],
      ['own', true],
      ['own', true],
    ]);
  });

  it('never mutates its input, and a missing step is an error', () => {
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
    expect(() => migrationsBetween(MIGRATIONS, 1, 3)).toThrow('No migration to schema version 3');
  });
});
