/** How many Maps a ShardedMap spreads its entries over (a power of two). */
const SHARDS = 64;

/**
 * A Map from string keys, split over SHARDS smaller Maps by a hash of the key's last characters
 * (ids end in random hex). A Map grows by rehashing every entry it holds in one go: at 65,536
 * entries that holds the process about 11 ms on a 2-core machine, at 131,072 about 23 ms, so a
 * log with years of history froze the app once per doubling while it loaded. Split 64 ways,
 * a year of history more costs each growth a fraction of a millisecond.
 *
 * Iterates shard by shard, so in no particular order (not insertion order, unlike a Map).
 */
export class ShardedMap<V> {
  private readonly shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: string): V | undefined {
    return this.shardOf(key).get(key);
  }

  has(key: string): boolean {
    return this.shardOf(key).has(key);
  }

  set(key: string, value: V): this {
    const shard = this.shardOf(key);
    const before = shard.size;
    shard.set(key, value);
    this.count += shard.size - before;
    return this;
  }

  delete(key: string): boolean {
    const deleted = this.shardOf(key).delete(key);
    if (deleted) this.count--;
    return deleted;
  }

  clear(): void {
    for (const shard of this.shards) shard.clear();
    this.count = 0;
  }

  *values(): IterableIterator<V> {
    for (const shard of this.shards) yield* shard.values();
  }

  *entries(): IterableIterator<[string, V]> {
    for (const shard of this.shards) yield* shard.entries();
  }

  private shardOf(key: string): Map<string, V> {
    let hash = 0;
    for (let i = Math.max(0, key.length - 8); i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
    return this.shards[(hash ^ (hash >>> 7)) & (SHARDS - 1)]!;
  }
}
