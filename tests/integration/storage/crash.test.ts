import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Moment } from '../../../shared/domain/moment';
import { FakeClock } from '../../support/fake-clock';
import { openStore } from '../../support/open-store';
import { makeTempDir } from '../../support/temp-dir';

const WRITER_SOURCE = join(import.meta.dirname, 'crash-writer.ts');
let writer = '';
/** Kill rounds per run; each kills a writer at a random point, many while a write is in flight. */
export const CRASH_ROUNDS = Number(process.env.TOUCHPOINT_CRASH_ROUNDS ?? 200);

// The writer is bundled once into plain JavaScript, so each of the many rounds starts in a
// fraction of a second (loading TypeScript per round would dominate the run).
beforeAll(async () => {
  // Inside the project, so the bundle's package imports resolve from its node_modules.
  writer = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'touchpoint-tests', 'crash-writer.mjs');
  await build({ entryPoints: [WRITER_SOURCE], bundle: true, platform: 'node', format: 'esm', target: 'node22', outfile: writer, packages: 'external', logLevel: 'silent', absWorkingDir: join(import.meta.dirname, '..', '..', '..') });
}, 300_000); // bundling is slow on a busy machine: an explicit budget

/** Runs the writer until it has acknowledged `killAfterAcks` moments plus a random extra delay, then SIGKILLs it. */
function runAndKill(directory: string, seed: number, killAfterAcks: number, extraDelayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, directory, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'], cwd: join(import.meta.dirname, '..', '..', '..') });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    let killScheduled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('ack ')) acked.push(line.slice(4));
      }
      if (!killScheduled && acked.length >= killAfterAcks) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own: ${stderr}`));
      else resolve(acked);
    });
  });
}

describe('crash safety', () => {
  it(`a writer killed at random points ${CRASH_ROUNDS} times never loses an acknowledged moment or leaves a damaged file`, { timeout: 600_000 }, async () => {
    const dir = await makeTempDir('touchpoint-crash-');
    const everAcked = new Set<string>();
    let seed = 20261121;
    let killedMidWrite = 0;
    try {
      for (let round = 0; round < CRASH_ROUNDS; round++) {
        seed = (seed * 48271) % 2147483647;
        const acks = 1 + (seed % 8);
        const delay = seed % 7; // 0-6 ms after an ack: often in the middle of the next write
        const acked = await runAndKill(dir.path, seed, acks, delay);
        for (const id of acked) everAcked.add(id);
        // A temp file left behind means the kill landed between writing and renaming.
        const left = await readdir(join(dir.path, 'store', 'moments')).catch(() => []);
        if (left.some((f) => f.includes('.tmp-'))) killedMidWrite++;

        const store = await openStore(dir.path, new FakeClock('2026-11-21T09:30:00.000Z'));
        expect(store.notices, `round ${round} (seed ${seed})`).toEqual([]);
        const moments = store.collection<Moment>('moments');
        const missing = [...everAcked].filter((id) => !moments.get(id));
        expect(missing, `round ${round} (seed ${seed})`).toEqual([]);
      }
      const files = await readdir(join(dir.path, 'store', 'moments'));
      expect(files.every((f) => /^2026-0[1-3]\.json$/.test(f))).toBe(true);
      expect(everAcked.size).toBeGreaterThan(CRASH_ROUNDS);
      console.log(`crash test: ${CRASH_ROUNDS} kills, ${killedMidWrite} in the middle of a write, ${everAcked.size} acknowledged moments`);
      // The test is only meaningful if some kills interrupt a write.
      expect(killedMidWrite).toBeGreaterThan(0);
    } finally {
      await dir.cleanup();
    }
  });
});
