import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ShardedMap } from '../../../electron/services/sharded-map';

describe('ShardedMap', () => {
  it('keeps, replaces and forgets entries as a Map does, and counts them', () => {
    const map = new ShardedMap<number>();
    const plain = new Map<string, number>();
    const keys = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `moment:${randomUUID()}` : i % 3 === 1 ? `n${i}` : `${i}`));
    keys.forEach((key, i) => {
      map.set(key, i);
      plain.set(key, i);
    });
    // Replacing a value does not count the key twice; deleting a missing key changes nothing.
    for (const key of keys.slice(0, 500)) {
      map.set(key, -1);
      plain.set(key, -1);
    }
    for (const key of keys.slice(1000, 1600)) expect(map.delete(key)).toBe(plain.delete(key));
    expect(map.delete('never there')).toBe(false);
    expect(map.size).toBe(plain.size);
    for (const key of keys) {
      expect(map.has(key)).toBe(plain.has(key));
      expect(map.get(key)).toBe(plain.get(key));
    }
    expect(new Map(map.entries())).toEqual(plain);
    expect([...map.values()].sort((a, b) => a - b)).toEqual([...plain.values()].sort((a, b) => a - b));
    map.clear();
    expect(map.size).toBe(0);
    expect([...map.values()]).toEqual([]);
    expect(map.get(keys[0]!)).toBeUndefined();
  });

  it('spreads ids over its shards, so no Map inside grows past a fraction of the whole', () => {
    const map = new ShardedMap<null>();
    for (let i = 0; i < 100_000; i++) map.set(`moment:${randomUUID()}`, null);
    const shards = (map as unknown as { shards: Map<string, null>[] }).shards;
    const sizes = shards.map((shard) => shard.size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(100_000);
    // 64 shards: about 1,560 each. None near the 65,536 entries where one Map's rehash holds the process for ~11 ms.
    expect(Math.max(...sizes)).toBeLessThan(2_500);
    expect(Math.min(...sizes)).toBeGreaterThan(800);
  });
});
