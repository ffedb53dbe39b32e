/**
 * Builds the `window.touchpoint` object from the contract's command names. Used by the
 * Electron preload and by the browser test harness, so both expose exactly the same surface.
 *
 * Kept free of imports and closures over module scope: the e2e harness serialises it with
 * `Function.prototype.toString` and runs it inside the page.
 */
export function buildTouchpointApi(
  commandNames: readonly string[],
  eventNames: readonly string[],
  invoke: (name: string, input: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const name of commandNames) {
    const dot = name.indexOf('.');
    const ns = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const group = (api[ns] ??= Object.create(null)) as Record<string, unknown>;
    group[method] = (input?: unknown) => invoke(name, input === undefined ? undefined : input);
  }
  const allowedEvents = new Set(eventNames);
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!allowedEvents.has(event)) throw new Error(`Unknown event: ${event}`);
    if (typeof listener !== 'function') throw new Error('Listener must be a function');
    return subscribe(event, listener);
  };
  for (const group of Object.values(api)) if (group && typeof group === 'object') Object.freeze(group);
  return Object.freeze(api);
}
