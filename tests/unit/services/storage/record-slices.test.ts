import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecordsInSlices } from '../../../../electron/services/storage/record-slices';

/** What the store read before: the whole text through JSON.parse, undefined when it throws. */
function wholeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const noPause = () => undefined;

/** Record-like values: objects with strings full of quotes, backslashes, brackets and commas. */
const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ' ', 'a', 'é', '\n', '\u2028') });
const record = fc.oneof(fc.dictionary(tricky, fc.oneof(tricky, fc.jsonValue())), fc.jsonValue());
const file = fc.array(record, { maxLength: 8 }).map((records) => ({ records }));
/** Records as Touchpoint writes them (id first), with notes and nested objects that look like record starts. */
const lookalike = fc.constantFrom('},{"id":', '"},{"id":"x', '}, {"id":', '\\"},{\\"id\\":');
const idFirst = fc.record({
  id: fc.oneof(tricky, lookalike),
  note: fc.array(fc.oneof(tricky, lookalike), { maxLength: 4 }).map((parts) => parts.join('')),
  attendees: fc.array(fc.record({ id: tricky, name: fc.oneof(tricky, lookalike) }), { maxLength: 3 }),
});
const storedFile = fc.array(idFirst, { maxLength: 12 }).map((records) => ({ records }));
/** Small chunks, so every file is cut in many places. */
const chunkChars = fc.integer({ min: 1, max: 80 });

describe('parseRecordsInSlices', () => {
  it('reads every file JSON.parse reads to the same value, compact or pretty', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.boolean(), async (data, pretty) => {
        const text = pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data);
        expect(await parseRecordsInSlices(text, noPause)).toEqual(wholeParse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads files cut into chunks at record starts to the same value, look-alikes inside records included', async () => {
    await fc.assert(
      fc.asyncProperty(storedFile, chunkChars, async (data, chunk) => {
        const text = JSON.stringify(data);
        expect(await parseRecordsInSlices(text, noPause, chunk)).toEqual(wholeParse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('rejects exactly what JSON.parse rejects when a file cut into chunks is damaged', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(storedFile, chunkChars, fc.nat(), fc.constantFrom('', ',', ']', '}', '"', '\\', 'x', ' ', '[', '{', '},{"id":'), fc.nat(3), async (data, chunk, cut, insert, removed) => {
        const text = JSON.stringify(data);
        const at = cut % (text.length + 1);
        const damaged = text.slice(0, at) + insert + text.slice(at + removed);
        const expected = wholeParse(damaged);
        if (expected === undefined) rejected++;
        expect(await parseRecordsInSlices(damaged, noPause, chunk)).toEqual(expected);
      }),
      { numRuns: 600 },
    );
    console.log(`record-slices: 600 damaged chunked files, ${rejected} rejected by both`);
    expect(rejected).toBeGreaterThan(0);
  });

  it('rejects exactly what JSON.parse rejects, and reads the rest alike, when the text is damaged', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(file, fc.nat(), fc.constantFrom('', ',', ']', '}', '"', '\\', 'x', ' ', '[', '{'), fc.nat(3), async (data, cut, insert, removed) => {
        const text = JSON.stringify(data);
        const at = cut % (text.length + 1);
        const damaged = text.slice(0, at) + insert + text.slice(at + removed);
        const expected = wholeParse(damaged);
        if (expected === undefined) rejected++;
        expect(await parseRecordsInSlices(damaged, noPause)).toEqual(expected);
      }),
      { numRuns: 600 },
    );
    console.log(`record-slices: 600 damaged files, ${rejected} rejected by both`);
    expect(rejected).toBeGreaterThan(0);
  });

  it('hands files of another shape to JSON.parse whole (extra keys, the key written with an escape)', async () => {
    for (const text of ['{"records":[{"id":"a"}],"other":1}', '{"\\u0072ecords":[{"id":"a"}]}', '{"other":1,"records":[]}', '[]', '{"records":[1],"records":[2]}']) {
      expect(await parseRecordsInSlices(text, noPause)).toEqual(JSON.parse(text));
    }
  });

  it('lets other work run between records when asked to, and only then', async () => {
    const text = JSON.stringify({ records: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    const finishedWhenOtherWorkRan = async (pause: () => Promise<void> | undefined) => {
      let finished = false;
      const parsing = parseRecordsInSlices(text, pause, 1).then((value) => {
        finished = true;
        return value;
      });
      const seen = new Promise<boolean>((resolve) => setImmediate(() => resolve(finished)));
      expect(await parsing).toEqual({ records: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
      return seen;
    };
    let pauses = 0;
    const turn = () => {
      pauses++;
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    expect(await finishedWhenOtherWorkRan(turn)).toBe(false);
    expect(pauses).toBe(2); // between the three records, each a chunk of its own
    expect(await finishedWhenOtherWorkRan(noPause)).toBe(true);
  });
});
