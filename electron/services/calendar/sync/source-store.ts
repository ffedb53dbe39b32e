import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileIfExists, writeFileDurably } from '../../storage/durable-file';
import type { Clock } from '../../clock';
import { openSecret, safeIsAvailable, sealSecret, type OpenedSecret, type SealedSecret, type SecretBox } from './secret-box';
import { SourcesFileSchema, type SourcesFile, type StoredSource } from './source-schema';
import { t } from '../../text/main-text';

export interface SourceStoreOptions {
  /** `<data>/calendar`; the store owns `sources.json` in it. */
  directory: string;
  /** Null when the platform has no key store at all; secrets are then stored marked unprotected. */
  secretBox: SecretBox | null;
  clock: Clock;
  log: (message: string) => void;
}

/**
 * The user's calendar sources in `sources.json`. Every change is written durably before it is
 * applied in memory, one at a time, so memory never shows a state the disk does not have.
 */
export class SourceStore {
  private sources: StoredSource[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** Set when sources.json was unreadable and set aside; the UI should tell the user. */
  loadProblem: string | null = null;

  private constructor(private readonly options: SourceStoreOptions) {}

  static async open(options: SourceStoreOptions): Promise<SourceStore> {
    const store = new SourceStore(options);
    await store.load();
    return store;
  }

  get path(): string {
    return join(this.options.directory, 'sources.json');
  }

  list(): readonly StoredSource[] {
    return this.sources;
  }

  get(id: string): StoredSource | undefined {
    return this.sources.find((source) => source.id === id);
  }

  seal(plain: string): SealedSecret {
    return sealSecret(this.options.secretBox, plain);
  }

  openSecret(sealed: SealedSecret): OpenedSecret {
    return openSecret(this.options.secretBox, sealed);
  }

  add(source: StoredSource): Promise<StoredSource> {
    return this.change((current) => {
      if (current.some((existing) => existing.id === source.id)) throw new Error(`Duplicate source id ${source.id}`);
      return { next: [...current, source], result: source };
    });
  }

  /** Replaces one source with `update(source)`; throws when it does not exist. */
  update(id: string, update: (source: StoredSource) => StoredSource): Promise<StoredSource> {
    return this.change((current) => {
      const index = current.findIndex((source) => source.id === id);
      const existing = current[index];
      if (!existing) throw new UnknownSourceError(id);
      const replaced = update(existing);
      return { next: current.map((source, i) => (i === index ? replaced : source)), result: replaced };
    });
  }

  remove(id: string): Promise<StoredSource> {
    return this.change((current) => {
      const existing = current.find((source) => source.id === id);
      if (!existing) throw new UnknownSourceError(id);
      return { next: current.filter((source) => source.id !== id), result: existing };
    });
  }

  /** Resolves when every queued write has finished. */
  async idle(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  private change<T>(apply: (current: readonly StoredSource[]) => { next: StoredSource[]; result: T }): Promise<T> {
    const run = this.queue.then(async () => {
      const { next, result } = apply(this.sources);
      const file: SourcesFile = { version: 1, sources: next };
      await writeFileDurably(this.path, `${JSON.stringify(file, null, 2)}\n`);
      this.sources = next;
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<void> {
    const bytes = await readFileIfExists(this.path);
    if (bytes === null) return;
    let parsed: SourcesFile;
    try {
      parsed = SourcesFileSchema.parse(JSON.parse(bytes.toString('utf8')));
    } catch {
      // Never silently empty the user's list: keep the unreadable file aside for support/recovery.
      const aside = join(this.options.directory, `sources.unreadable-${this.options.clock.now().toISOString().replace(/[:.]/g, '-')}.json`);
      await rename(this.path, aside);
      this.loadProblem = t('calendar:sync.sourcesUnreadable', { path: aside });
      this.options.log('calendar sources.json unreadable; set aside');
      return;
    }
    this.sources = parsed.sources;
    await this.protectPlainSecrets();
  }

  /** Secrets saved while no key store existed are encrypted as soon as one appears. */
  private async protectPlainSecrets(): Promise<void> {
    const box = this.options.secretBox;
    if (!box || !safeIsAvailable(box)) return;
    const reseal = (secret: SealedSecret): SealedSecret => (secret.protected ? secret : sealSecret(box, secret.plain));
    const needsWork = this.sources.some(
      (source) => (source.kind === 'ics-url' && !source.url.protected) || (source.kind === 'caldav' && !source.password.protected),
    );
    if (!needsWork) return;
    await this.change((current) => ({
      next: current.map((source): StoredSource => {
        switch (source.kind) {
          case 'ics-url':
            return { ...source, url: reseal(source.url) };
          case 'caldav':
            return { ...source, password: reseal(source.password) };
          case 'ics-file':
          case 'google':
          case 'microsoft':
            return source;
        }
      }),
      result: undefined,
    }));
  }
}

export class UnknownSourceError extends Error {
  override readonly name = 'UnknownSourceError';
  constructor(readonly sourceId: string) {
    super(`No calendar source with id ${sourceId}`);
  }
}
