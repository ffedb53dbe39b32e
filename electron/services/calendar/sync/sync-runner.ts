import type { Clock } from '../../clock';
import type { CacheStore } from './cache-store';
import type { RemoteCalendar } from './caldav-client';
import { syncApiSource, type ApiSourcesConfig } from './api-source-sync';
import { describeForLog } from './redact';
import { mergeDiscovered } from './source-factory';
import type { CalendarSyncEvent, StoredSource } from './source-schema';
import type { SourceStore } from './source-store';
import { syncCalDavSource, syncIcsUrl, type SourceSyncOutcome, type SyncDeps } from './source-sync';
import type { PersistedStatus, StatusFile } from './status-file';
import { SyncError, toSyncError } from './sync-error';
import { SyncLoop, type Scheduler } from './sync-loop';
import { t } from '../../text/main-text';

export interface SyncRunnerContext {
  store: SourceStore;
  cache: CacheStore;
  statusFile: StatusFile;
  deps: SyncDeps;
  clock: Clock;
  scheduler: Scheduler;
  intervalMs: number;
  retryBaseMs: number;
  log: (message: string) => void;
  emit: (event: CalendarSyncEvent) => void;
  /** Called when a sync ends or starts, to publish the source's status. */
  statusChanged: (sourceId: string) => void;
  /** Called when a sync refreshed a CalDAV account's list of calendars. */
  sourcesChanged: () => void;
  /** Google and Microsoft accounts; null where the app has no OAuth wiring. */
  api: ApiSourcesConfig | null;
}

interface Runtime {
  syncing: Promise<void> | null;
  /** Aborts the running sync's requests when its result can no longer be used. */
  cancel: AbortController | null;
  syncingGeneration: number;
  /** Bumped by edits that change what a sync would fetch; results of older syncs are dropped. */
  generation: number;
}

/**
 * Runs syncs: at most one per source at a time, each independent of the others, on the loop's
 * timer or on demand. A success replaces the last good copy; a failure only records the status.
 */
export class SyncRunner {
  private readonly runtimes = new Map<string, Runtime>();
  private readonly loop: SyncLoop;

  constructor(private readonly context: SyncRunnerContext) {
    this.loop = new SyncLoop(context.scheduler, context.clock, (id) => this.sync(id), (id) => this.isFetchable(id) && !this.isSyncing(id));
  }

  get isRunning(): boolean {
    return this.loop.isRunning;
  }

  isSyncing(id: string): boolean {
    return (this.runtimes.get(id)?.syncing ?? null) !== null;
  }

  nextAt(id: string): number | null {
    return this.isFetchable(id) ? this.loop.nextAt(id) : null;
  }

  isFetchable(id: string): boolean {
    const source = this.context.store.get(id);
    return source !== undefined && source.enabled && source.kind !== 'ics-file';
  }

  start(): void {
    this.loop.start(this.context.store.list().map((source) => source.id));
  }

  stop(): void {
    this.loop.stop();
  }

  /** The source's fetch settings changed: drop results of running syncs and fetch again soon. */
  invalidate(id: string): void {
    const runtime = this.runtime(id);
    runtime.generation++;
    runtime.cancel?.abort();
    this.loop.setDue(id, this.context.clock.now().getTime());
  }

  reschedule(): void {
    this.loop.reschedule();
  }

  /** The source is gone: wait for its running sync (whose result is dropped) and forget it. */
  async forget(id: string): Promise<void> {
    const runtime = this.runtime(id);
    runtime.generation++;
    runtime.cancel?.abort();
    await runtime.syncing?.catch(() => undefined);
    this.runtimes.delete(id);
    this.loop.forget(id);
  }

  /** Syncs one source now, or joins the sync already running with the same settings. */
  async sync(id: string): Promise<void> {
    const runtime = this.runtime(id);
    if (runtime.syncing) {
      const joinedGeneration = runtime.syncingGeneration;
      await runtime.syncing;
      if (joinedGeneration === runtime.generation) return;
      return this.sync(id);
    }
    if (!this.isFetchable(id)) return;
    runtime.syncingGeneration = runtime.generation;
    const cancel = new AbortController();
    runtime.cancel = cancel;
    runtime.syncing = this.run(id, runtime.generation, cancel.signal).finally(() => {
      runtime.syncing = null;
      if (runtime.cancel === cancel) runtime.cancel = null;
      if (this.context.store.get(id)) this.context.statusChanged(id);
      this.loop.reschedule();
    });
    this.context.statusChanged(id);
    await runtime.syncing;
  }

  /** Quitting or locking: running syncs are aborted (their results dropped), not waited out. */
  async close(): Promise<void> {
    this.loop.stop();
    for (const runtime of this.runtimes.values()) {
      runtime.generation++;
      runtime.cancel?.abort();
    }
    for (const runtime of this.runtimes.values()) await runtime.syncing?.catch(() => undefined);
  }

  private async run(id: string, generation: number, cancel: AbortSignal): Promise<void> {
    const { clock, cache } = this.context;
    const startedAt = clock.now().toISOString();
    const before = this.context.statusFile.get(id);
    let secrets: string[] = [];
    try {
      const source = this.context.store.get(id);
      if (!source) return;
      const outcome = await this.fetch(source, cancel, (found) => (secrets = found));
      if (!this.isCurrent(id, generation)) return;
      if (outcome.remoteCalendars) await this.refreshCalendarList(id, outcome.remoteCalendars);
      if (outcome.account !== undefined) await this.refreshAccount(id, outcome.account);
      if (outcome.copy) {
        const copy = outcome.copy;
        await cache.put(id, copy).catch(() => Promise.reject(new SyncError('storage', t('calendar:sync.storage'))));
      }
      const now = clock.now();
      await this.saveStatus(id, { lastAttemptAt: startedAt, lastSuccessAt: now.toISOString(), lastError: null, lastErrorKind: null, failures: 0 });
      this.loop.setDue(id, now.getTime() + this.context.intervalMs);
      if (outcome.dataChanged) this.context.emit({ type: 'data-changed', sourceIds: [id] });
    } catch (error) {
      if (!this.isCurrent(id, generation)) return;
      const problem = toSyncError(error);
      const internal = problem.kind === 'unexpected' ? error : problem.cause;
      const detail = internal === undefined ? '' : `: ${describeForLog(internal, secrets)}`;
      this.context.log(`calendar source ${id} sync failed (${problem.kind})${detail}`);
      const failures = before.failures + 1;
      await this.saveStatus(id, { ...before, lastAttemptAt: startedAt, lastError: problem.message, lastErrorKind: problem.kind, failures });
      // Retry sooner than the interval (1, 2, 4... minutes): most failures are short outages.
      // A server's Retry-After (Google, Graph) is honoured even when it is longer.
      const backOffMs = Math.min(this.context.intervalMs, this.context.retryBaseMs * 2 ** Math.min(failures - 1, 20));
      const retryMs = Math.max(backOffMs, problem.retryAfterMs ?? 0);
      this.loop.setDue(id, clock.now().getTime() + retryMs);
    }
  }

  private async fetch(source: StoredSource, cancel: AbortSignal, noteSecrets: (secrets: string[]) => void): Promise<SourceSyncOutcome & { account?: string | null }> {
    const { store, cache, deps } = this.context;
    const cached = cache.get(source.id) ?? null;
    switch (source.kind) {
      case 'ics-url': {
        const url = store.openSecret(source.url);
        if (!url.ok) throw new SyncError('secret-unavailable', t('calendar:sync.addressUnreadable'));
        noteSecrets([url.value]);
        return syncIcsUrl(source.id, url.value, cached?.kind === 'ics' ? cached : null, deps, cancel);
      }
      case 'caldav': {
        const password = store.openSecret(source.password);
        if (!password.ok) throw new SyncError('secret-unavailable', t('calendar:sync.passwordUnreadable'));
        noteSecrets([password.value]);
        const config = { serverUrl: source.serverUrl, username: source.username, password: password.value, calendars: source.calendars };
        return syncCalDavSource(source.id, config, cached?.kind === 'caldav' ? cached : null, deps, cancel);
      }
      case 'ics-file':
        return { copy: null, dataChanged: false, remoteCalendars: null };
      case 'google':
      case 'microsoft': {
        if (!this.context.api) throw new SyncError('unexpected', t('calendar:sync.noApiSync'));
        const copy = cached?.kind === 'google' || cached?.kind === 'microsoft' ? cached : null;
        return syncApiSource(source.id, source.kind, copy, deps, this.context.api, cancel);
      }
    }
  }

  private async refreshAccount(id: string, account: string | null): Promise<void> {
    const source = this.context.store.get(id);
    if ((source?.kind !== 'google' && source?.kind !== 'microsoft') || source.account === account || account === null) return;
    await this.context.store.update(id, (current) => (current.kind === 'google' || current.kind === 'microsoft' ? { ...current, account } : current));
    this.context.sourcesChanged();
  }

  private async refreshCalendarList(id: string, remote: readonly RemoteCalendar[]): Promise<void> {
    const source = this.context.store.get(id);
    if (source?.kind !== 'caldav') return;
    const next = mergeDiscovered(source.calendars, remote);
    if (JSON.stringify(next) === JSON.stringify(source.calendars)) return;
    await this.context.store.update(id, (current) => (current.kind === 'caldav' ? { ...current, calendars: next } : current));
    this.context.sourcesChanged();
  }

  private async saveStatus(id: string, status: PersistedStatus): Promise<void> {
    // The status is already current in memory; a failed write only loses it across a restart.
    await this.context.statusFile.set(id, status).catch((error: unknown) => this.context.log(`calendar status write failed: ${describeForLog(error, [])}`));
  }

  private isCurrent(id: string, generation: number): boolean {
    return this.context.store.get(id) !== undefined && this.runtime(id).generation === generation;
  }

  private runtime(id: string): Runtime {
    let runtime = this.runtimes.get(id);
    if (!runtime) {
      runtime = { syncing: null, cancel: null, syncingGeneration: 0, generation: 0 };
      this.runtimes.set(id, runtime);
    }
    return runtime;
  }
}
