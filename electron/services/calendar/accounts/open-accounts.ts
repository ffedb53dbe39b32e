import { join } from 'node:path';
import type { ConnectStage, AccountProvider } from '../../../../shared/contract/calendar-accounts';
import type { Clock } from '../../clock';
import type { OAuthClients } from '../oauth/client-config';
import { OAuthConnections } from '../oauth/oauth-connections';
import { PROVIDERS, type OAuthProvider, type OAuthProviderId } from '../oauth/providers';
import { TokenStore } from '../oauth/token-store';
import type { ApiSourcesConfig } from '../sync/api-source-sync';
import type { CalendarSyncService } from '../sync/calendar-sync-service';
import type { FetchLike } from '../sync/http-limits';
import type { SecretBox } from '../sync/secret-box';
import { AccountConnector } from './account-connector';
import { OwnClientStore } from './own-clients';

/** What the shell gives the Google / Microsoft connection (the e2e harness passes local servers). */
export interface OAuthSetup {
  buildClients: OAuthClients;
  openExternal: (url: string) => Promise<void>;
  /** Only tests change them: a local OAuth server standing in for Google's and Microsoft's. */
  providers?: Readonly<Record<OAuthProviderId, OAuthProvider>>;
  /** Only tests change them: local Google Calendar / Graph servers. */
  baseUrls?: ApiSourcesConfig['baseUrls'];
  browserWaitMs?: number;
}

export interface OpenedOAuth {
  /** For CalendarSyncService's `oauth` option. */
  config: ApiSourcesConfig & { tokens: TokenStore };
  ownClients: OwnClientStore;
  /** Problems reading the saved connections or own clients, for a notice. */
  loadProblems: string[];
}

export async function openOAuth(setup: OAuthSetup, io: { calendarDirectory: string; secretBox: SecretBox | null; clock: Clock; fetch?: FetchLike }): Promise<OpenedOAuth> {
  const tokens = await TokenStore.open(io.calendarDirectory, io.secretBox, io.clock);
  const ownClients = await OwnClientStore.open(io.calendarDirectory, io.secretBox, io.clock);
  const connections = new OAuthConnections({
    tokens,
    deps: { fetch: io.fetch ?? globalThis.fetch, clock: io.clock, requestTimeoutMs: 30_000 },
    providers: setup.providers ?? PROVIDERS,
    ...(setup.browserWaitMs ? { browserWaitMs: setup.browserWaitMs } : {}),
  });
  return {
    config: { connections, tokens, ...(setup.baseUrls ? { baseUrls: setup.baseUrls } : {}) },
    ownClients,
    loadProblems: [tokens.loadProblem, ownClients.loadProblem].filter((problem): problem is string => problem !== null),
  };
}

export function accountConnector(setup: OAuthSetup, opened: OpenedOAuth, sync: CalendarSyncService, onProgress: (provider: AccountProvider, stage: ConnectStage) => void): AccountConnector {
  return new AccountConnector({ sync, ownClients: opened.ownClients, buildClients: setup.buildClients, openExternal: setup.openExternal, onProgress });
}

export const calendarDirectoryOf = (dataDirectory: string): string => join(dataDirectory, 'calendar');

/**
 * The only URLs the shell opens in the system browser: a provider's sign-in page, over https.
 * The URL is built here in the main process, never taken from a page, and this check keeps a
 * bug from turning shell.openExternal into a way to launch anything else.
 */
export function isProviderSignInUrl(url: string, providers: Readonly<Record<OAuthProviderId, OAuthProvider>> = PROVIDERS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return Object.values(providers).some((provider) => {
    const endpoint = new URL(provider.authorizationEndpoint);
    return parsed.protocol === 'https:' && parsed.origin === endpoint.origin && parsed.pathname === endpoint.pathname;
  });
}
