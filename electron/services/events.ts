import type { EventName, EventPayload } from '../../shared/contract/index';

/** Pushes an event to every open window (main process) or to the test harness's page. */
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export type EventListener = (event: EventName, payload: unknown) => void;

/**
 * Events go to the windows and to in-process listeners (the log's index follows changes to
 * moments, follow-ups, notes... without each service knowing about it).
 */
export function createEventBus(toWindows: Emit): { emit: Emit; listen(listener: EventListener): () => void } {
  const listeners = new Set<EventListener>();
  const emit: Emit = (event, payload) => {
    toWindows(event, payload);
    for (const listener of listeners) listener(event, payload);
  };
  return {
    emit,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
