import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringPool } from '../../../../electron/services/storage/string-pool';
import { makeMoment } from '../../../support/moments';

describe('StringPool', () => {
  it('leaves every record equal to what was read, whatever its shape', () => {
    const pool = new StringPool();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = structuredClone(value);
        expect(pool.compact(value)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps records read one after another intact, repeated names, zones and instants included', () => {
    const pool = new StringPool();
    const read = Array.from({ length: 50 }, (_, i) => makeMoment({ people: [`Person ${i % 3}`, 'Sam'], note: 'x'.repeat(400 + i), createdAt: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z` }));
    const expected = structuredClone(read);
    const compacted = read.map((record) => pool.compact(JSON.parse(JSON.stringify(record)) as typeof record));
    expect(compacted).toEqual(expected);
  });
});
