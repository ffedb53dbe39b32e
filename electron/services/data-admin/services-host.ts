import { AsyncLocalStorage } from 'node:async_hooks';
import type { NoticeBoard } from '../notices';

/** What a restore or "delete all" needs of the reopened services: where to tell the user. */
export interface ReopenedServices {
  notices: NoticeBoard;
}

/**
 * What the services may ask of whoever owns them (the AppHost): to be closed and opened again
 * around an operation on their files (restoring a backup, deleting everything).
 */
export interface ServicesHost {
  /**
   * Waits for the commands in flight (other than the caller) and holds new ones, closes the
   * services (timers stopped, writes flushed), runs `operation` while no data file is open,
   * reads again what it keeps about the files, and opens new services over the same folder.
   * Resolves with the new services (null if they stay locked); rejects with the operation's
   * error (the services are opened again anyway) or a ReopenError if they could not be.
   */
  reopen(operation: () => Promise<void>): Promise<ReopenedServices | null>;
  /** What the shell keeps besides Touchpoint's files (the browser profile's storage), erased on "delete all". */
  eraseShellData(): Promise<void>;
}

export class ReopenError extends Error {
  constructor(override readonly cause: unknown) {
    super(`The services could not be opened again: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ReopenError';
  }
}

/**
 * Lets work that swaps the files under the services (a restore, deleting everything, turning
 * encryption on) run alone: while it runs, new commands wait, and it starts only once the
 * commands already in flight have finished, so none of them writes into the swapped files.
 * A command that itself asks for exclusive work is not waited for (that would never end).
 */
export class CommandGate {
  private held: Promise<void> | null = null;
  /** Exclusive work runs one piece after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  private drained: (() => void) | null = null;
  private readonly command = new AsyncLocalStorage<true>();

  /** Runs a command: after any exclusive work, counted as in flight until it settles. */
  async run<T>(command: () => Promise<T>): Promise<T> {
    while (this.held) await this.held;
    this.inFlight++;
    try {
      return await this.command.run(true, command);
    } finally {
      this.leave();
    }
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const fromCommand = this.command.getStore() === true;
    if (fromCommand) this.leave();
    const run = this.command.exit(() => this.queue.then(() => this.alone(work)));
    this.queue = run.catch(() => undefined);
    return run.finally(() => {
      if (fromCommand) this.inFlight++;
    });
  }

  /** Resolves once no exclusive work is queued or running. */
  async idle(): Promise<void> {
    await this.queue;
  }

  private async alone<T>(work: () => Promise<T>): Promise<T> {
    let release = () => undefined as void;
    this.held = new Promise<void>((resolve) => (release = resolve));
    try {
      if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      return await work();
    } finally {
      this.held = null;
      release();
    }
  }

  private leave(): void {
    this.inFlight--;
    if (this.inFlight === 0 && this.drained) {
      const resolve = this.drained;
      this.drained = null;
      resolve();
    }
  }
}
