import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteRow, type LogRow } from '../../../electron/services/log/log-rows';
import { LogSearch } from '../../../electron/services/log/log-search';
import { queryWords, searchWords } from '../../../electron/services/log/search-words';

const AT = '2026-11-18T10:00:00.000Z';
const row = (id: string, text: string): LogRow => noteRow({ id, text, occurredAt: AT, timeZone: 'UTC', createdAt: AT, updatedAt: AT });

function searchOver(texts: string[]) {
  const search = new LogSearch();
  const rows = texts.map((text, i) => row(`n${i}`, text));
  void search.rebuild(rows);
  const found = (query: string) => rows.filter(search.search(query)).map((r) => (r.entry.kind === 'note' ? r.entry.note.text : ''));
  return { search, rows, found };
}

/** What a match means, written the slow and obvious way. */
const plainMatch = (text: string, query: string) => {
  const words = searchWords(`${text} note`);
  const wanted = queryWords(query);
  return wanted.length > 0 && wanted.every((w) => words.some((word) => word.startsWith(w)));
};

describe('LogSearch', () => {
  it('finds a word from its beginning, never from its middle', async () => {
    const { found, search } = searchOver(['Budget review with Sam', 'Rebudgeting talk']);
    await search.whenRead();
    expect(found('budg')).toEqual(['Budget review with Sam']);
    expect(found('b')).toEqual(['Budget review with Sam']);
    expect(found('udget')).toEqual([]);
    expect(found('rebudg')).toEqual(['Rebudgeting talk']);
  });

  it('ignores case and accents on both sides', async () => {
    const { found, search } = searchOver(['Café with José', 'Resume the plan', 'Crème brûlée for the team']);
    await search.whenRead();
    expect(found('cafe')).toEqual(['Café with José']);
    expect(found('CAFÉ JOSE')).toEqual(['Café with José']);
    expect(found('résumé')).toEqual(['Resume the plan']);
    expect(found('brul')).toEqual(['Crème brûlée for the team']);
  });

  it('needs every word, in any order and anywhere in the entry; common words are not searched', async () => {
    const { found, search } = searchOver(['Hiring feedback for Priya', 'Feedback on the roadmap', 'Hiring plan']);
    await search.whenRead();
    expect(found('hiring feedback')).toEqual(['Hiring feedback for Priya']);
    expect(found('feedb hir')).toEqual(['Hiring feedback for Priya']);
    expect(found('feedback the')).toEqual(['Hiring feedback for Priya', 'Feedback on the roadmap']);
    expect(found('feedback zebra')).toEqual([]);
    expect(found('the')).toEqual([]);
    expect(found('  ')).toEqual([]);
  });

  it('reads doubled letters as one, as the index before it did', async () => {
    const { found, search } = searchOver(['Feedback loop']);
    await search.whenRead();
    expect(found('feeedback')).toEqual(['Feedback loop']);
    expect(found('fedb')).toEqual(['Feedback loop']);
  });

  it('answers the same before, during and after reading, through adds (one by one and in batches), edits and removals', async () => {
    const vocabulary = ['budget', 'Budgie', 'café', 'cafeteria', 'deadline', 'dead', 'hiring', 'feedback', 'the', 'Zoë', 'zoe', 'x1', 'x12'];
    const text = fc.array(fc.constantFrom(...vocabulary), { maxLength: 6 }).map((words) => words.join(' '));
    const query = fc.array(fc.constantFrom(...vocabulary).chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    // A change to one entry, or (batch) several new entries at once, as a month of history arrives.
    const change = fc.record({ slot: fc.nat(), text: fc.option(text, { nil: null }), batch: fc.option(fc.array(text, { minLength: 1, maxLength: 5 }), { nil: null, freq: 3 }) });
    let runs = 0;
    let checks = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 0, maxLength: 40, size: 'max' }), fc.array(change, { maxLength: 30, size: 'max' }), fc.array(query, { minLength: 1, maxLength: 8 }), fc.boolean(), async (texts, changes, queries, waitFirst) => {
        runs++;
        // Yielding after every entry keeps part of the log unread while the checks run.
        const search = new LogSearch(() => () => true);
        const live = new Map<string, LogRow>();
        texts.forEach((t, i) => live.set(`n${i}`, row(`n${i}`, t)));
        const reading = search.rebuild([...live.values()]);
        if (waitFirst) await reading;
        let next = texts.length;
        for (const { slot, text: newText, batch } of changes) {
          if (batch) {
            const rows = batch.map((t) => row(`n${next++}`, t));
            for (const r of rows) live.set(r.id, r);
            search.addMany(rows);
            continue;
          }
          const keys = [...live.keys()];
          const key = keys.length > 0 && slot % 3 !== 0 ? keys[slot % keys.length]! : `n${next++}`;
          const before = live.get(key);
          const after = newText === null ? null : row(key, newText);
          if (after) live.set(key, after);
          else live.delete(key);
          search.update(before, after);
        }
        const check = () => {
          for (const q of queries) {
            checks++;
            const matches = search.search(q);
            const got = [...live.values()].filter(matches).map((r) => r.id);
            const expected = [...live.values()].filter((r) => r.entry.kind === 'note' && plainMatch(r.entry.note.text, q)).map((r) => r.id);
            expect(got).toEqual(expected);
          }
        };
        check();
        await search.whenRead();
        check();
      }),
      { numRuns: 200 },
    );
    console.log(`log-search: ${runs} random logs, ${checks} queries checked against a plain scan`);
  });
});
