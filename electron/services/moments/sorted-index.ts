/**
 * Records kept newest first by (time, id), with binary-search insert and remove, so the log
 * can page through 100k moments without sorting on every request.
 */
export class NewestFirstIndex<T extends { id: string }> {
  private items: T[] = [];

  constructor(private readonly timeOf: (item: T) => string) {}

  static cursorOf(time: string, id: string): string {
    return `${time}|${id}`;
  }

  get size(): number {
    return this.items.length;
  }

  /** Rebuilds from scratch (load time): one sort instead of n inserts. */
  reset(items: Iterable<T>): void {
    this.items = [...items].sort((a, b) => this.compare(a, b));
  }

  /** Adds many items at once with one merge, O(n + k log k), instead of k splices. */
  insertMany(items: readonly T[]): void {
    if (items.length === 0) return;
    const batch = [...items].sort((a, b) => this.compare(a, b));
    const merged: T[] = new Array<T>(this.items.length + batch.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.items.length && j < batch.length) merged[k++] = this.compare(this.items[i]!, batch[j]!) <= 0 ? this.items[i++]! : batch[j++]!;
    while (i < this.items.length) merged[k++] = this.items[i++]!;
    while (j < batch.length) merged[k++] = batch[j++]!;
    this.items = merged;
  }

  insert(item: T): void {
    this.items.splice(this.position(this.timeOf(item), item.id), 0, item);
  }

  remove(item: T): void {
    const at = this.position(this.timeOf(item), item.id);
    if (this.items[at]?.id === item.id) this.items.splice(at, 1);
    else {
      const fallback = this.items.findIndex((i) => i.id === item.id);
      if (fallback >= 0) this.items.splice(fallback, 1);
    }
  }

  /** Up to `limit` items strictly older than the cursor (or from the newest). */
  page(limit: number, before?: string): { items: T[]; nextCursor: string | null } {
    const start = before ? this.positionAfter(before) : 0;
    const items = this.items.slice(start, start + limit);
    const last = items.at(-1);
    const more = start + limit < this.items.length;
    return { items, nextCursor: more && last ? NewestFirstIndex.cursorOf(this.timeOf(last), last.id) : null };
  }

  /** Index of the first item strictly older than the cursor ("time|id"). */
  positionAfter(cursor: string): number {
    const sep = cursor.lastIndexOf('|');
    const time = cursor.slice(0, sep);
    const id = cursor.slice(sep + 1);
    const at = this.position(time, id);
    const item = this.items[at];
    return item && this.timeOf(item) === time && item.id === id ? at + 1 : at;
  }

  /** Items with time in [from, to), newest first. ('' sorts before every id.) */
  range(from: string, to: string): T[] {
    return this.items.slice(this.position(to, ''), this.position(from, ''));
  }

  all(): readonly T[] {
    return this.items;
  }

  private compare(a: T, b: T): number {
    const ta = this.timeOf(a);
    const tb = this.timeOf(b);
    if (ta !== tb) return ta < tb ? 1 : -1;
    return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  }

  /** First index whose item sorts at or after (time, id) in newest-first order. */
  private position(time: string, id: string): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const item = this.items[mid]!;
      const t = this.timeOf(item);
      const newer = t > time || (t === time && item.id > id);
      if (newer) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
