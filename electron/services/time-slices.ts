import { performance } from 'node:perf_hooks';

/**
 * How long long-running main-process work may hold the event loop before letting other work run:
 * well under a 16 ms frame, leaving room for a garbage collection landing in the same turn.
 */
export const SLICE_MS = 5;

/** Lets timers, IPC and input run before coming back (a macrotask, unlike a resolved promise). */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * For loops over many items (records read at start-up, entries indexed): `await pause()` after
 * each item gives the event loop a turn once the current slice has run SLICE_MS. The clock is
 * only read every `checkEvery` items, so cheap items cost next to nothing.
 */
export function timeSlices(checkEvery = 64): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  let count = 0;
  return () => {
    if (++count % checkEvery !== 0 || performance.now() - sliceStart <= SLICE_MS) return undefined;
    return nextTurn().then(() => {
      sliceStart = performance.now();
    });
  };
}
