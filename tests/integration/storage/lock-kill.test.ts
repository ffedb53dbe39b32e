import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lockOnDisk } from '../../support/faults';
import { closeAllHosts, startHost } from '../../support/host';
import { makeMoment } from '../../support/moments';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Kills per direction; each kills a real process turning the lock on or off at a random moment.
 * (fault-injection.test.ts also "crashes" both at up to 100 points of their file-system calls, in process.)
 */
const KILL_ROUNDS = Number(process.env.TOUCHPOINT_LOCK_KILL_ROUNDS ?? 50);
const PASS = 'correct horse battery staple';
const NOTES = ['one', 'two', 'three', 'four', 'five', 'six'];
const ROOT = join(import.meta.dirname, '..', '..', '..');
let worker = '';

// Bundled once into plain JavaScript, so each round starts in a fraction of a second (see crash.test.ts).
beforeAll(async () => {
  worker = join(ROOT, 'node_modules', '.cache', 'touchpoint-tests', 'lock-worker.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'lock-worker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node22', outfile: worker, packages: 'external', logLevel: 'silent', absWorkingDir: ROOT });
});

/** Runs the worker; `killAfterMs` after "ready" it is SIGKILLed (or it finishes first). Resolves with the change's duration if it finished. */
function runAndKill(folder: string, operation: 'on' | 'off', killAfterMs: number | null): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, folder, operation, PASS], { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT });
    let out = '';
    let err = '';
    let done: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready\n') && killAfterMs !== null && !child.killed) setTimeout(() => child.kill('SIGKILL'), killAfterMs).unref();
      const match = /done (\d+)\n/.exec(out);
      if (match && done === null) {
        done = Number(match[1]);
        if (killAfterMs === null) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(done) : reject(new Error(`worker exited on its own: ${err}`))));
  });
}

/** Six moments over six months, a backup, a damaged file kept aside; the lock on if asked. */
async function seed(folder: string, locked: boolean): Promise<void> {
  const { host } = await startHost(folder);
  for (const [i, note] of NOTES.entries()) await host.services!.moments.restore(makeMoment({ note, createdAt: `2026-0${i + 1}-05T10:00:00.000Z` }));
  await host.services!.store.backupNow('manual');
  await mkdir(join(folder, 'data', 'quarantine'), { recursive: true });
  await writeFile(join(folder, 'data', 'quarantine', '2026-11-20__moments__2026-01.json'), '{"records": [damaged');
  if (locked) await host.enable(PASS);
  await host.close();
}

describe('turning the lock on or off, killed at random moments', () => {
  for (const operation of ['on', 'off'] as const) {
    it(`lock ${operation}: ${KILL_ROUNDS} kills never lose a record or leave the lock unlike the files`, { timeout: 900_000 }, async () => {
      const dir = await makeTempDir('touchpoint-lock-kill-');
      try {
        const seeded = join(dir.path, 'seed');
        await seed(seeded, operation === 'off');
        // How long the change takes here, so the kills land across all of it.
        const calibrate = join(dir.path, 'calibrate');
        await cp(seeded, calibrate, { recursive: true });
        const duration = (await runAndKill(calibrate, operation, null)) ?? 0;
        expect(duration).toBeGreaterThan(0);
        let seedValue = 20261205;
        const outcomes = { before: 0, after: 0, finishedAtUnlock: 0 };
        for (let round = 0; round < KILL_ROUNDS; round++) {
          seedValue = (seedValue * 48271) % 2147483647;
          const folder = join(dir.path, `round-${round}`);
          await cp(seeded, folder, { recursive: true });
          const finished = await runAndKill(folder, operation, seedValue % Math.max(1, Math.ceil(duration * 1.2)));
          const journal = (await lockOnDisk(join(folder, 'data'))).journal;
          const { host } = await startHost(folder);
          if (host.state().locked) await host.unlock(PASS);
          await host.services!.whenLoaded();
          const where = `round ${round} (seed ${seedValue})`;
          expect(host.services!.moments.all().map((m) => m.note).sort(), where).toEqual([...NOTES].sort());
          const disk = await lockOnDisk(join(folder, 'data'));
          expect(disk.journal, where).toBe(false);
          if (host.state().enabled) expect(disk.plain, `${where}: plain text under the lock`).toEqual([]);
          else expect(disk.encrypted, `${where}: encrypted files with the lock off`).toEqual([]);
          // Acknowledged means done: a change the worker reported finished is never undone.
          if (finished !== null) expect(host.state().enabled, where).toBe(operation === 'on');
          if (journal) outcomes.finishedAtUnlock++;
          else if (host.state().enabled === (operation === 'on')) outcomes.after++;
          else outcomes.before++;
          await closeAllHosts();
        }
        console.log(`fault-injection: lock ${operation} ${KILL_ROUNDS} kills (change takes ~${duration} ms), ${outcomes.before} before it, ${outcomes.finishedAtUnlock} finished at the next unlock, ${outcomes.after} after it, 0 lost`);
        expect(outcomes.finishedAtUnlock).toBeGreaterThan(0);
      } finally {
        await closeAllHosts();
        await dir.cleanup();
      }
    });
  }
});
