import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewestFirstIndex } from '../../../electron/services/moments/sorted-index';

interface Item {
  id: string;
  at: string;
}

const newestFirst = (items: Item[]) => [...items].sort((a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));

describe('NewestFirstIndex', () => {
  it('keeps newest-first order through batches landing anywhere, single inserts, in-place replaces and removals', () => {
    const item = fc.record({ at: fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-04', '2026-05'), id: fc.string({ minLength: 1, maxLength: 3 }) });
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 12 }), { maxLength: 8 }), fc.array(item, { maxLength: 6 }), fc.nat(), (generatedBatches, generatedSingles, pick) => {
        runs++;
        // Ids are unique in every collection; the generated ones may repeat, so number them.
        let n = 0;
        const unique = (i: Item): Item => ({ ...i, id: `${i.id}#${n++}` });
        const batches = generatedBatches.map((batch) => batch.map(unique));
        const singles = generatedSingles.map(unique);
        const index = new NewestFirstIndex<Item>((i) => i.at);
        const all: Item[] = [];
        for (const batch of batches) {
          index.insertMany(batch);
          all.push(...batch);
        }
        for (const single of singles) {
          index.insert(single);
          all.push(single);
        }
        expect(index.all()).toEqual(newestFirst(all));
        if (all.length === 0) return;
        const before = index.all()[pick % all.length]!;
        const same = { ...before };
        index.replace(before, same);
        expect(index.all()[pick % all.length]).toBe(same);
        const moved = { ...before, at: '2026-09' };
        index.replace(same, moved);
        all.splice(all.indexOf(before), 1, moved);
        expect(index.all()).toEqual(newestFirst(all));
        index.remove(moved);
        all.splice(all.indexOf(moved), 1);
        expect(index.all()).toEqual(newestFirst(all));
      }),
      { numRuns: 300 },
    );
    console.log(`sorted-index: ${runs} random sequences checked against a full sort`);
  });
});
