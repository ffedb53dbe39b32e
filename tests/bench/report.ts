import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Prints one benchmark figure in the project's format: `bench: <name> <value> <unit>`. */
export function report(name: string, value: number, unit: string): void {
  console.log(`bench: ${name} ${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Full collections, when the runtime lets us ask for them (for retained-size figures). */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  if (typeof gc !== 'function') return;
  (gc as () => void)();
  (gc as () => void)(); // a second pass frees what the first only unlinked (weak maps, finalizers)
}
