import type { z } from 'zod';
import { AppError } from '../../../shared/domain/errors';
import type { Note, NoteInputSchema } from '../../../shared/domain/note';
import type { Clock } from '../clock';
import type { Emit } from '../events';
import type { PartitionedCollection, StorageWriteError } from '../storage/collection';
import { writeOrKeep } from '../storage/write-or-keep';
import { t } from '../text/main-text';

export interface NoteServiceDeps {
  collection: PartitionedCollection<Note>;
  clock: Clock;
  timeZone: () => string;
  newId: () => string;
  emit: Emit;
  onWriteFailed: (error: StorageWriteError) => void;
}

/** Free-form notes in the reflection log. */
export class NoteService {
  constructor(private readonly deps: NoteServiceDeps) {}

  get(id: string): Note {
    const note = this.deps.collection.get(id);
    if (!note) throw new AppError('not_found', t('errors:entries.noteGone'));
    return note;
  }

  all(): Note[] {
    return [...this.deps.collection.values()];
  }

  async add(input: z.output<typeof NoteInputSchema>): Promise<Note> {
    const now = this.deps.clock.now().toISOString();
    const note: Note = { id: this.deps.newId(), text: input.text, occurredAt: input.occurredAt ?? now, timeZone: this.deps.timeZone(), createdAt: now, updatedAt: now };
    await this.write(() => this.deps.collection.insert(note));
    this.changed(note.id);
    return note;
  }

  async update(id: string, input: z.output<typeof NoteInputSchema>): Promise<Note> {
    const before = this.get(id);
    const after: Note = { ...before, text: input.text, occurredAt: input.occurredAt ?? before.occurredAt, updatedAt: this.deps.clock.now().toISOString() };
    await this.write(() => this.deps.collection.replace(after));
    this.changed(id);
    return after;
  }

  async remove(id: string): Promise<Note> {
    const note = this.get(id);
    await this.write(() => this.deps.collection.remove(id));
    this.changed(id);
    return note;
  }

  async restore(note: Note): Promise<Note> {
    if (this.deps.collection.get(note.id)) throw new AppError('conflict', t('errors:entries.noteExists'));
    await this.write(() => this.deps.collection.insert(note));
    this.changed(note.id);
    return note;
  }

  private write(operation: () => Promise<unknown>): Promise<void> {
    return writeOrKeep(operation, this.deps.onWriteFailed);
  }

  private changed(id: string): void {
    this.deps.emit('log.changed', { kind: 'note', id, at: this.deps.clock.now().toISOString() });
  }
}
