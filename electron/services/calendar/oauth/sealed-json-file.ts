import { rename } from 'node:fs/promises';
import type { z } from 'zod';
import type { Clock } from '../../clock';
import { readFileIfExists, writeFileDurably } from '../../storage/durable-file';

/**
 * A small JSON file of sealed secrets (tokens, own clients): written durably one change at a
 * time, and set aside, never deleted, when it cannot be read — it may still be read by hand.
 */
export class SealedJsonFile<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly clock: Clock,
  ) {}

  /** The file's content; null when there is none or when it was unreadable and set aside (`setAside` true). */
  async read(): Promise<{ value: T | null; setAside: boolean }> {
    const bytes = await readFileIfExists(this.path);
    if (bytes === null) return { value: null, setAside: false };
    try {
      return { value: this.schema.parse(JSON.parse(bytes.toString('utf8'))), setAside: false };
    } catch {
      await rename(this.path, `${this.path}.unreadable-${this.clock.now().toISOString().replace(/[:.]/g, '-')}`);
      return { value: null, setAside: true };
    }
  }

  /**
   * Writes what `produce` returns when this change's turn comes, then calls `landed` with it, so
   * each change starts from the one before. A failed write changes nothing and does not block the next.
   */
  save(produce: () => T, landed: (written: T) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const next = produce();
      await writeFileDurably(this.path, `${JSON.stringify(next, null, 2)}\n`);
      landed(next);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async idle(): Promise<void> {
    await this.queue.catch(() => undefined);
  }
}
