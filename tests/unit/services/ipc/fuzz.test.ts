import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commands, COMMAND_NAMES } from '../../../../shared/contract/index';
import { closeAllServices, startServices } from '../../../support/services';
import { makeTempDir } from '../../../support/temp-dir';

type Started = Awaited<ReturnType<typeof startServices>>;
let dir: { path: string; cleanup: () => Promise<void> };
let app: Started;

beforeAll(async () => {
  dir = await makeTempDir();
  app = await startServices(dir.path);
  await app.services.moments.add({ kind: 'own', valence: 'helped', tags: ['warmth'], people: ['Sam'], note: 'keep me', meeting: null, source: 'tray' });
});
afterAll(async () => {
  await closeAllServices();
  await dir.cleanup();
});

const snapshot = () => JSON.stringify({ moments: app.services.moments.all(), settings: app.services.settings.get() });

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
        const before = snapshot();
        const reply = await app.services.dispatch(name, input, { window: 'main' });
        expect(reply.ok).toBe(false);
        if (reply.ok) return;
        expect(reply.error.code).toBe('invalid_input');
        expect(reply.error.message.length).toBeGreaterThan(0);
        expect(reply.error.message.length).toBeLessThan(2000);
        expect(reply.error.message).not.toMatch(/at .*\.ts:\d+|TypeError|undefined is not/);
        expect(snapshot()).toBe(before);
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
