/**
 * Quitting, so that nothing written is lost and quitting never hangs:
 * - every way out (the tray's Quit, Cmd-Q, a second quit while the first is flushing, the OS
 *   shutting down) runs the same single flush, and the app quits only after it;
 * - the flush aborts network work (calendar syncs) rather than waiting for it, and if it still
 *   has not finished after the deadline the app quits anyway, saying so in the log;
 * - Windows sends no before-quit on shutdown or log-off, only session-end: the flush starts then;
 * - changes that still cannot be written (a full or read-only disk) are not dropped silently:
 *   the user is asked first, and may keep the app open (see ShellController.confirmQuit).
 */
export const QUIT_DEADLINE_MS = 8_000;

export interface QuitTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class QuitFlow {
  private flushing: Promise<void> | null = null;
  private finishing: Promise<void> | null = null;
  private done = false;

  constructor(
    private readonly deps: {
      /**
       * Before the flush, without a deadline (it may ask the user): 'stay' cancels this quit,
       * e.g. when changes still cannot be written and the user keeps the app open.
       */
      confirm: () => Promise<'quit' | 'stay'>;
      /** Saves everything and stops the services (waits for a start still under way). */
      flush: () => Promise<void>;
      /** Quits for real (Electron: app.quit() again, which now passes through). */
      finish: () => void;
      timers: QuitTimers;
      deadlineMs?: number;
      log: (message: string, error?: unknown) => void;
    },
  ) {}

  /** before-quit: true holds the quit until the flush is done. */
  beforeQuit(): boolean {
    if (this.done) return false;
    // Quit once the flush is done: asked for once, however many quits come meanwhile.
    this.finishing ??= this.confirmThenRun();
    return true;
  }

  private async confirmThenRun(): Promise<void> {
    const answer = await this.deps.confirm().catch((error: unknown) => {
      this.deps.log('Checking before quitting failed', error);
      return 'quit' as const;
    });
    if (answer === 'stay') {
      this.finishing = null; // a later quit asks again
      return;
    }
    await this.run();
    this.deps.finish();
  }

  /** The OS session ends (Windows): flush now; the OS ends the process afterwards. */
  sessionEnding(): Promise<void> {
    return this.run();
  }

  /** The one flush, however many times quitting is asked for. */
  private run(): Promise<void> {
    this.flushing ??= this.flushWithDeadline().finally(() => {
      this.done = true;
    });
    return this.flushing;
  }

  private async flushWithDeadline(): Promise<void> {
    let timer: unknown;
    const deadline = new Promise<'late'>((resolve) => {
      timer = this.deps.timers.setTimeout(() => resolve('late'), this.deps.deadlineMs ?? QUIT_DEADLINE_MS);
    });
    const flushed = this.deps.flush().then(
      () => 'flushed' as const,
      (error: unknown) => {
        this.deps.log('Saving before quitting failed', error);
        return 'failed' as const;
      },
    );
    const outcome = await Promise.race([flushed, deadline]);
    this.deps.timers.clearTimeout(timer);
    if (outcome === 'late') this.deps.log('Quitting before saving finished: it took too long.');
  }
}
