import { runCalendarBench } from './calendar';
import { runStorageBench } from './storage';

/**
 * `npm run bench`: every benchmark, one after the other, each printing
 * `bench: <name> <value> <unit>` lines. Add new ones to the list.
 */
const benches: Array<() => Promise<void>> = [runCalendarBench, runStorageBench];

for (const bench of benches) await bench();
