import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppHost } from '../../../electron/services/host/app-host';
import type { Moment } from '../../../shared/domain/moment';
import type { FakeClock } from '../../support/fake-clock';
import { startHost } from '../../support/host';
import { makeMoment } from '../../support/moments';
import { downgradeToVersion1 } from './older-schema';

/**
 * The multi-file operations the process-kill test runs in a child process and kills at random
 * moments: how each one's data folder is seeded, how the child runs it, and what may be found
 * afterwards. Shared by the test (seeding, checking) and the worker (running).
 */
export const PASS = 'correct horse battery staple';
export const NEXT = 'a brand new passphrase';
export const NOTES = ['one', 'two', 'three', 'four', 'five', 'six'];
/** What the manual backup holds: the first three notes. */
export const BACKUP_NOTES = NOTES.slice(0, 3);
export const IMPORTED = ['imported a', 'imported b', 'imported c', 'imported d'];
/** The export the import operation reads, put in the seeded folder. */
const IMPORT_FILE = 'to-import.json';

export interface KillOperation {
  name: string;
  /** The lock is on in the seed (the child unlocks it before "ready", unless opening is the operation). */
  locked: boolean;
  /** Opening the data is the operation: the child prints "ready" before starting the app. */
  opensTheData: boolean;
  seed: (folder: string) => Promise<void>;
  run: (host: AppHost, clock: FakeClock, folder: string) => Promise<unknown>;
  /** The notes that may be found after a kill: before the operation, or after it. */
  outcomes: string[][];
  /** The notes once the child said it finished: acknowledged means done. */
  after: string[];
  /** The lock state once it finished (null: as it was). */
  enabledAfter: boolean | null;
}

const moment = (note: string, month: number, id?: string): Moment => makeMoment({ ...(id ? { id } : {}), note, createdAt: `2026-${String(month).padStart(2, '0')}-05T10:00:00.000Z` });

/** Six notes over six months, a manual backup after the third, a damaged file kept aside; the lock on if asked. */
async function seedNotes(folder: string, locked: boolean): Promise<void> {
  const { host } = await startHost(folder);
  for (const [i, note] of NOTES.entries()) {
    await host.services!.moments.restore(moment(note, i + 1));
    if (i === 2) await host.services!.store.backupNow('manual');
  }
  await mkdir(join(folder, 'data', 'quarantine'), { recursive: true });
  await writeFile(join(folder, 'data', 'quarantine', '2026-11-20__moments__2026-01.json'), '{"records": [damaged');
  if (locked) await host.enable(PASS);
  await host.close();
}

/** The notes as a version-1 Touchpoint left them, the lock off (see older-schema.ts). */
async function seedOlderSchema(folder: string): Promise<void> {
  await seedNotes(folder, false);
  await downgradeToVersion1(folder);
}

/** Locked notes whose oldest month file is damaged (one byte changed by a failing disk): loading the history sets it aside and puts back the backup's copy. */
async function seedDamagedMonth(folder: string): Promise<void> {
  await seedNotes(folder, true);
  const path = join(folder, 'data', 'store', 'moments', '2026-01.json');
  const bytes = await readFile(path);
  bytes[bytes.length - 1]! ^= 0xff;
  await writeFile(path, bytes);
}

async function seedImport(folder: string): Promise<void> {
  await seedNotes(folder, true);
  const moments = IMPORTED.map((note, i) => moment(note, 7 + i, `imported-${i}`));
  await writeFile(join(folder, IMPORT_FILE), JSON.stringify({ format: 'touchpoint-export', version: 1, exportedAt: '2026-11-20T00:00:00.000Z', data: { moments } }));
}

const deleteAll = (host: AppHost) => host.dispatch('data.deleteAll', { confirm: 'DELETE' }, { window: 'main' }).then((r) => (r.ok ? r : Promise.reject(new Error(r.error.message))));

export const KILL_OPERATIONS: KillOperation[] = [
  { name: 'lock on', locked: false, opensTheData: false, seed: (f) => seedNotes(f, false), run: (host) => host.enable(PASS), outcomes: [NOTES], after: NOTES, enabledAfter: true },
  { name: 'lock off', locked: true, opensTheData: false, seed: (f) => seedNotes(f, true), run: (host) => host.disable(PASS), outcomes: [NOTES], after: NOTES, enabledAfter: false },
  { name: 'change passphrase', locked: true, opensTheData: false, seed: (f) => seedNotes(f, true), run: (host) => host.changePassphrase(PASS, NEXT), outcomes: [NOTES], after: NOTES, enabledAfter: true },
  {
    name: 'restore',
    locked: true,
    opensTheData: false,
    seed: (f) => seedNotes(f, true),
    run: async (host) => host.services!.dataAdmin.restore((await host.services!.dataAdmin.listBackups()).find((b) => b.reason === 'manual')!.name),
    outcomes: [NOTES, BACKUP_NOTES],
    after: BACKUP_NOTES,
    enabledAfter: null,
  },
  {
    name: 'import',
    locked: true,
    opensTheData: false,
    seed: seedImport,
    run: async (host, _clock, folder) => host.services!.transfer.import(await readFile(join(folder, IMPORT_FILE), 'utf8')),
    outcomes: [NOTES, [...NOTES, ...IMPORTED]],
    after: [...NOTES, ...IMPORTED],
    enabledAfter: null,
  },
  { name: 'delete all', locked: false, opensTheData: false, seed: (f) => seedNotes(f, false), run: deleteAll, outcomes: [NOTES, []], after: [], enabledAfter: null },
  {
    name: 'migration',
    locked: false,
    opensTheData: true,
    seed: seedOlderSchema,
    // Opening the data upgrades it (see the worker); nothing more to run.
    run: () => Promise.resolve(),
    outcomes: [NOTES],
    after: NOTES,
    enabledAfter: null,
  },
  {
    name: 'daily backup',
    locked: true,
    opensTheData: false,
    seed: (f) => seedNotes(f, true),
    run: async (host, clock) => {
      clock.advance(86_400_000);
      await host.services!.maintain();
    },
    outcomes: [NOTES],
    after: NOTES,
    enabledAfter: null,
  },
  { name: 'history load', locked: true, opensTheData: true, seed: seedDamagedMonth, run: () => Promise.resolve(), outcomes: [NOTES], after: NOTES, enabledAfter: null },
];

/** Opens the folder as the app starts: unlocking with whichever passphrase opens it, the whole history loaded. */
export async function openAsTheAppDoes(folder: string): Promise<{ host: AppHost; clock: FakeClock }> {
  const { host, clock } = await startHost(folder);
  if (host.state().locked) {
    const reply = await host.dispatch('vault.unlock', { passphrase: PASS }, { window: 'main' });
    if (!reply.ok) await host.unlock(NEXT);
  }
  await host.services!.whenLoaded();
  return { host, clock };
}

/** The operations shared out between the two kill test files (each runs on its own test worker). */
export const KILL_SUITES = {
  lock: ['lock on', 'lock off', 'change passphrase', 'restore'],
  data: ['import', 'delete all', 'migration', 'daily backup', 'history load'],
} as const;
