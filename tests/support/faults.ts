import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FaultHook, FsOperation } from '../../electron/services/storage/fs';
import { isEncrypted } from '../../electron/services/vault/crypto';

export type FaultCode = 'ENOSPC' | 'EIO' | 'EACCES';
export const FAULT_CODES: readonly FaultCode[] = ['ENOSPC', 'EIO', 'EACCES'];

const messages: Record<FaultCode, string> = { ENOSPC: 'no space left on device', EIO: 'i/o error', EACCES: 'permission denied' };

/** An error as Node's file system throws it. */
export function fsError(code: FaultCode, operation: FsOperation, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${messages[code]}, ${operation} '${path}'`);
  error.code = code;
  error.path = path;
  error.syscall = operation;
  return error;
}

/** Thrown by every file-system call of work that "crashed": nothing it does afterwards reaches the disk. */
export class SimulatedCrash extends Error {
  constructor() {
    super('simulated crash');
    this.name = 'SimulatedCrash';
  }
}

/** Counts the calls; fails call number `failAt` (1-based) with `code`, or from call `crashAt` on, every call (a crash). */
export function faultPlan(plan: { failAt?: number; code?: FaultCode; crashAt?: number } = {}): { hook: FaultHook; readonly calls: number; readonly fired: boolean } {
  let calls = 0;
  let fired = false;
  return {
    hook: (operation, path) => {
      calls++;
      if (plan.crashAt !== undefined && calls >= plan.crashAt) {
        fired = true;
        throw new SimulatedCrash();
      }
      if (plan.failAt === calls) {
        fired = true;
        throw fsError(plan.code ?? 'ENOSPC', operation, path);
      }
    },
    get calls() {
      return calls;
    },
    get fired() {
      return fired;
    },
  };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * What the lock's state on disk is: whether the key file and a lock-change journal are there,
 * and which data files (log, backups, quarantine) are plain or encrypted. Files that hold no
 * user data (meta.json, backup manifests) are left out.
 */
export async function lockOnDisk(dataDirectory: string): Promise<{ keyFile: boolean; journal: boolean; plain: string[]; encrypted: string[] }> {
  const has = (p: string) => stat(join(dataDirectory, p)).then(() => true, () => false);
  const plain: string[] = [];
  const encrypted: string[] = [];
  for (const folder of ['store', 'backups', 'quarantine']) {
    for (const file of await filesUnder(join(dataDirectory, folder))) {
      const name = file.split('/').at(-1)!;
      if (name === 'meta.json' || name === 'manifest.json' || name.startsWith('vault') || file.includes('.tmp-')) continue;
      (isEncrypted(await readFile(join(dataDirectory, folder, file))) ? encrypted : plain).push(`${folder}/${file}`);
    }
  }
  return { keyFile: await has('vault.json'), journal: await has('lock-change.json'), plain, encrypted };
}
