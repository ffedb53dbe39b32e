import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commands, COMMAND_NAMES } from '../../../../shared/contract/index';
import type { AppHost } from '../../../../electron/services/host/app-host';
import { closeAllHosts, startHost } from '../../../support/host';
import { makeTempDir } from '../../../support/temp-dir';

// Through the AppHost, as the windows reach it: every command, the lock's included.
let dirs: { path: string; cleanup: () => Promise<void> }[] = [];
let open: AppHost;
let locked: AppHost;

beforeAll(async () => {
  dirs = [await makeTempDir(), await makeTempDir()];
  open = (await startHost(dirs[0]!.path)).host;
  await open.services!.moments.add({ kind: 'own', valence: 'helped', tags: ['warmth'], people: ['Sam'], note: 'keep me', meeting: null, source: 'tray' });
  locked = (await startHost(dirs[1]!.path)).host;
  await locked.enable('a passphrase for the fuzz test');
  await locked.lock();
});
afterAll(async () => {
  await closeAllHosts();
  for (const dir of dirs) await dir.cleanup();
});

const snapshot = (host: AppHost) => JSON.stringify({ moments: host.services?.moments.all() ?? null, settings: host.settings.get(), vault: host.state() });

/** Plausible-looking but wrong inputs: right keys, wrong types and sizes, prototype tricks. */
const nasty = fc.oneof(
  fc.anything({ withBigInt: false, withMap: false, withSet: false, withTypedArray: false, withObjectString: true, withNullPrototype: true }),
  fc.record({
    valence: fc.oneof(fc.constant('neutral'), fc.string(), fc.integer()),
    tags: fc.array(fc.oneof(fc.string(), fc.constant('__proto__'), fc.integer())),
    people: fc.oneof(fc.string(), fc.array(fc.string({ maxLength: 200 }), { maxLength: 40 })),
    note: fc.oneof(fc.integer(), fc.string({ minLength: 4001, maxLength: 4100 })),
    source: fc.oneof(fc.constant('evil'), fc.string()),
    id: fc.oneof(fc.string({ maxLength: 100 }), fc.integer()),
    theme: fc.string(),
    limit: fc.oneof(fc.integer(), fc.double(), fc.string()),
  }, { requiredKeys: [] }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "valence": "helped", "source": "tray"}') as unknown),
);

describe('IPC fuzz', () => {
  it.each(COMMAND_NAMES)('%s: every malformed input is refused with a clear message and changes nothing', async (name) => {
    await fc.assert(
      fc.asyncProperty(nasty, async (input) => {
        if (commands[name].input.safeParse(input).success) return; // a valid input is not this test's business
        const before = snapshot(open);
        const reply = await open.dispatch(name, input, { window: 'main' });
        expect(reply.ok).toBe(false);
        if (reply.ok) return;
        expect(reply.error.code).toBe('invalid_input');
        expect(reply.error.message.length).toBeGreaterThan(0);
        expect(reply.error.message.length).toBeLessThan(2000);
        expect(reply.error.message).not.toMatch(/at .*\.ts:\d+|TypeError|undefined is not/);
        expect(snapshot(open)).toBe(before);
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(COMMAND_NAMES)('%s while locked: refused as malformed or as locked, and nothing changes', async (name) => {
    await fc.assert(
      fc.asyncProperty(nasty, async (input) => {
        if (commands[name].input.safeParse(input).success) return;
        const before = snapshot(locked);
        const reply = await locked.dispatch(name, input, { window: 'popup' });
        expect(reply.ok).toBe(false);
        if (reply.ok) return;
        expect(['invalid_input', 'locked']).toContain(reply.error.code);
        expect(reply.error.message).not.toMatch(/at .*\.ts:\d+|TypeError|undefined is not/);
        expect(snapshot(locked)).toBe(before);
      }),
      { numRuns: 200 },
    );
    expect(locked.state()).toMatchObject({ locked: true, queued: 0 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
