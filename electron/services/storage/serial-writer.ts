interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Runs one write at a time for a file and coalesces requests that arrive meanwhile into a
 * single follow-up write, which serialises the data as it is when that write starts. Every
 * caller's promise settles only after a write that includes its change has finished.
 */
export class SerialWriter {
  private inFlight: Promise<void> | null = null;
  private queued: Deferred | null = null;

  constructor(private readonly performWrite: () => Promise<void>) {}

  request(): Promise<void> {
    if (!this.inFlight) {
      this.inFlight = this.run();
      return this.inFlight;
    }
    this.queued ??= deferred();
    return this.queued.promise;
  }

  /** Resolves when no write is running or queued. */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight.catch(() => undefined);
  }

  private async run(): Promise<void> {
    try {
      await this.performWrite();
    } finally {
      const next = this.queued;
      this.queued = null;
      if (next) {
        this.inFlight = this.run();
        this.inFlight.then(next.resolve, next.reject);
      } else {
        this.inFlight = null;
      }
    }
  }
}
