import type { Clock } from '../../clock';

/** Timers as a dependency, so tests drive the loop by hand with a fake clock. */
export interface Scheduler {
  /** Runs `callback` after `delayMs`; returns a function that cancels it. */
  schedule(callback: () => void, delayMs: number): () => void;
}

export const systemScheduler: Scheduler = {
  schedule(callback, delayMs) {
    const timer = setTimeout(callback, delayMs);
    // A pending sync must never keep the process alive on its own.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/**
 * When each source is next due, and one timer for the earliest. Sources are synced by `run`,
 * which reports the next due time back through `setDue`.
 */
export class SyncLoop {
  private readonly due = new Map<string, number>();
  private cancelTimer: (() => void) | null = null;
  private running = false;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
    private readonly run: (sourceId: string) => Promise<unknown>,
    /** Enabled, fetchable, not syncing right now. */
    private readonly isEligible: (sourceId: string) => boolean,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts the loop; sources without a due time are due now (the app just started). */
  start(sourceIds: readonly string[]): void {
    this.running = true;
    const now = this.clock.now().getTime();
    for (const id of sourceIds) if (!this.due.has(id)) this.due.set(id, now);
    this.reschedule();
  }

  stop(): void {
    this.running = false;
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  setDue(sourceId: string, at: number): void {
    this.due.set(sourceId, at);
    this.reschedule();
  }

  forget(sourceId: string): void {
    this.due.delete(sourceId);
    this.reschedule();
  }

  /** The next planned sync, or null when the loop is stopped or the source is not planned. */
  nextAt(sourceId: string): number | null {
    return this.running ? (this.due.get(sourceId) ?? null) : null;
  }

  reschedule(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (!this.running) return;
    let earliest = Number.POSITIVE_INFINITY;
    for (const [id, at] of this.due) if (this.isEligible(id) && at < earliest) earliest = at;
    if (earliest === Number.POSITIVE_INFINITY) return;
    const delay = Math.max(0, earliest - this.clock.now().getTime());
    this.cancelTimer = this.scheduler.schedule(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    this.cancelTimer = null;
    if (!this.running) return;
    const now = this.clock.now().getTime();
    const dueNow = [...this.due].filter(([id, at]) => at <= now && this.isEligible(id)).map(([id]) => id);
    // Independent runs: `run` settles per source and never rejects for a broken source.
    await Promise.all(dueNow.map((id) => this.run(id).catch(() => undefined)));
    this.reschedule();
  }
}
