import { occurrencesRevision, type CachedApiCopy } from '../api/api-copy';
import { realSleep, type ApiDeps, type ApiSession } from '../api/api-request';
import { apiSyncWindow } from '../api/sync-window';
import { syncGoogle } from '../google/google-sync';
import { syncGraph } from '../microsoft/graph-sync';
import type { OAuthConnections } from '../oauth/oauth-connections';
import type { SourceSyncOutcome, SyncDeps } from './source-sync';

/** What Google and Microsoft sources need beyond the other sources' SyncDeps. */
export interface ApiSourcesConfig {
  connections: OAuthConnections;
  /** Only tests change them (their local servers). */
  baseUrls?: { google?: string; microsoft?: string };
  sleep?: ApiDeps['sleep'];
}

export interface ApiSyncOutcome extends SourceSyncOutcome {
  /** The signed-in address, to show in Settings and to settle "who am I" for this source. */
  account: string | null;
}

/** One sync of a Google or Microsoft account; the copy is replaced only when its events changed. */
export async function syncApiSource(
  sourceId: string,
  provider: 'google' | 'microsoft',
  cached: CachedApiCopy | null,
  deps: SyncDeps,
  config: ApiSourcesConfig,
  cancel?: AbortSignal,
): Promise<ApiSyncOutcome> {
  const session: ApiSession = {
    providerName: provider === 'google' ? 'Google' : 'Microsoft',
    accessToken: (signal) => config.connections.accessToken(sourceId, signal),
    dropAccessToken: () => config.connections.dropAccessToken(sourceId),
  };
  const apiDeps: ApiDeps = { fetch: deps.fetch, limits: deps.limits, clock: deps.clock, sleep: config.sleep ?? realSleep };
  const window = apiSyncWindow(deps.clock.now());
  const previous = cached?.kind === provider ? cached : null;
  const { copy } =
    provider === 'google'
      ? await syncGoogle({ session, deps: apiDeps, baseUrl: config.baseUrls?.google, window, previous, cancel })
      : await syncGraph({ session, deps: apiDeps, baseUrl: config.baseUrls?.microsoft, window, previous, cancel });
  const dataChanged = previous === null || occurrencesRevision(previous.calendars) !== occurrencesRevision(copy.calendars);
  const tokensMoved = previous === null || JSON.stringify(previous.calendars.map((c) => c.syncToken)) !== JSON.stringify(copy.calendars.map((c) => c.syncToken));
  const windowMoved = previous === null || previous.window.from !== copy.window.from;
  return {
    // The sync tokens must be kept even when no event changed, or the next round starts over.
    copy: dataChanged || tokensMoved || windowMoved ? copy : null,
    dataChanged,
    remoteCalendars: null,
    account: copy.selfEmail,
  };
}
