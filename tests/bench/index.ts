import { runCalendarBench } from './calendar';
import { runInsightsBench } from './insights';
import { runStorageBench } from './storage';
import { runLogBench } from './log';
import { runWindowsBench } from './windows';

/**
 * `npm run bench`: every benchmark, one after the other, each printing
 * `bench: <name> <value> <unit>` lines. Add new ones to the list.
 */
const benches: Array<() => Promise<void>> = [runCalendarBench, runStorageBench, runLogBench, runInsightsBench, runWindowsBench];

for (const bench of benches) await bench();
