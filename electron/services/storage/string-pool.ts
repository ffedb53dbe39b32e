/**
 * Years of history repeat the same short strings over and over: each record's time zone, the
 * people and behaviours it names, its meeting's title and attendees, a review's questions, and
 * within one record the same instant (created, updated, occurred) and the same meeting (the
 * intention and the reflection on it). JSON.parse gives every occurrence its own copy; this
 * makes equal strings one string, which is most of what the loaded records weigh beyond their
 * notes.
 *
 * Only values under the keys below are shared across records: those repeat. Others (ids,
 * instants, notes) are shared within their record only, so the pool never keeps a copy of
 * every id and instant ever loaded.
 */
const ACROSS_RECORDS = new Set(['timeZone', 'people', 'person', 'tags', 'title', 'name', 'email', 'question', 'kind', 'valence', 'source', 'kept', 'type', 'promptId']);

/** Longer values are seldom repeated, and a pool of them would only keep them alive. */
const MAX_SHARED_LENGTH = 300;

export class StringPool {
  private readonly acrossRecords = new Map<string, string>();
  private readonly withinRecord = new Map<string, string>();

  /**
   * Replaces, in place, the strings of a record just read (owned by the store, not yet seen
   * by anyone else) by equal ones already held. Returns the record.
   */
  compact<T>(record: T): T {
    this.withinRecord.clear();
    this.walk(record, false);
    return record;
  }

  /** The equal string already held, if any (else `text` is held from now on). Equal strings compare equal, so callers store the answer whenever there is one. */
  private held(text: string, acrossRecords: boolean): string | undefined {
    if (text.length > MAX_SHARED_LENGTH) return undefined;
    const pool = acrossRecords ? this.acrossRecords : this.withinRecord;
    const held = pool.get(text);
    if (held === undefined) pool.set(text, text);
    return held;
  }

  private walk(value: unknown, acrossRecords: boolean): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') {
          const held = this.held(item, acrossRecords);
          if (held !== undefined) value[i] = held;
        } else if (item !== null && typeof item === 'object') this.walk(item, acrossRecords);
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const item = object[key];
      const across = ACROSS_RECORDS.has(key);
      if (typeof item === 'string') {
        const held = this.held(item, across);
        if (held !== undefined) object[key] = held;
      } else if (item !== null && typeof item === 'object') this.walk(item, across);
    }
  }
}
