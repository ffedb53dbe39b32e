import { runCalendarBench } from './calendar';
import { runInsightsBench } from './insights';
import { runStorageBench } from './storage';
import { runLogBench } from './log';
import { runWindowsBench } from './windows';

/**
 * `npm run bench`: every benchmark, one after the other, each printing
 * `bench: <name> <value> <unit>` lines. Add new ones to the list.
 * `npm run bench -- insights` runs only the ones named (on a shared machine, one is often enough).
 */
const benches: Record<string, () => Promise<void>> = { calendar: runCalendarBench, storage: runStorageBench, log: runLogBench, insights: runInsightsBench, windows: runWindowsBench };

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in benches));
if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}.`);
for (const [name, bench] of Object.entries(benches)) if (chosen.length === 0 || chosen.includes(name)) await bench();
