import { afterAll, describe, expect, it } from 'vitest';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppHost } from '../../../electron/services/host/app-host';
import { withFileSystemFaults } from '../../../electron/services/storage/fs';
import { downgradeToVersion1, lockAsVersion1 } from './older-schema';
import { faultPlan, FAULT_CODES, lockOnDisk } from '../../support/faults';
import { closeAllHosts, startHost } from '../../support/host';
import { makeMoment } from '../../support/moments';
import { makeTempDir } from '../../support/temp-dir';
import { FakeClock } from '../../support/fake-clock';

/**
 * Every multi-file operation, (a) "crashed" at each of its file-system calls in turn (from
 * that call on, nothing it does reaches the disk, as if the process died) and (b) with each
 * call in turn failing with ENOSPC, EIO or EACCES. After each run the data is opened again,
 * as on the next start, and checked: it opens; every acknowledged record is there; the lock
 * matches the files; what the user was told was true. Runs are in-process and deterministic;
 * up to CRASH_POINTS (100) crash positions and FAILURE_POINTS (30) failing calls per operation, spread
 * over all its calls (every call when there are fewer).
 */
const CRASH_POINTS = Number(process.env.TOUCHPOINT_CRASH_POINTS ?? 100);
const FAILURE_POINTS = Number(process.env.TOUCHPOINT_FAILURE_POINTS ?? 30);
const PASS = 'correct horse battery staple';
const NEXT = 'a brand new passphrase';
const NOTES = ['one', 'two', 'three', 'four', 'five'];

let root = '';
let cleanup: () => Promise<void> = () => Promise.resolve();
// Each operation removes its own runs (below); what is left is small, but a busy machine
// can still take long to close and delete it: the budget is explicit, not the 60 s default.
afterAll(async () => {
  await closeAllHosts();
  await cleanup();
}, 600_000);

interface Operation {
  name: string;
  /** The lock is on in the seed. */
  locked: boolean;
  /** Opening the data is the operation: each run starts from the copied folder, with no app open. */
  opensTheData?: boolean;
  /** Seeds the folder; by default `seed`. */
  seed?: (folder: string) => Promise<void>;
  run: (host: AppHost | null, folder: string, clock: FakeClock) => Promise<unknown>;
  /** What may be there afterwards: the notes before, or those after the operation. */
  outcomes: string[][];
}

const BACKUP_NOTES = ['one', 'two', 'three'];
const OPERATIONS: Operation[] = [
  { name: 'lock on', locked: false, run: (host) => host!.enable(PASS), outcomes: [NOTES] },
  { name: 'lock off', locked: true, run: (host) => host!.disable(PASS), outcomes: [NOTES] },
  { name: 'change passphrase', locked: true, run: (host) => host!.changePassphrase(PASS, NEXT), outcomes: [NOTES] },
  {
    name: 'restore',
    locked: false,
    run: async (host) => {
      // Chosen from the list the screen already shows: not part of the operation.
      const backups = await withFileSystemFaults(() => undefined, () => host!.services!.dataAdmin.listBackups());
      return host!.services!.dataAdmin.restore(backups.find((b) => b.reason === 'manual')!.name);
    },
    outcomes: [NOTES, BACKUP_NOTES],
  },
  {
    name: 'daily backup',
    locked: true,
    // The next day's upkeep, as the app runs it: the day's backup and the rotation of old ones; a failure is a notice.
    run: async (host, _folder, clock) => {
      clock.advance(86_400_000);
      await host!.services!.maintain();
      const failed = host!.services!.notices.list().find((n) => n.id === 'backup-failed');
      if (failed) throw new Error(failed.detail);
    },
    outcomes: [NOTES],
  },
  {
    name: 'history load',
    locked: true,
    // Opening the data again (every month file read, damaged ones set aside and restored) while the disk misbehaves.
    run: async (host, folder) => {
      await host!.close();
      const { host: again } = await startHost(folder);
      await again.unlock(PASS);
      await again.services!.whenLoaded();
    },
    outcomes: [NOTES],
  },
  {
    name: 'history load with a damaged month',
    locked: true,
    // One byte of the oldest month changed by a failing disk: loading sets the file aside and puts back the backup's copy.
    seed: async (folder) => {
      await seed(folder, true);
      const path = join(folder, 'data', 'store', 'moments', '2026-08.json');
      const bytes = await readFile(path);
      bytes[bytes.length - 1]! ^= 0xff;
      await writeFile(path, bytes);
    },
    opensTheData: true,
    run: async (_host, folder) => {
      const { host } = await startHost(folder);
      await host.unlock(PASS);
      await host.services!.whenLoaded();
    },
    outcomes: [NOTES],
  },
  { name: 'delete all', locked: false, run: (host) => host!.dispatch('data.deleteAll', { confirm: 'DELETE' }, { window: 'main' }).then((r) => (r.ok ? r : Promise.reject(new Error(r.error.message)))), outcomes: [NOTES, []] },
  {
    name: 'migration',
    locked: false,
    opensTheData: true,
    seed: async (folder) => {
      await seed(folder, false);
      await downgradeToVersion1(folder);
    },
    // The next start of a newer Touchpoint: the data is backed up and upgraded while it opens.
    run: async (_host, folder) => {
      const { host } = await startHost(folder);
      await host.services!.whenLoaded();
    },
    outcomes: [NOTES],
  },
  {
    name: 'migration under the lock',
    locked: true,
    opensTheData: true,
    seed: async (folder) => {
      await seed(folder, false);
      await downgradeToVersion1(folder);
      await lockAsVersion1(folder, PASS);
    },
    // Unlocking opens the data, and so upgrades it.
    run: async (_host, folder) => {
      const { host } = await startHost(folder);
      await host.unlock(PASS);
      await host.services!.whenLoaded();
    },
    outcomes: [NOTES],
  },
];

/** Three notes, a backup of them, two more notes, a damaged file kept aside; the lock on if asked. */
async function seed(folder: string, locked: boolean): Promise<void> {
  const { host } = await startHost(folder);
  const services = host.services!;
  for (const [i, note] of NOTES.entries()) {
    await services.moments.restore(makeMoment({ note, createdAt: `2026-${String(8 + i).padStart(2, '0')}-05T10:00:00.000Z` }));
    if (i === 2) await services.store.backupNow('manual');
  }
  await mkdir(join(folder, 'data', 'quarantine'), { recursive: true });
  await writeFile(join(folder, 'data', 'quarantine', '2026-11-20__moments__2026-01.json'), '{"records": [damaged');
  if (locked) await host.enable(PASS);
  await host.close();
}

const backupsOf = (folder: string) => readdir(join(folder, 'data', 'backups')).then((names) => names.filter((n) => !n.includes('.')), () => [] as string[]);

/** Opens the folder as the next start would, unlocking with whichever passphrase opens it. */
async function reopen(folder: string): Promise<{ host: AppHost; notes: string[] }> {
  const { host } = await startHost(folder);
  if (host.state().locked) {
    const reply = await host.dispatch('vault.unlock', { passphrase: PASS }, { window: 'main' });
    if (!reply.ok) await host.unlock(NEXT);
  }
  await host.services!.whenLoaded();
  return { host, notes: host.services!.moments.all().map((m) => m.note).sort() };
}

async function checkAfter(folder: string, op: Operation, where: string, seedBackups: string[]): Promise<void> {
  const { host, notes } = await reopen(folder);
  expect(op.outcomes.map((o) => [...o].sort()), `${op.name} ${where}: notes`).toContainEqual(notes);
  // Only "delete all" may remove backups; an upgrade, a restore or the daily rotation of these never does.
  if (op.name !== 'delete all') expect(await backupsOf(folder), `${op.name} ${where}: backups`).toEqual(expect.arrayContaining(seedBackups));
  if (op.name.startsWith('migration')) expect(host.services!.moments.all().every((m) => m.kind === 'own'), `${op.name} ${where}: upgraded`).toBe(true);
  const disk = await lockOnDisk(join(folder, 'data'));
  expect(disk.journal, `${op.name} ${where}: a lock change left unfinished after an unlock`).toBe(false);
  if (host.state().enabled) expect(disk.plain, `${op.name} ${where}: plain text under the lock`).toEqual([]);
  else expect(disk.encrypted, `${op.name} ${where}: encrypted files with the lock off`).toEqual([]);
  await host.close();
}

/** Call positions to try: every one up to `max`, else `max` spread evenly. */
function points(calls: number, max: number): number[] {
  if (calls <= max) return Array.from({ length: calls }, (_, i) => i + 1);
  return [...new Set(Array.from({ length: max }, (_, i) => 1 + Math.round((i * (calls - 1)) / (max - 1))))];
}

describe('fault injection over every multi-file operation', () => {
  for (const op of OPERATIONS) {
    it(`${op.name}: crashes and failing calls never lose an acknowledged record or leave the lock unlike the files`, { timeout: 600_000 }, async () => {
      if (!root) ({ path: root, cleanup } = await makeTempDir('touchpoint-faults-'));
      const base = join(root, op.name.replaceAll(' ', '-'));
      const seeded = join(base, 'seed');
      await (op.seed ?? ((folder) => seed(folder, op.locked)))(seeded);
      const seedBackups = await backupsOf(seeded);
      expect(seedBackups.length).toBeGreaterThan(0);
      let run = 0;
      const fresh = async () => {
        const folder = join(base, `run-${++run}`);
        await cp(seeded, folder, { recursive: true });
        if (op.opensTheData) return { folder, host: null, clock: new FakeClock('2026-11-21T09:30:00.000Z') };
        const { host, clock } = await startHost(folder);
        if (host.state().locked) await host.unlock(PASS);
        await host.services!.whenLoaded();
        return { folder, host: host as AppHost | null, clock };
      };
      const probe = faultPlan();
      const first = await fresh();
      await withFileSystemFaults(probe.hook, () => op.run(first.host, first.folder, first.clock));
      await first.host?.close();
      const calls = probe.calls;
      expect(calls).toBeGreaterThan(5);

      const counts = { crashes: 0, failures: 0, refused: 0, completed: 0 };
      for (const k of points(calls, CRASH_POINTS)) {
        const { folder, host, clock } = await fresh();
        await withFileSystemFaults(faultPlan({ crashAt: k }).hook, () => op.run(host, folder, clock)).catch(() => undefined);
        await checkAfter(folder, op, `crashed at call ${k}/${calls}`, seedBackups);
        counts.crashes++;
      }
      for (const k of points(calls, FAILURE_POINTS)) {
        const code = FAULT_CODES[k % FAULT_CODES.length]!;
        const { folder, host, clock } = await fresh();
        const told = await withFileSystemFaults(faultPlan({ failAt: k, code }).hook, () => op.run(host, folder, clock)).then(
          () => 'done',
          (error: Error) => error.message,
        );
        // A message shown to the user is plain words, never a raw error code.
        if (told !== 'done') expect(told, `${op.name}: failure at call ${k} (${code})`).not.toMatch(/\b(ENOSPC|EIO|EACCES)\b/);
        if (told === 'done') counts.completed++;
        else counts.refused++;
        // Every app this run opened (an operation that opens the data starts its own) is closed, as on quit.
        await closeAllHosts();
        await checkAfter(folder, op, `with call ${k}/${calls} failing (${code})`, seedBackups);
        counts.failures++;
      }
      console.log(`fault-injection: ${op.name} ${calls} calls, ${counts.crashes} crash points, ${counts.failures} failing calls (${counts.completed} completed, ${counts.refused} reported), 0 lost`);
      // Up to 130 copies of the data: removed now rather than all at the end.
      await closeAllHosts();
      await rm(base, { recursive: true, force: true });
    });
  }
});
