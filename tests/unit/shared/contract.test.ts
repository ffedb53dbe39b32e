import { describe, expect, it } from 'vitest';
import { buildTouchpointApi, commands, COMMAND_NAMES, events, EVENT_NAMES } from '../../../shared/contract/index';

describe('contract', () => {
  it('the name lists the preload uses match the declarations exactly', () => {
    expect([...COMMAND_NAMES].sort()).toEqual(Object.keys(commands).sort());
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });

  it('builds one function per command, grouped by namespace, and a guarded on()', async () => {
    const calls: [string, unknown][] = [];
    const subscriptions: string[] = [];
    const api = buildTouchpointApi(
      COMMAND_NAMES,
      EVENT_NAMES,
      (name, input) => {
        calls.push([name, input]);
        return Promise.resolve({ ok: true, value: null });
      },
      (event) => {
        subscriptions.push(event);
        return () => undefined;
      },
    ) as Record<string, Record<string, (input?: unknown) => Promise<unknown>>> & { on: (e: string, l: () => void) => () => void };
    await api.moments!.add!({ valence: 'helped' });
    await api.app!.info!();
    expect(calls).toEqual([
      ['moments.add', { valence: 'helped' }],
      ['app.info', undefined],
    ]);
    const namespaces = Object.keys(api).filter((k) => k !== 'on');
    expect(namespaces.flatMap((ns) => Object.keys(api[ns]!).map((m) => `${ns}.${m}`)).sort()).toEqual([...COMMAND_NAMES].sort());
    expect(typeof api.on('moments.changed', () => undefined)).toBe('function');
    expect(() => api.on('ipc.raw', () => undefined)).toThrow('Unknown event: ipc.raw');
    expect(subscriptions).toEqual(['moments.changed']);
    expect(Object.isFrozen(api) && Object.isFrozen(api.moments)).toBe(true);
  });
});
