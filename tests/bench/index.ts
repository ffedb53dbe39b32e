import { runCalendarBench } from './calendar';

/**
 * `npm run bench`: every benchmark, one after the other, each printing
 * `bench: <name> <value> <unit>` lines. Add new ones to the list.
 */
const benches: Array<() => Promise<void>> = [runCalendarBench];

for (const bench of benches) await bench();
