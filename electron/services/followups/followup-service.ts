import { AppError } from '../../../shared/domain/errors';
import type { FollowUp, FollowUpInputSchema } from '../../../shared/domain/followup';
import type { z } from 'zod';
import type { Clock } from '../clock';
import type { Emit } from '../events';
import type { PartitionedCollection, StorageWriteError } from '../storage/collection';
import { writeOrKeep } from '../storage/write-or-keep';
import { t } from '../text/main-text';

type ParsedInput = z.output<typeof FollowUpInputSchema>;

export interface FollowUpServiceDeps {
  collection: PartitionedCollection<FollowUp>;
  clock: Clock;
  newId: () => string;
  emit: Emit;
  onWriteFailed: (error: StorageWriteError) => void;
}

/** Follow-ups: small promises to act on after a moment, including repairs after a harm. */
export class FollowUpService {
  constructor(private readonly deps: FollowUpServiceDeps) {}

  async add(input: ParsedInput, origin: FollowUp['origin']): Promise<FollowUp> {
    const now = this.deps.clock.now().toISOString();
    const followUp: FollowUp = {
      id: this.deps.newId(),
      text: input.text,
      person: input.person,
      repair: input.repair,
      status: 'open',
      notBefore: null,
      origin,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    await this.write(() => this.deps.collection.insert(followUp));
    this.changed(followUp.id);
    return followUp;
  }

  get(id: string): FollowUp {
    const found = this.deps.collection.get(id);
    if (!found) throw new AppError('not_found', t('errors:entries.followUpGone'));
    return found;
  }

  /** Open follow-ups, oldest first; "later" ones are left out until their day comes. */
  open(today: string): FollowUp[] {
    return [...this.deps.collection.values()]
      .filter((f) => f.status === 'open' && (f.notBefore === null || f.notBefore <= today))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  all(): FollowUp[] {
    return [...this.deps.collection.values()];
  }

  /** done / dropped close it; later hides it until `notBefore`; open reopens it. */
  async setStatus(id: string, status: FollowUp['status'] | 'later', notBefore: string | null = null): Promise<FollowUp> {
    const before = this.get(id);
    const now = this.deps.clock.now().toISOString();
    const after: FollowUp =
      status === 'later'
        ? { ...before, status: 'open', notBefore, updatedAt: now, closedAt: null }
        : { ...before, status, notBefore: null, updatedAt: now, closedAt: status === 'open' ? null : now };
    await this.write(() => this.deps.collection.replace(after));
    this.changed(id);
    return after;
  }

  async edit(id: string, patch: Partial<Pick<FollowUp, 'text' | 'person'>>): Promise<FollowUp> {
    const before = this.get(id);
    const after: FollowUp = { ...before, ...patch, updatedAt: this.deps.clock.now().toISOString() };
    await this.write(() => this.deps.collection.replace(after));
    this.changed(id);
    return after;
  }

  async remove(id: string): Promise<FollowUp> {
    const removed = this.get(id);
    await this.write(() => this.deps.collection.remove(id));
    this.changed(id);
    return removed;
  }

  async restore(followUp: FollowUp): Promise<FollowUp> {
    if (this.deps.collection.get(followUp.id)) throw new AppError('conflict', t('errors:entries.followUpExists'));
    await this.write(() => this.deps.collection.insert(followUp));
    this.changed(followUp.id);
    return followUp;
  }

  private write(operation: () => Promise<unknown>): Promise<void> {
    return writeOrKeep(operation, this.deps.onWriteFailed);
  }

  private changed(id: string): void {
    this.deps.emit('log.changed', { kind: 'follow-up', id, at: this.deps.clock.now().toISOString() });
  }
}
