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

  /**
   * Adds many items at once with one merge instead of k splices. Only the items from where the
   * batch's newest one belongs onwards are merged: history loads newest month first, so each
   * older month usually lands at the end and costs O(k log k), not O(n).
   */
  insertMany(items: readonly T[]): void {
    if (items.length === 0) return;
    const batch = [...items].sort((a, b) => this.compare(a, b));
    const newest = batch[0]!;
    const from = this.position(this.timeOf(newest), newest.id);
    const tail = this.items.splice(from);
    let i = 0;
    let j = 0;
    while (i < tail.length && j < batch.length) this.items.push(this.compare(tail[i]!, batch[j]!) <= 0 ? tail[i++]! : batch[j++]!);
    while (i < tail.length) this.items.push(tail[i++]!);
    while (j < batch.length) this.items.push(batch[j++]!);
  }

  insert(item: T): void {
    this.items.splice(this.position(this.timeOf(item), item.id), 0, item);
  }

  /** Puts `after` in place of `before`: where it is when both sort alike (most edits), else by remove and insert. */
  replace(before: T, after: T): void {
    const time = this.timeOf(before);
    if (time === this.timeOf(after) && before.id === after.id) {
      const at = this.position(time, before.id);
      if (this.items[at] === before) {
        this.items[at] = after;
        return;
      }
    }
    this.remove(before);
    this.insert(after);
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
