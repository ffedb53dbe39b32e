import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lockOnDisk } from '../../support/faults';
import { closeAllHosts } from '../../support/host';
import { makeTempDir } from '../../support/temp-dir';
import { readVault, unlockVault } from '../../../electron/services/vault/vault-file';
import { KILL_OPERATIONS, KILL_SUITES, NEXT, openAsTheAppDoes, PASS, type KillOperation } from './kill-operations';

/**
 * Every multi-file operation run in a real child process and SIGKILLed at a random moment,
 * ROUNDS times each (100; TOUCHPOINT_KILL_ROUNDS may lower it locally, CI runs the full count).
 * After each kill the folder is opened as the next start would and checked: it opens; every
 * acknowledged record is there (the notes before or after the operation, the after ones if
 * the child said it finished); the lock state matches the files; an import is all or nothing;
 * no backup of the seed is gone (except after "delete all").
 * (fault-injection.test.ts "crashes" the same operations in process, at each file-system call.)
 */
const ROUNDS = Number(process.env.TOUCHPOINT_KILL_ROUNDS ?? 100);
const ROOT = join(import.meta.dirname, '..', '..', '..');
let worker = '';

// Bundled once, its packages included, into one file of plain JavaScript: a child starts in
// about 0.3 s instead of about 3 s resolving the packages' files, which is what lets every
// operation have its 100 kills.
async function bundleWorker(label: string): Promise<void> {
  worker = join(ROOT, 'node_modules', '.cache', 'touchpoint-tests', `operation-worker-${label}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, 'operation-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: worker,
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
}

/** Runs the worker; `killAfterMs` after "ready" it is SIGKILLed (or it finishes first). Resolves with the operation's duration if it finished. */
function runAndKill(folder: string, operation: string, killAfterMs: number | null): Promise<number | null> {
  return new Promise((resolve, reject) => {
    // V8's compile cache: the bundle is parsed once, not in each of the hundreds of children.
    const env = { ...process.env, NODE_COMPILE_CACHE: join(ROOT, 'node_modules', '.cache', 'touchpoint-tests', 'compile-cache') };
    const child = spawn(process.execPath, [worker, folder, operation], { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT, env });
    let out = '';
    let err = '';
    let done: number | null = null;
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && out.includes('ready\n') && killAfterMs !== null) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs).unref();
      }
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

const backupsOf = (folder: string) => readdir(join(folder, 'data', 'backups')).then((names) => names.filter((n) => !n.includes('.')), () => [] as string[]);
const sorted = (notes: readonly string[]) => [...notes].sort();

/** Whether the key file opens with `passphrase`. */
async function opensWith(folder: string, passphrase: string): Promise<boolean> {
  const vault = await readVault(join(folder, 'data'));
  return vault !== null && unlockVault(vault, passphrase).then(() => true, () => false);
}

/** Checks the folder after a kill; returns whether the operation's effect is there ('same' when it does not show in the notes or the lock). */
async function checkAfterKill(folder: string, op: KillOperation, finished: boolean, seedBackups: string[], where: string): Promise<'before' | 'after' | 'same'> {
  const { host } = await openAsTheAppDoes(folder);
  const notes = sorted(host.services!.moments.all().map((m) => m.note));
  // All or nothing (an import included): exactly the notes before, or exactly those after.
  expect(op.outcomes.map(sorted), `${where}: notes`).toContainEqual(notes);
  if (finished) expect(notes, `${where}: it said it finished, so its effect stays`).toEqual(sorted(op.after));
  const disk = await lockOnDisk(join(folder, 'data'));
  expect(disk.journal, `${where}: a lock change left unfinished after an unlock`).toBe(false);
  if (host.state().enabled) expect(disk.plain, `${where}: plain text under the lock`).toEqual([]);
  else expect(disk.encrypted, `${where}: encrypted files with the lock off`).toEqual([]);
  if (finished && op.enabledAfter !== null) expect(host.state().enabled, `${where}: lock state`).toBe(op.enabledAfter);
  if (op.name !== 'delete all') expect(await backupsOf(folder), `${where}: backups`).toEqual(expect.arrayContaining(seedBackups));
  if (op.name === 'migration') expect(host.services!.moments.all().every((m) => m.kind === 'own'), `${where}: upgraded`).toBe(true);
  let effect: 'before' | 'after' | 'same';
  if (op.name === 'change passphrase') {
    const next = await opensWith(folder, NEXT);
    expect(next || (await opensWith(folder, PASS)), `${where}: one of the passphrases opens the key file`).toBe(true);
    if (finished) expect(next, `${where}: the new passphrase`).toBe(true);
    effect = next ? 'after' : 'before';
  } else if (op.enabledAfter !== null) effect = host.state().enabled === op.enabledAfter ? 'after' : 'before';
  else if (sorted(op.after).join('\n') === sorted(op.outcomes[0]!).join('\n')) effect = 'same';
  else effect = notes.join('\n') === sorted(op.after).join('\n') ? 'after' : 'before';
  await closeAllHosts();
  return effect;
}

/**
 * The suite for the named operations (two test files share them out, so the two test workers
 * each run about half of the kills).
 */
export function killSuite(label: keyof typeof KILL_SUITES): void {
  const operations = KILL_SUITES[label].map((name) => KILL_OPERATIONS.find((o) => o.name === name)!);
  // Each suite its own bundle: the two files run at the same time. Bundling is slow on a busy machine: an explicit budget.
  beforeAll(() => bundleWorker(label), 300_000);
  describe('multi-file operations, their process killed at random moments', () => {
    it('every operation has its kills in one of the suites', () => {
      expect([...KILL_SUITES.lock, ...KILL_SUITES.data].sort()).toEqual(KILL_OPERATIONS.map((o) => o.name).sort());
    });
    for (const op of operations) {
      it(`${op.name}: ${ROUNDS} kills never lose an acknowledged record or leave the lock unlike the files`, { timeout: 900_000 }, async () => {
        // CI runs the full count; only a local run may lower it.
        if (process.env.CI) expect(ROUNDS).toBeGreaterThanOrEqual(100);
        const dir = await makeTempDir('touchpoint-kill-');
        try {
          const seeded = join(dir.path, 'seed');
          await op.seed(seeded);
          const seedBackups = await backupsOf(seeded);
          // How long the operation takes here, so the kills land across all of it.
          const calibrate = join(dir.path, 'calibrate');
          await cp(seeded, calibrate, { recursive: true });
          const duration = (await runAndKill(calibrate, op.name, null)) ?? 0;
          expect(duration).toBeGreaterThan(0);
          let seedValue = 20261205;
          const outcomes = { before: 0, after: 0, same: 0, finishedAtNextStart: 0, killedAfterDone: 0 };
          const spent = { child: 0, check: 0 };
          for (let round = 0; round < ROUNDS; round++) {
            seedValue = (seedValue * 48271) % 2147483647;
            const folder = join(dir.path, `round-${round}`);
            await cp(seeded, folder, { recursive: true });
            const started = performance.now();
            const finished = await runAndKill(folder, op.name, seedValue % Math.max(1, Math.ceil(duration * 1.2)));
            spent.child += performance.now() - started;
            const journal = (await lockOnDisk(join(folder, 'data'))).journal;
            const where = `${op.name} round ${round} (seed ${seedValue})`;
            const checking = performance.now();
            const result = await checkAfterKill(folder, op, finished !== null, seedBackups, where);
            spent.check += performance.now() - checking;
            if (finished !== null) outcomes.killedAfterDone++;
            if (journal) outcomes.finishedAtNextStart++;
            else outcomes[result]++;
          }
          const split = outcomes.same > 0 ? '' : `${outcomes.before} before it, ${outcomes.finishedAtNextStart} finished at the next start, ${outcomes.after} after it; `;
          console.log(`process-kills: ${op.name} ${ROUNDS} kills, 0 lost (operation takes ~${duration} ms; ${split}${outcomes.killedAfterDone} killed after it said done; per round ~${Math.round(spent.child / ROUNDS)} ms in the child, ~${Math.round(spent.check / ROUNDS)} ms checking)`);
          // The kills must land inside the operation, not all after it.
          expect(outcomes.killedAfterDone).toBeLessThan(ROUNDS);
        } finally {
          await closeAllHosts();
          await dir.cleanup();
        }
      });
    }
  });
}
