import { performance } from 'node:perf_hooks';
import { searchableText, type LogRow } from './log-rows';
import { queryWords, searchSegment } from './search-words';

/** Entries per block: small enough that rewriting one after an edit costs microseconds. */
const BLOCK = 256;
/** The longest the first reading of the log may hold the process before letting other work run. */
const SLICE_MS = 8;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Asked after each block read: true to let other work run first. Tests pass `() => true`. */
export type YieldPolicy = () => boolean;

function afterTimeSlice(): YieldPolicy {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart <= SLICE_MS) return false;
    sliceStart = performance.now();
    return true;
  };
}

/**
 * The words of BLOCK consecutive slots, as one string: each slot's words joined, each word preceded
 * by a space, with where every slot starts. One string per block instead of one per entry keeps
 * the memory to the words themselves, and lets `indexOf` run through many entries at once.
 */
interface Block {
  text: string;
  /** starts[i] is where slot i of the block begins; starts[BLOCK] is the end. */
  starts: Int32Array;
}

/**
 * Full-text search over the log: every word typed must begin a word of the entry, ignoring case,
 * accents and doubled letters. A scan of the entries' words, kept compact in blocks, answers in a
 * few milliseconds over years of history — about as fast as an inverted index and a fraction of
 * its memory. The words are read in time slices after a (re)start; until a block is read, its
 * entries are matched from their text directly, so answers are the same from the first moment.
 */
export class LogSearch {
  /** The row in each slot (null: a removed entry's slot, left empty). */
  private slots: (LogRow | null)[] = [];
  private blocks: Block[] = [];
  private generation = 0;
  private reading: Promise<void> = Promise.resolve();
  /** True while a time-sliced reading is under way (it reads new slots when it gets to them). */
  private readingInProgress = false;

  constructor(private readonly yieldPolicy: () => YieldPolicy = afterTimeSlice) {}

  /** Resolves once every entry's words are read (tests and benchmarks wait for it). */
  async whenRead(): Promise<void> {
    // A restart while waiting (history finished loading, an import) means waiting for that one too.
    let generation;
    do {
      generation = this.generation;
      await this.reading;
    } while (generation !== this.generation);
  }

  /** Starts over with `rows` (every entry of the log), reading their words in time slices. */
  rebuild(rows: readonly LogRow[]): Promise<void> {
    const generation = ++this.generation;
    this.slots = [...rows];
    this.slots.forEach((row, slot) => (row!.slot = slot));
    this.blocks = [];
    this.readingInProgress = true;
    const shouldYield = this.yieldPolicy();
    this.reading = (async () => {
      while (generation === this.generation && this.blocks.length * BLOCK < this.slots.length) {
        this.blocks.push(this.readBlock(this.blocks.length));
        if (shouldYield()) await nextTurn();
      }
      if (generation === this.generation) this.readingInProgress = false;
    })();
    return this.reading;
  }

  /** An entry added (`before` null), changed, or removed (`after` null). */
  update(before: LogRow | undefined, after: LogRow | null): void {
    let slot = before?.slot ?? -1;
    if (slot < 0 && !after) return;
    if (slot < 0) slot = this.slots.push(after) - 1;
    else this.slots[slot] = after;
    if (after) after.slot = slot;
    const blockNumber = Math.floor(slot / BLOCK);
    if (blockNumber < this.blocks.length) this.rewriteSlot(blockNumber, slot % BLOCK, after);
    // Past the blocks read so far: a reading under way gets there; otherwise a new last block.
    else if (!this.readingInProgress) this.blocks.push(this.readBlock(blockNumber));
  }

  /** Which rows match every word of `text` (as the start of one of their words). */
  search(text: string): (row: LogRow) => boolean {
    const words = queryWords(text).slice(0, 255);
    if (words.length === 0) return () => false;
    // matched[slot] counts the query's words found in that slot so far, in order: a slot
    // missing one word can never reach the total.
    const matched = new Uint8Array(this.slots.length);
    words.forEach((word, k) => {
      const needle = ` ${word}`;
      for (let b = 0; b < this.blocks.length; b++) {
        const { text: blockText, starts } = this.blocks[b]!;
        const base = b * BLOCK;
        let at = blockText.indexOf(needle);
        while (at >= 0) {
          const local = slotAt(starts, at);
          if (matched[base + local] === k) matched[base + local] = k + 1;
          // The rest of this slot cannot add anything: continue at the next one.
          at = blockText.indexOf(needle, starts[local + 1]!);
        }
      }
      for (let slot = this.blocks.length * BLOCK; slot < this.slots.length; slot++) {
        const row = this.slots[slot];
        if (row && matched[slot] === k && searchSegment(searchableText(row.entry)).includes(needle)) matched[slot] = k + 1;
      }
    });
    const all = words.length;
    return (row) => row.slot >= 0 && matched[row.slot] === all;
  }

  private readBlock(blockNumber: number): Block {
    const starts = new Int32Array(BLOCK + 1);
    let text = '';
    for (let i = 0; i < BLOCK; i++) {
      starts[i] = text.length;
      const row = this.slots[blockNumber * BLOCK + i];
      if (row) text += searchSegment(searchableText(row.entry));
    }
    starts[BLOCK] = text.length;
    return { text, starts };
  }

  private rewriteSlot(blockNumber: number, local: number, row: LogRow | null): void {
    const block = this.blocks[blockNumber]!;
    const segment = row ? searchSegment(searchableText(row.entry)) : '';
    const from = block.starts[local]!;
    const to = block.starts[local + 1]!;
    block.text = block.text.slice(0, from) + segment + block.text.slice(to);
    const shift = segment.length - (to - from);
    for (let i = local + 1; i <= BLOCK; i++) block.starts[i] = block.starts[i]! + shift;
  }
}

/** The slot whose words contain position `at` (the last start at or before it). */
function slotAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = BLOCK - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}
