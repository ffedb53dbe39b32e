import { AppError } from '../../../shared/domain/errors';
import type { Moment, MomentPatchSchema, MomentInputSchema } from '../../../shared/domain/moment';
import type { z } from 'zod';
import type { Clock } from '../clock';
import type { Emit } from '../events';
import type { PartitionedCollection, StorageWriteError } from '../storage/collection';
import { writeOrKeep } from '../storage/write-or-keep';
import { NewestFirstIndex } from './sorted-index';
import { t } from '../text/main-text';

export interface MomentServiceDeps {
  collection: PartitionedCollection<Moment>;
  clock: Clock;
  timeZone: () => string;
  newId: () => string;
  emit: Emit;
  /** Called when a change is kept in memory because the disk refused it. */
  onWriteFailed: (error: StorageWriteError) => void;
}

type ParsedInput = z.output<typeof MomentInputSchema>;
type ParsedPatch = z.output<typeof MomentPatchSchema>;

interface PersonStat {
  name: string;
  count: number;
  lastAt: string;
}

/** The moments in the reflection log: add, edit, delete with undo, page, suggest people. */
export class MomentService {
  private readonly index = new NewestFirstIndex<Moment>((m) => m.occurredAt);
  private people: Map<string, PersonStat> | null = null;

  constructor(private readonly deps: MomentServiceDeps) {
    this.index.reset(deps.collection.values());
    // Older months arrive after startup; take them in as they come.
    deps.collection.onAdopt(({ added, replaced }) => {
      for (const { before } of replaced) this.index.remove(before);
      this.index.insertMany([...added, ...replaced.map((r) => r.after)]);
      this.people = null;
    });
  }

  get count(): number {
    return this.index.size;
  }

  has(id: string): boolean {
    return this.deps.collection.get(id) !== undefined;
  }

  get(id: string): Moment {
    const moment = this.deps.collection.get(id);
    if (!moment) throw new AppError('not_found', t('errors:entries.momentGone'));
    return moment;
  }

  async add(input: ParsedInput): Promise<Moment> {
    const now = this.deps.clock.now().toISOString();
    const moment: Moment = {
      id: this.deps.newId(),
      kind: input.kind,
      valence: input.valence,
      tags: input.tags,
      people: input.people,
      note: input.note,
      occurredAt: input.occurredAt ?? now,
      timeZone: this.deps.timeZone(),
      meeting: input.meeting,
      source: input.source,
      createdAt: now,
      updatedAt: now,
    };
    await this.write(() => this.deps.collection.insert(moment));
    this.index.insert(moment);
    this.changed('added', moment.id);
    return moment;
  }

  async update(id: string, patch: ParsedPatch): Promise<Moment> {
    const before = this.get(id);
    const after: Moment = { ...before, ...definedOnly(patch), updatedAt: this.deps.clock.now().toISOString() };
    await this.write(() => this.deps.collection.replace(after));
    this.index.remove(before);
    this.index.insert(after);
    this.changed('updated', id);
    return after;
  }

  async remove(id: string): Promise<Moment> {
    const moment = this.get(id);
    await this.write(() => this.deps.collection.remove(id));
    this.index.remove(moment);
    this.changed('removed', id);
    return moment;
  }

  /** Undo of remove: the moment comes back with its original id and times. */
  async restore(moment: Moment): Promise<Moment> {
    if (this.deps.collection.get(moment.id)) {
      throw new AppError('conflict', t('errors:entries.momentExists'));
    }
    await this.write(() => this.deps.collection.insert(moment));
    this.index.insert(moment);
    this.changed('restored', moment.id);
    return moment;
  }

  list(limit: number, before?: string): { moments: Moment[]; nextCursor: string | null; total: number } {
    const page = this.index.page(limit, before);
    return { moments: page.items, nextCursor: page.nextCursor, total: this.index.size };
  }

  all(): readonly Moment[] {
    return this.index.all();
  }

  /** Moments that happened in [from, to) (ISO instants), newest first, found by binary search. */
  between(from: string, to: string): Moment[] {
    return this.index.range(from, to);
  }

  /** Names used before, best matches first: prefix matches, then recent, then frequent. */
  suggestPeople(query: string, limit: number): string[] {
    const q = query.trim().toLocaleLowerCase();
    const stats = [...this.peopleStats().values()];
    const scored = stats
      .map((s) => {
        const lower = s.name.toLocaleLowerCase();
        const rank = q === '' ? 1 : lower.startsWith(q) ? 0 : lower.split(/\s+/).some((w) => w.startsWith(q)) ? 1 : lower.includes(q) ? 2 : -1;
        return { s, rank };
      })
      .filter((x) => x.rank >= 0);
    scored.sort((a, b) => a.rank - b.rank || b.s.lastAt.localeCompare(a.s.lastAt) || b.s.count - a.s.count);
    return scored.slice(0, limit).map((x) => x.s.name);
  }

  private peopleStats(): Map<string, PersonStat> {
    if (this.people) return this.people;
    const people = new Map<string, PersonStat>();
    for (const m of this.index.all()) {
      for (const name of m.people) {
        const key = name.toLocaleLowerCase();
        const s = people.get(key);
        if (!s) people.set(key, { name, count: 1, lastAt: m.occurredAt });
        else {
          s.count++;
          // The index is newest first, so the first spelling seen is the latest one.
        }
      }
    }
    this.people = people;
    return people;
  }

  private write(operation: () => Promise<unknown>): Promise<void> {
    return writeOrKeep(operation, this.deps.onWriteFailed);
  }

  private changed(change: 'added' | 'updated' | 'removed' | 'restored', id: string): void {
    this.people = null;
    this.deps.emit('moments.changed', { change, id, at: this.deps.clock.now().toISOString() });
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
