import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Clock } from '../../clock';
import type { ConnectRequest, DisconnectResult } from '../oauth/oauth-connections';
import type { TokenStore } from '../oauth/token-store';
import type { ApiSourcesConfig } from './api-source-sync';
import { CacheStore } from './cache-store';
import { pickSourceColor } from './colors';
import { DEFAULT_HTTP_LIMITS, type FetchLike, type HttpLimits } from './http-limits';
import { feedsOf, type CalendarFeed } from './calendar-feeds';
import { ParsedCalendarCache } from './parsed-cache';
import { describeForLog } from './redact';
import type { SecretBox } from './secret-box';
import { applyCredentials, buildStoredSource, selectCalendars } from './source-factory';
import {
  CredentialsPatchSchema,
  HexColorSchema,
  SourceInputSchema,
  type CalendarSourceView,
  type CalendarSyncEvent,
  type ConnectionTestResult,
  type CredentialsPatch,
  type SourceConnection,
  type SourceInput,
  type SourceStatus,
  type StoredSource,
} from './source-schema';
import { SourceStore, UnknownSourceError } from './source-store';
import { importIcsText, testConnection, type SyncDeps } from './source-sync';
import { buildStatus, tokenStateOf, toSourceView } from './source-views';
import { StatusFile } from './status-file';
import { SyncError } from './sync-error';
import { systemScheduler, type Scheduler } from './sync-loop';
import { SyncRunner } from './sync-runner';
import { t } from '../../text/main-text';

export type { CalendarSyncEvent } from './source-schema';

export interface CalendarSyncOptions {
  /** The app's data folder; everything lives in its `calendar/` subfolder. */
  dataDirectory: string;
  /** Electron's safeStorage in the app; null where there is none. */
  secretBox: SecretBox | null;
  clock: Clock;
  /** The user's IANA zone (floating times in feeds are read in it). */
  timeZone: () => string;
  fetch?: FetchLike;
  scheduler?: Scheduler;
  limits?: Partial<HttpLimits>;
  /** Default 10 minutes. */
  syncIntervalMs?: number;
  /** First retry after a failure; doubles per failure up to the interval. Default 1 minute. */
  retryBaseMs?: number;
  newId?: () => string;
  onEvent?: (event: CalendarSyncEvent) => void;
  /** Receives only redacted messages. */
  log?: (message: string) => void;
  parsed?: ParsedCalendarCache;
  /** Google and Microsoft accounts: the OAuth connections and where their refresh tokens are kept. */
  oauth?: ApiSourcesConfig & { tokens: TokenStore };
}

export type { CalendarFeed } from './calendar-feeds';

/**
 * The user's calendar sources: CRUD, sync (on a timer, on demand, on resume), the last good
 * copy of each, and its status. Each source syncs independently; a failure only changes that
 * source's status and never touches its last good copy.
 */
export class CalendarSyncService {
  private readonly listeners = new Set<(event: CalendarSyncEvent) => void>();
  private readonly deps: SyncDeps;
  private readonly runner: SyncRunner;
  private readonly log: (message: string) => void;

  private constructor(
    private readonly options: CalendarSyncOptions,
    private readonly store: SourceStore,
    private readonly cache: CacheStore,
    private readonly statusFile: StatusFile,
    readonly parsed: ParsedCalendarCache,
  ) {
    this.log = options.log ?? ((message) => console.warn(message));
    this.deps = { fetch: options.fetch ?? globalThis.fetch, limits: { ...DEFAULT_HTTP_LIMITS, ...options.limits }, clock: options.clock, timeZone: options.timeZone, parsed };
    this.runner = new SyncRunner({
      store,
      cache,
      statusFile,
      deps: this.deps,
      clock: options.clock,
      scheduler: options.scheduler ?? systemScheduler,
      intervalMs: options.syncIntervalMs ?? 10 * 60_000,
      retryBaseMs: options.retryBaseMs ?? 60_000,
      log: this.log,
      emit: (event) => this.emit(event),
      statusChanged: (id) => this.emit({ type: 'status-changed', status: this.status(id) }),
      sourcesChanged: () => this.emitSources(),
      api: options.oauth ?? null,
    });
    if (options.onEvent) this.listeners.add(options.onEvent);
  }

  static async open(options: CalendarSyncOptions): Promise<CalendarSyncService> {
    const directory = join(options.dataDirectory, 'calendar');
    const log = options.log ?? ((message: string) => console.warn(message));
    const store = await SourceStore.open({ directory, secretBox: options.secretBox, clock: options.clock, log });
    const cache = await CacheStore.open(directory, store.list().map((source) => source.id), log);
    const statusFile = await StatusFile.open(directory);
    return new CalendarSyncService(options, store, cache, statusFile, options.parsed ?? new ParsedCalendarCache());
  }

  /** Set when sources.json was unreadable and was set aside: worth a notice. */
  get loadProblem(): string | null {
    return this.store.loadProblem;
  }

  subscribe(listener: (event: CalendarSyncEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  listSources(): CalendarSourceView[] {
    return this.store.list().map((source) => this.view(source));
  }

  getSource(id: string): CalendarSourceView {
    return this.view(this.require(id));
  }

  status(id: string): SourceStatus {
    this.require(id);
    const cached = this.cache.get(id);
    return buildStatus({ sourceId: id, persisted: this.statusFile.get(id), cached, syncing: this.runner.isSyncing(id), nextAt: this.runner.nextAt(id) });
  }

  testConnection(connection: SourceConnection): Promise<ConnectionTestResult> {
    return testConnection(connection, this.deps);
  }

  /** Adds a source. Throws a SyncError (plain words) for a bad address or an unreadable file. */
  async addSource(input: SourceInput): Promise<CalendarSourceView> {
    const parsed = SourceInputSchema.parse(input);
    const id = (this.options.newId ?? randomUUID)();
    const now = this.options.clock.now().toISOString();
    const color = pickSourceColor(this.store.list().map((source) => source.color));
    const source = buildStoredSource(parsed, { id, color, now, seal: (plain) => this.store.seal(plain) });
    if (parsed.kind === 'ics-file') {
      await this.cache.put(id, importIcsText(id, parsed.text, this.deps));
      try {
        await this.store.add(source);
      } catch (error) {
        await this.cache.delete(id);
        throw error;
      }
      await this.statusFile.set(id, { lastAttemptAt: now, lastSuccessAt: now, lastError: null, lastErrorKind: null, failures: 0 }).catch(() => undefined);
      this.emit({ type: 'data-changed', sourceIds: [id] });
    } else {
      await this.store.add(source);
      this.runner.invalidate(id); // due now: the loop (when running) fetches it at once
    }
    this.emitSources();
    return this.view(source);
  }

  renameSource(id: string, name: string): Promise<CalendarSourceView> {
    const trimmed = name.trim().slice(0, 200);
    if (trimmed.length === 0) return Promise.reject(new SyncError('invalid-address', t('calendar:sync.needsName')));
    return this.edit(id, (source) => ({ ...source, name: trimmed }), { refetch: false, meetingsChange: false });
  }

  setSourceColor(id: string, color: string): Promise<CalendarSourceView> {
    const valid = HexColorSchema.parse(color).toLowerCase();
    return this.edit(id, (source) => ({ ...source, color: valid }), { refetch: false, meetingsChange: false });
  }

  setSourceEnabled(id: string, enabled: boolean): Promise<CalendarSourceView> {
    return this.edit(id, (source) => ({ ...source, enabled }), { refetch: enabled, meetingsChange: true });
  }

  setCalDavSelection(id: string, selectedCalendarUrls: readonly string[]): Promise<CalendarSourceView> {
    return this.edit(
      id,
      (source) => {
        if (source.kind !== 'caldav') throw new SyncError('invalid-address', t('calendar:sync.onlyCaldavCalendars'));
        return { ...source, calendars: selectCalendars(source.calendars, selectedCalendarUrls) };
      },
      { refetch: true, meetingsChange: true },
    );
  }

  /** New password or address, e.g. after "the server said the password is wrong". */
  async updateCredentials(id: string, patch: CredentialsPatch): Promise<CalendarSourceView> {
    const valid = CredentialsPatchSchema.parse(patch);
    const view = await this.edit(id, (source) => applyCredentials(source, valid, (plain) => this.store.seal(plain)), { refetch: true, meetingsChange: false });
    const cached = this.cache.get(id);
    // Validators of the old address mean nothing to a new one.
    if (valid.url !== undefined && cached?.kind === 'ics') await this.cache.put(id, { ...cached, etag: null, lastModified: null });
    return view;
  }

  /**
   * Connects a Google or Microsoft account through the browser (see OAuthConnections.connect)
   * and adds it as a source, synced at once. Throws an OAuthConnectionError in plain words.
   */
  async connectAccount(request: ConnectRequest): Promise<CalendarSourceView> {
    const oauth = this.requireOAuth();
    const id = (this.options.newId ?? randomUUID)();
    await oauth.connections.connect(id, request);
    const now = this.options.clock.now().toISOString();
    const color = pickSourceColor(this.store.list().map((source) => source.color));
    const name = request.provider === 'google' ? 'Google Calendar' : 'Microsoft 365';
    try {
      await this.store.add({ id, kind: request.provider, name, enabled: true, color, createdAt: now, account: null });
    } catch (error) {
      await oauth.connections.disconnect(id).catch(() => undefined);
      throw error;
    }
    this.runner.invalidate(id);
    this.emitSources();
    return this.getSource(id);
  }

  /** Disconnect: withdraws the access where the provider can, deletes the tokens, removes the source. */
  async disconnectAccount(id: string): Promise<DisconnectResult> {
    const source = this.require(id);
    if (source.kind !== 'google' && source.kind !== 'microsoft') throw new SyncError('invalid-address', t('calendar:sync.onlyApiDisconnect'));
    const result = await this.requireOAuth().connections.disconnect(id);
    await this.removeSource(id);
    return result;
  }

  /** Removes a source with its last good copy and status (and, for an OAuth account, its tokens). */
  async removeSource(id: string): Promise<void> {
    const removed = await this.store.remove(id);
    if ((removed.kind === 'google' || removed.kind === 'microsoft') && this.options.oauth?.tokens.has(id)) {
      await this.options.oauth.connections.disconnect(id);
    }
    await this.runner.forget(id);
    await this.cache.delete(id);
    await this.statusFile.delete(id).catch((error: unknown) => this.log(`calendar status write failed: ${describeForLog(error, [])}`));
    this.parsed.forget(`${id}|`);
    this.emitSources();
    this.emit({ type: 'data-changed', sourceIds: [id] });
  }

  /** Syncs every enabled source now (on demand, on resume from sleep); each independently. */
  async syncAll(): Promise<SourceStatus[]> {
    const ids = this.store.list().filter((source) => this.runner.isFetchable(source.id)).map((source) => source.id);
    await Promise.all(ids.map((id) => this.runner.sync(id)));
    // A source removed meanwhile simply drops out of the answer.
    return ids.filter((id) => this.store.get(id)).map((id) => this.status(id));
  }

  /** Syncs one source now; resolves with its status and never rejects for a sync failure. */
  async syncSource(id: string): Promise<SourceStatus> {
    this.require(id);
    await this.runner.sync(id);
    return this.status(id);
  }

  /** Syncs every enabled source now and then every interval (retrying failures sooner). */
  start(): void {
    this.runner.start();
  }

  stop(): void {
    this.runner.stop();
  }

  /** The last good copies of enabled sources, one entry per calendar, for the meetings view. */
  enabledFeeds(): CalendarFeed[] {
    return feedsOf(this.store.list(), (id) => this.cache.get(id));
  }

  /** Stops the timer and waits for running syncs and writes; call before quitting. */
  async close(): Promise<void> {
    await this.runner.close();
    await this.store.idle();
    await this.statusFile.idle();
  }

  private async edit(
    id: string,
    change: (source: StoredSource) => StoredSource,
    { refetch, meetingsChange }: { refetch: boolean; meetingsChange: boolean },
  ): Promise<CalendarSourceView> {
    const updated = await this.store.update(id, change);
    if (refetch) this.runner.invalidate(id);
    else this.runner.reschedule(); // whether the timer waits for this source may have changed
    this.emitSources();
    // Enabling, disabling or choosing calendars changes the meetings at once, from the copies.
    if (meetingsChange) this.emit({ type: 'data-changed', sourceIds: [id] });
    return this.view(updated);
  }

  private require(id: string): StoredSource {
    const source = this.store.get(id);
    if (!source) throw new UnknownSourceError(id);
    return source;
  }

  private view(source: StoredSource): CalendarSourceView {
    return toSourceView(source, this.status(source.id), (sealed) => this.store.openSecret(sealed), (id) => tokenStateOf(this.options.oauth?.tokens, id));
  }

  private requireOAuth(): NonNullable<CalendarSyncOptions['oauth']> {
    if (!this.options.oauth) throw new SyncError('unexpected', t('calendar:sync.noApiConnect'));
    return this.options.oauth;
  }

  private emitSources(): void {
    this.emit({ type: 'sources-changed', sources: this.listSources() });
  }

  private emit(event: CalendarSyncEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.log(`calendar event listener failed: ${describeForLog(error, [])}`);
      }
    }
  }
}
