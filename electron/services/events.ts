import type { EventName, EventPayload } from '../../shared/contract/index';

/** Pushes an event to every open window (main process) or to the test harness's page. */
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
