/**
 * `npm run bench`: every benchmark, one after the other, each printing
 * `bench: <name> <value> <unit>` lines. Add new ones to the list.
 * `npm run bench -- insights` runs only the ones named (on a shared machine, one is often enough).
 * Each is imported only when it runs, so the heap figures of one never include another's
 * tools (the windows bench's browser driver and bundler weigh tens of megabytes).
 */
export {}; // a module, for the top-level await below

const benches: Record<string, () => Promise<void>> = {
  calendar: async () => (await import('./calendar')).runCalendarBench(),
  storage: async () => (await import('./storage')).runStorageBench(),
  log: async () => (await import('./log')).runLogBench(),
  insights: async () => (await import('./insights')).runInsightsBench(),
  windows: async () => (await import('./windows')).runWindowsBench(),
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in benches));
if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}.`);
for (const [name, bench] of Object.entries(benches)) if (chosen.length === 0 || chosen.includes(name)) await bench();
