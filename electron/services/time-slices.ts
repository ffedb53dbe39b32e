import { performance } from 'node:perf_hooks';

/**
 * How long long-running main-process work may hold the event loop before letting other work run:
 * well under a 16 ms frame, leaving room for a garbage collection landing in the same turn.
 */
export const SLICE_MS = 5;

/** Background work waiting for its turn, first come first served (see nextTurn). */
const waiting: (() => void)[] = [];
let wakeScheduled = false;

function wakeOne(): void {
  const resume = waiting.shift();
  // Queued from inside a check phase, the next wake-up runs on the next turn of the loop.
  wakeScheduled = waiting.length > 0;
  if (wakeScheduled) setImmediate(wakeOne);
  resume?.();
}

/**
 * Lets timers, IPC and input run before coming back (a macrotask, unlike a resolved promise).
 * Each turn of the event loop resumes one waiter: Node runs every setImmediate callback queued
 * before its check phase in one go, so loops that each yielded with their own setImmediate
 * (reading a month, taking in its records, indexing words) ran their slices back to back and
 * held the process for the sum of them.
 */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (wakeScheduled) return;
    wakeScheduled = true;
    setImmediate(wakeOne);
  });
}

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
