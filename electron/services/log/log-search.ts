import { Charset, Encoder, Index } from 'flexsearch';
import type { LogRow } from './log-rows';

/** Words too common to search for: leaving them out keeps the index small and queries fast. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i if in into is it its me my of on or our she so than that the their them then there they this to was we were what when which who will with you your'.split(' '),
);

const CHUNK = 500;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function createIndex(): Index {
  // "forward" indexes every word's beginnings, so a half-typed word already finds its entries;
  // the normalising encoder ignores case and accents; fastupdate keeps edits and deletes cheap.
  return new Index({
    tokenize: 'forward',
    resolution: 1,
    fastupdate: true,
    encoder: new Encoder(Charset.Normalize).assign({ filter: STOP_WORDS }),
  });
}

/**
 * Full-text search over the log with FlexSearch: every word must match, the words' beginnings
 * are enough, and answers come in well under a millisecond even over years of history, so
 * results follow typing. Building the index for years of history takes seconds, so it is
 * built in the background in small chunks; until it is ready a plain scan answers. Changes
 * made meanwhile are queued and applied once the build finishes.
 */
export class LogSearch {
  private index: Index | null = null;
  private building: Promise<void> | null = null;
  private generation = 0;
  private readonly pending = new Map<string, LogRow | null>();

  get ready(): boolean {
    return this.index !== null && this.building === null;
  }

  /** Starts (or restarts) building from scratch over `rows`. */
  rebuild(rows: readonly LogRow[]): Promise<void> {
    const generation = ++this.generation;
    this.pending.clear();
    const next = createIndex();
    const build = (async () => {
      for (let i = 0; i < rows.length; i++) {
        next.add(rows[i]!.id, rows[i]!.text);
        if (i % CHUNK === CHUNK - 1) {
          await nextTurn();
          if (generation !== this.generation) return;
        }
      }
      if (generation !== this.generation) return;
      this.index = next;
      for (const [id, row] of this.pending) this.apply(id, row);
      this.pending.clear();
    })();
    this.building = build.finally(() => {
      if (generation === this.generation) this.building = null;
    });
    return this.building;
  }

  /** A row added, changed (row) or removed (null). */
  update(id: string, row: LogRow | null): void {
    if (this.building || !this.index) {
      this.pending.set(id, row);
      return;
    }
    this.apply(id, row);
  }

  /** Keys of the rows matching every word of `text` (each word as the start of a word). */
  search(text: string): Set<string> {
    if (!this.index) return new Set();
    return new Set(this.index.search(text, { limit: Number.MAX_SAFE_INTEGER }).map(String));
  }

  private apply(id: string, row: LogRow | null): void {
    const index = this.index!;
    if (row) index.update(id, row.text);
    else index.remove(id);
  }
}
