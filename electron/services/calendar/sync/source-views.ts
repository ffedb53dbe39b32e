import type { TokenStore } from '../oauth/token-store';
import type { CachedCopy } from './cache-store';
import type { PersistedStatus } from './status-file';
import type { OpenedSecret, SealedSecret } from './secret-box';
import type { CalendarSourceView, SourceStatus, StoredSource } from './source-schema';

export interface StatusInputs {
  sourceId: string;
  persisted: PersistedStatus;
  cached: CachedCopy | undefined;
  syncing: boolean;
  nextAt: number | null;
}

/** The status line of a source, from what was persisted and what is happening now. */
export function buildStatus({ sourceId, persisted, cached, syncing, nextAt }: StatusInputs): SourceStatus {
  const failed = persisted.lastErrorKind !== null;
  const state = syncing ? 'syncing' : failed ? 'error' : persisted.lastSuccessAt ? 'ok' : 'never';
  const hasCachedCopy = cached !== undefined;
  return {
    sourceId,
    state,
    lastAttemptAt: persisted.lastAttemptAt,
    lastSuccessAt: persisted.lastSuccessAt,
    nextSyncAt: nextAt === null ? null : new Date(nextAt).toISOString(),
    lastError: persisted.lastError,
    lastErrorKind: persisted.lastErrorKind,
    usingCachedCopy: failed && hasCachedCopy,
    hasCachedCopy,
    // A 304 confirms the copy is current, so the last success is the honest "as of" time.
    cachedCopyFrom: hasCachedCopy ? (persisted.lastSuccessAt ?? cached.savedAt) : null,
  };
}

function secretOf(source: StoredSource): SealedSecret | null {
  switch (source.kind) {
    case 'ics-url':
      return source.url;
    case 'caldav':
      return source.password;
    case 'ics-file':
    case 'google':
    case 'microsoft':
      return null;
  }
}

/** How an OAuth account's refresh token is kept (it lives in the TokenStore, not in the source). */
export interface TokenState {
  protected: boolean;
  unreadable: boolean;
}

/** An OAuth account's token state; without a store (no OAuth wiring) nothing is unreadable. */
export function tokenStateOf(tokens: Pick<TokenStore, 'get'> | undefined, id: string): TokenState {
  const opened = tokens?.get(id);
  return { protected: opened?.ok === true ? opened.protected : true, unreadable: opened?.ok === false && opened.reason === 'unreadable' };
}

/** What the UI may see of a source: everything but its secrets. */
export function toSourceView(
  source: StoredSource,
  status: SourceStatus,
  openSecret: (sealed: SealedSecret) => OpenedSecret,
  tokenState: (id: string) => TokenState,
): CalendarSourceView {
  const secret = secretOf(source);
  const tokens = source.kind === 'google' || source.kind === 'microsoft' ? tokenState(source.id) : null;
  const base = {
    id: source.id,
    name: source.name,
    enabled: source.enabled,
    color: source.color,
    createdAt: source.createdAt,
    secretsProtected: tokens ? tokens.protected : secret === null || secret.protected,
    secretsUnreadable: tokens ? tokens.unreadable : secret !== null && !openSecret(secret).ok,
    status,
  };
  switch (source.kind) {
    case 'ics-url':
      return { ...base, kind: 'ics-url', displayUrl: source.displayUrl };
    case 'caldav':
      return { ...base, kind: 'caldav', serverUrl: source.serverUrl, username: source.username, calendars: source.calendars.map((c) => ({ ...c })) };
    case 'ics-file':
      return { ...base, kind: 'ics-file', fileName: source.fileName, importedAt: source.importedAt };
    case 'google':
    case 'microsoft':
      return { ...base, kind: source.kind, account: source.account };
  }
}
