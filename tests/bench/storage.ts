/**
 * Storage cost as history grows: one append, the longest main-thread block during appends,
 * and opening the data, at 1k, 10k and 100k stored moments — for our month-partitioned
 * store and for a single-file lowdb baseline holding the same records, side by side.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import type { Moment } from '../../shared/domain/moment';
import { COLLECTIONS } from '../../electron/services/app-services';
import { DataStore } from '../../electron/services/storage/data-store';
import { systemClock } from '../../electron/services/clock';
import { CURRENT_SCHEMA_VERSION } from '../../electron/services/storage/migrations';
import { makeTempDir } from '../support/temp-dir';
import { median, report } from './report';
import { makeMoment } from '../support/moments';

const SIZES = [1_000, 10_000, 100_000];
const APPENDS = 25;
const YEARS = 5;

function syntheticMoments(count: number): Moment[] {
  const start = Date.UTC(2026 - YEARS, 0, 1);
  const span = YEARS * 365 * 86_400_000;
  const tags = ['listened', 'warmth', 'recognised', 'rushed', 'interrupting'] as const;
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start + Math.floor((i / count) * span)).toISOString();
    return makeMoment({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      valence: i % 4 === 0 ? 'harmed' : 'helped',
      tags: [tags[i % tags.length]!, tags[(i + 2) % tags.length]!],
      people: [`Person ${i % 150}`, `Person ${(i * 7) % 150}`],
      note: `Moment ${i}: a short reflection about how the conversation went and what to repeat.`,
      createdAt: at, // also its occurredAt and updatedAt
    });
  });
}

function newMoment(i: number): Moment {
  const at = new Date(Date.UTC(2026, 0, 1) - 1000 + i).toISOString(); // the current (last) month
  return { ...syntheticMoments(1)[0]!, id: `new-${i}`, createdAt: at, updatedAt: at, occurredAt: at };
}

async function seedOurs(dir: string, moments: Moment[]): Promise<void> {
  const byMonth = new Map<string, Moment[]>();
  for (const m of moments) {
    const key = m.createdAt.slice(0, 7);
    const list = byMonth.get(key) ?? [];
    list.push(m);
    byMonth.set(key, list);
  }
  await mkdir(join(dir, 'store', 'moments'), { recursive: true });
  await writeFile(join(dir, 'store', 'meta.json'), JSON.stringify({ format: 'touchpoint-data', schemaVersion: CURRENT_SCHEMA_VERSION }));
  for (const [month, records] of byMonth) await writeFile(join(dir, 'store', 'moments', `${month}.json`), JSON.stringify({ records }));
}

/** Runs `work` repeatedly and returns the median wall time and the longest event-loop block. */
async function measureAppends(work: (i: number) => Promise<void>): Promise<{ medianMs: number; maxBlockMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const times: number[] = [];
  histogram.enable();
  for (let i = 0; i < APPENDS; i++) {
    const t = performance.now();
    await work(i);
    times.push(performance.now() - t);
    await new Promise((r) => setImmediate(r));
  }
  histogram.disable();
  return { medianMs: median(times), maxBlockMs: histogram.max / 1e6 };
}

export async function runStorageBench(): Promise<void> {
  for (const size of SIZES) {
    const label = size >= 1000 ? `${size / 1000}k` : String(size);
    const moments = syntheticMoments(size);

    const ours = await makeTempDir('bench-ours-');
    await seedOurs(ours.path, moments);
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    let t = performance.now();
    const store = await DataStore.open({ directory: ours.path, clock: systemClock, timeZone: () => 'UTC', collections: COLLECTIONS });
    const openOurs = performance.now() - t;
    await store.loadRemaining();
    const openFullOurs = performance.now() - t;
    loop.disable();
    const collection = store.collection<Moment>('moments');
    if (collection.size !== size) throw new Error(`expected ${size} moments, loaded ${collection.size}`);
    const oursAppend = await measureAppends((i) => collection.insert(newMoment(i)));

    const base = await makeTempDir('bench-lowdb-');
    const file = join(base.path, 'db.json');
    await writeFile(file, JSON.stringify({ moments }, null, 2));
    t = performance.now();
    const db = new Low<{ moments: Moment[] }>(new JSONFile(file), { moments: [] });
    await db.read();
    const openBase = performance.now() - t;
    const baseAppend = await measureAppends(async (i) => {
      db.data.moments.push(newMoment(i));
      await db.write();
    });

    report(`storage.append_${label}.ours`, oursAppend.medianMs, 'ms');
    report(`storage.append_${label}.lowdb_single_file`, baseAppend.medianMs, 'ms');
    report(`storage.append_${label}.ratio`, baseAppend.medianMs / oursAppend.medianMs, 'x');
    report(`storage.max_block_${label}.ours`, oursAppend.maxBlockMs, 'ms');
    report(`storage.max_block_${label}.lowdb_single_file`, baseAppend.maxBlockMs, 'ms');
    // "open": usable (newest months loaded); "open_all": every month loaded, in the background.
    report(`storage.open_${label}.ours`, openOurs, 'ms');
    report(`storage.open_all_${label}.ours`, openFullOurs, 'ms');
    report(`storage.open_max_block_${label}.ours`, loop.max / 1e6, 'ms');
    report(`storage.open_${label}.lowdb_single_file`, openBase, 'ms');
    await ours.cleanup();
    await base.cleanup();
  }
}
