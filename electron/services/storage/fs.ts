import { AsyncLocalStorage } from 'node:async_hooks';
import * as fsp from 'node:fs/promises';

/**
 * The one way storage, the lock, backups, restore, import and "delete all" touch the disk:
 * node:fs/promises with a fault point before each call. The app installs nothing; tests run
 * work under `withFileSystemFaults` to fail any call on demand (ENOSPC, EIO, EACCES) or to
 * simulate a crash (every call from that work fails from some point on), the way SQLite's
 * I/O-error and crash tests do.
 */
export type FsOperation = 'open' | 'read' | 'write' | 'sync' | 'rename' | 'remove' | 'mkdir' | 'readdir' | 'stat';

/** Throws to fail the call; called with the operation and its (first) path. */
export type FaultHook = (operation: FsOperation, path: string) => void;

const faults = new AsyncLocalStorage<FaultHook>();

/** Runs `work` (and everything it starts, however asynchronous) with `hook` deciding each file-system call. */
export function withFileSystemFaults<T>(hook: FaultHook, work: () => T): T {
  return faults.run(hook, work);
}

/** Throws if the current work's fault hook fails this call. */
export function faultPoint(operation: FsOperation, path: unknown): void {
  faults.getStore()?.(operation, typeof path === 'string' ? path : String(path));
}

function guarded<F extends (...args: never[]) => Promise<unknown>>(operation: FsOperation, call: F): F {
  return ((...args: unknown[]) => {
    try {
      faultPoint(operation, args[0]);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return (call as unknown as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as unknown as F;
}

export const open = guarded('open', fsp.open);
export const readFile = guarded('read', fsp.readFile);
export const rename = guarded('rename', fsp.rename);
export const rm = guarded('remove', fsp.rm);
export const mkdir = guarded('mkdir', fsp.mkdir);
export const readdir = guarded('readdir', fsp.readdir);
export const stat = guarded('stat', fsp.stat);
