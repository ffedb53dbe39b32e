import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Moment } from '../../../../shared/domain/moment';
import { backupsToRotate, readBackupFile, type BackupInfo } from '../../../../electron/services/storage/backups';
import { FakeClock } from '../../../support/fake-clock';
import { makeMoment } from '../../../support/moments';
import { openStore } from '../../../support/open-store';
import { makeTempDir } from '../../../support/temp-dir';

const backup = (createdAt: string, reason: BackupInfo['reason'] = 'daily'): BackupInfo => ({
  format: 'touchpoint-backup',
  name: `${createdAt}_${reason}`,
  folder: `/x/${createdAt}`,
  createdAt,
  reason,
  schemaVersion: 1,
  files: [],
});

describe('backupsToRotate', () => {
  it('keeps the 7 newest dailies and the newest of each of the last 8 weeks', () => {
    const days = Array.from({ length: 70 }, (_, i) => new Date(Date.UTC(2026, 8, 1 + i, 12)).toISOString());
    const all = days.map((d) => backup(d));
    const deleted = new Set(backupsToRotate(all).map((b) => b.createdAt));
    const kept = days.filter((d) => !deleted.has(d));
    // Weeks counted from Monday 31 August 2026.
    const weekOf = (d: string) => Math.floor((Date.parse(d) - Date.UTC(2026, 7, 31)) / (7 * 86_400_000));
    const newestPerWeek = new Map<number, string>();
    for (const d of days) newestPerWeek.set(weekOf(d), d);
    const lastEightWeeks = [...newestPerWeek.entries()].sort((a, b) => b[0] - a[0]).slice(0, 8).map(([, d]) => d);
    const expected = new Set([...days.slice(-7), ...lastEightWeeks]);
    expect(kept).toEqual(days.filter((d) => expected.has(d)));
    expect(new Set(kept.map(weekOf)).size).toBe(8);
  });

  it('never selects pre-migration, pre-restore or manual backups', () => {
    const old = [backup('2020-01-01T00:00:00.000Z', 'pre-migration'), backup('2020-01-02T00:00:00.000Z', 'manual'), backup('2020-01-03T00:00:00.000Z', 'pre-restore')];
    const days = Array.from({ length: 30 }, (_, i) => backup(new Date(Date.UTC(2026, 0, 1 + i)).toISOString()));
    const deleted = backupsToRotate([...old, ...days]);
    expect(deleted.every((b) => b.reason === 'daily')).toBe(true);
    expect(deleted.length).toBeGreaterThan(0);
  });
});

describe('daily backups', () => {
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(() => dir.cleanup());

  it('takes one backup per day in the user’s zone, with checksums that catch tampering', async () => {
    // 23:30 UTC on the 21st is already the 22nd in Berlin.
    const clock = new FakeClock('2026-11-21T23:30:00.000Z');
    const db = await openStore(dir.path, clock);
    expect(await db.dailyBackupIfDue()).toBeNull(); // nothing to back up yet
    await db.collection<Moment>('moments').insert(makeMoment());
    const first = await db.dailyBackupIfDue();
    expect(first?.files.map((f) => f.path).sort()).toEqual(['meta.json', 'moments/2026-11.json']);
    clock.set('2026-11-22T20:00:00.000Z'); // still the 22nd in Berlin
    expect(await db.dailyBackupIfDue()).toBeNull();
    clock.set('2026-11-22T23:30:00.000Z'); // the 23rd in Berlin
    expect(await db.dailyBackupIfDue()).not.toBeNull();

    const path = join(first!.folder, 'moments/2026-11.json');
    expect(await readBackupFile(first!, 'moments/2026-11.json')).not.toBeNull();
    await writeFile(path, (await readFile(path, 'utf8')).replace('Sam', 'Tom'));
    expect(await readBackupFile(first!, 'moments/2026-11.json')).toBeNull();
  });

  it('two backups in the same millisecond (an upgrade retried at once after a crash) each get their own folder', async () => {
    const clock = new FakeClock('2026-11-21T09:30:00.000Z');
    const db = await openStore(dir.path, clock);
    await db.collection<Moment>('moments').insert(makeMoment());
    const first = await db.backupNow('pre-migration');
    const second = await db.backupNow('pre-migration');
    expect(second.name).not.toBe(first.name);
    expect((await db.listBackups()).map((b) => b.name).sort()).toEqual([first.name, second.name].sort());
  });
});
