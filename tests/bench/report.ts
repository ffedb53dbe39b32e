/** Prints one benchmark figure in the project's format: `bench: <name> <value> <unit>`. */
export function report(name: string, value: number, unit: string): void {
  console.log(`bench: ${name} ${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
