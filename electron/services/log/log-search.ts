import { performance } from 'node:perf_hooks';
import { nextTurn, SLICE_MS } from '../time-slices';
import { searchableText, type LogRow } from './log-rows';
import { queryWords, searchWords } from './search-words';

/**
 * Entries read between two looks at the clock: an entry's words take tens of microseconds to
 * read on a busy machine, so a few hundred between looks could run a slice past a frame.
 */
const CLOCK_EVERY = 16;

/** Asked after each entry read: true to let other work run first. Tests pass `() => true`. */
export type YieldPolicy = () => boolean;

function afterTimeSlice(): YieldPolicy {
  let sliceStart = performance.now();
  let read = 0;
  return () => {
    if (++read % CLOCK_EVERY !== 0 || performance.now() - sliceStart <= SLICE_MS) return false;
    sliceStart = performance.now();
    return true;
  };
}

/** The slots whose entries contain one word: a growable array of 32-bit numbers, 4 bytes each. */
class Postings {
  slots = new Int32Array(4);
  length = 0;

  push(slot: number): void {
    if (this.slots[this.length - 1] === slot && this.length > 0) return; // the word twice in one entry
    if (this.length === this.slots.length) {
      const grown = new Int32Array(Math.ceil(this.slots.length * 1.5));
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[this.length++] = slot;
  }

  /** Gives back the room kept for growth (after the first reading, most words stop growing). */
  trim(): void {
    if (this.slots.length > this.length) this.slots = this.slots.slice(0, this.length);
  }
}

/**
 * Full-text search over the log: every word typed must begin a word of the entry, ignoring case,
 * accents and doubled letters (see search-words.ts). An inverted index — each distinct word with
 * the slots of the entries using it, in flat 32-bit arrays — answers a keystroke in about a
 * millisecond over years of history, for a few megabytes.
 *
 * The log is read in time slices after a (re)start; entries not read yet are matched from their
 * text directly, so answers are the same from the first moment. An edited or removed entry's old
 * words stay in the index (finding them again would cost a copy of every entry's words): such
 * "stale" slots are checked against their current text whenever they come up as a match.
 */
export class LogSearch {
  /** The row in each slot (null: a removed entry's slot, left empty). */
  private slots: (LogRow | null)[] = [];
  /** Every distinct word, with the slots of the entries containing it. */
  private postings = new Map<string, Postings>();
  /** The distinct words by their first letter, to find the words a prefix begins. */
  private wordsByInitial = new Map<string, string[]>();
  /** Slots before this one are in the index. */
  private readUpTo = 0;
  /** Slots whose index entries may name words the entry no longer has. */
  private stale = new Set<number>();
  private generation = 0;
  private reading: Promise<void> = Promise.resolve();
  /** True while a time-sliced reading is under way: it reads the slots past `readUpTo` itself. */
  private readingInProgress = false;
  /** How many slots had been read when the postings last gave back their spare room. */
  private trimmedAt = 0;

  constructor(private readonly yieldPolicy: () => YieldPolicy = afterTimeSlice) {}

  /** Resolves once every entry is in the index (tests and benchmarks wait for it). */
  async whenRead(): Promise<void> {
    // A reading started while waiting (a restart, a month of history arriving) means waiting for that one too.
    let reading;
    do {
      reading = this.reading;
      await reading;
    } while (reading !== this.reading);
  }

  /** Starts over with `rows` (every entry of the log), reading their words in time slices. */
  rebuild(rows: readonly LogRow[]): Promise<void> {
    ++this.generation;
    this.slots = [...rows];
    this.slots.forEach((row, slot) => (row!.slot = slot));
    this.postings = new Map();
    this.wordsByInitial = new Map();
    this.stale = new Set();
    this.readUpTo = 0;
    this.readingInProgress = false; // a reading of the previous rows stops at its next slice
    this.trimmedAt = 0;
    return this.read();
  }

  /**
   * Entries new to the log in bulk (a month of history loaded, an import): read in time slices
   * like the first reading, so taking in thousands of entries never holds the process.
   */
  addMany(rows: readonly LogRow[]): void {
    for (const row of rows) row.slot = this.slots.push(row) - 1;
    void this.read();
  }

  /** Reads the slots past `readUpTo` in time slices, from the next turn; one reading at a time. */
  private read(): Promise<void> {
    if (this.readingInProgress) return this.reading;
    const generation = this.generation;
    this.readingInProgress = true;
    this.reading = (async () => {
      await nextTurn(); // whoever started the reading finishes its own work first
      const shouldYield = this.yieldPolicy();
      while (generation === this.generation && this.readUpTo < this.slots.length) {
        const row = this.slots[this.readUpTo];
        if (row) this.addWords(this.readUpTo, row);
        this.readUpTo++;
        if (shouldYield()) await nextTurn();
      }
      if (generation !== this.generation) return;
      this.readingInProgress = false;
      // Giving back the room kept for growth copies every word's entries, and history arrives
      // a hundred entries at a time: only once the log has doubled since the last time, so
      // the copying stays in proportion to the log (and the room kept under a third of it).
      // Over years of history that is megabytes: in slices too.
      if (this.readUpTo >= 2 * this.trimmedAt) {
        this.trimmedAt = this.readUpTo;
        for (const postings of this.postings.values()) {
          postings.trim();
          if (shouldYield()) await nextTurn();
        }
      }
    })();
    return this.reading;
  }

  /** An entry added (`before` undefined), changed, or removed (`after` null). */
  update(before: LogRow | undefined, after: LogRow | null): void {
    let slot = before?.slot ?? -1;
    if (slot < 0 && !after) return;
    if (slot < 0) slot = this.slots.push(after) - 1;
    else this.slots[slot] = after;
    if (after) after.slot = slot;
    if (slot < this.readUpTo) {
      if (before) this.stale.add(slot);
      if (after) this.addWords(slot, after);
    } else if (!this.readingInProgress) {
      // Past the reading, which has finished: the new last slot is read now.
      if (after) this.addWords(slot, after);
      this.readUpTo = slot + 1;
    }
  }

  /** Which rows match every word of `text` (as the start of one of their words). */
  search(text: string): (row: LogRow) => boolean {
    const words = queryWords(text).slice(0, 255);
    if (words.length === 0) return () => false;
    // matched[slot] counts the query's words found in that slot so far, in order: a slot
    // missing one word can never reach the total.
    const matched = new Uint8Array(this.slots.length);
    words.forEach((prefix, k) => {
      for (const word of this.wordsByInitial.get(prefix[0]!) ?? []) {
        if (!word.startsWith(prefix)) continue;
        const { slots, length } = this.postings.get(word)!;
        for (let i = 0; i < length; i++) if (matched[slots[i]!] === k) matched[slots[i]!] = k + 1;
      }
    });
    const all = words.length;
    const check = (slot: number) => {
      const row = this.slots[slot];
      matched[slot] = row && matchesAll(searchWords(searchableText(row.entry)), words) ? all : 0;
    };
    for (const slot of this.stale) check(slot);
    for (let slot = this.readUpTo; slot < this.slots.length; slot++) check(slot);
    return (row) => row.slot >= 0 && matched[row.slot] === all;
  }

  private addWords(slot: number, row: LogRow): void {
    for (const word of searchWords(searchableText(row.entry))) {
      let postings = this.postings.get(word);
      if (!postings) {
        postings = new Postings();
        this.postings.set(word, postings);
        const initial = this.wordsByInitial.get(word[0]!);
        if (initial) initial.push(word);
        else this.wordsByInitial.set(word[0]!, [word]);
      }
      postings.push(slot);
    }
  }
}

function matchesAll(entryWords: string[], prefixes: string[]): boolean {
  return prefixes.every((prefix) => entryWords.some((word) => word.startsWith(prefix)));
}
