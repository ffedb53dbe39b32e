import { authorize, refreshAccess, revokeRefreshToken, type OAuthClient, type OAuthDeps } from './oauth-flow';
import { OAuthConnectionError, toOAuthError } from './oauth-errors';
import type { OAuthProvider, OAuthProviderId } from './providers';
import type { TokenStore } from './token-store';
import { t } from '../../text/main-text';

export interface OAuthConnectionsOptions {
  tokens: TokenStore;
  deps: OAuthDeps;
  providers: Readonly<Record<OAuthProviderId, OAuthProvider>>;
  /** How long "Waiting for you to finish in the browser…" lasts before giving up. Default 10 minutes. */
  browserWaitMs?: number;
  /** Access tokens this close to expiry are refreshed first. Default 2 minutes. */
  refreshMarginMs?: number;
}

export interface ConnectRequest {
  provider: OAuthProviderId;
  client: OAuthClient;
  openExternal: (url: string) => Promise<void>;
  signal?: AbortSignal;
  onAnswered?: () => void;
}

export interface DisconnectResult {
  /** True when the provider confirmed it withdrew the access. */
  revoked: boolean;
  /** What Settings shows after Disconnect. */
  message: string;
}

const WHERE_TO_REMOVE: Record<OAuthProviderId, string> = {
  google: 'myaccount.google.com/permissions',
  microsoft: 'myapps.microsoft.com (work or school account) or account.live.com/consent/Manage (personal account)',
};

/**
 * Connected accounts by id (the calendar source's id): connect through the browser, hand out
 * fresh access tokens to the sync code, and disconnect. Access tokens live in memory only;
 * refresh tokens only in the TokenStore.
 */
export class OAuthConnections {
  private readonly access = new Map<string, { token: string; expiresAt: number }>();
  private readonly refreshing = new Map<string, Promise<string>>();

  constructor(private readonly options: OAuthConnectionsOptions) {}

  isConnected(id: string): boolean {
    return this.options.tokens.has(id);
  }

  /** Runs the browser flow and saves the refresh token under `id`. */
  async connect(id: string, request: ConnectRequest): Promise<void> {
    const provider = this.options.providers[request.provider];
    const grant = await authorize({
      provider,
      client: request.client,
      deps: this.options.deps,
      openExternal: request.openExternal,
      browserWaitMs: this.options.browserWaitMs ?? 10 * 60_000,
      signal: request.signal,
      onAnswered: request.onAnswered,
    });
    await this.save(id, provider, request.client, grant.refreshToken);
    this.access.set(id, { token: grant.accessToken, expiresAt: grant.expiresAt });
  }

  /** A valid access token, refreshed when needed; concurrent callers share one refresh (tokens rotate). */
  accessToken(id: string, signal?: AbortSignal): Promise<string> {
    const cached = this.access.get(id);
    const margin = this.options.refreshMarginMs ?? 120_000;
    if (cached && cached.expiresAt - margin > this.options.deps.clock.now().getTime()) return Promise.resolve(cached.token);
    let running = this.refreshing.get(id);
    if (!running) {
      running = this.refresh(id, signal).finally(() => this.refreshing.delete(id));
      this.refreshing.set(id, running);
    }
    return running;
  }

  /** The provider refused the access token (401): forget it so the next call refreshes. */
  dropAccessToken(id: string): void {
    this.access.delete(id);
  }

  /** Revokes where the provider can, and always deletes the tokens. Never throws for the network. */
  async disconnect(id: string): Promise<DisconnectResult> {
    const opened = this.options.tokens.get(id);
    this.access.delete(id);
    if (!opened.ok) {
      await this.options.tokens.delete(id);
      return { revoked: false, message: t('calendar:disconnect.noSavedAccess') };
    }
    const { tokens } = opened;
    const provider = this.options.providers[tokens.provider];
    const client = { clientId: tokens.clientId, clientSecret: tokens.clientSecret };
    let revoked = false;
    let revokeProblem: OAuthConnectionError | null = null;
    try {
      revoked = await revokeRefreshToken(provider, client, tokens.refreshToken, this.options.deps);
    } catch (error) {
      revokeProblem = toOAuthError(provider.displayName, error);
    }
    await this.options.tokens.delete(id);
    if (revoked) return { revoked, message: t('calendar:disconnect.revoked', { provider: provider.displayName }) };
    const where = WHERE_TO_REMOVE[tokens.provider];
    if (revokeProblem) {
      return {
        revoked,
        message: t('calendar:disconnect.revokeFailed', { provider: provider.displayName, where }),
      };
    }
    return {
      revoked,
      message: t('calendar:disconnect.cannotRevoke', { provider: provider.displayName, where }),
    };
  }

  private async refresh(id: string, signal?: AbortSignal): Promise<string> {
    const opened = this.options.tokens.get(id);
    if (!opened.ok) {
      throw opened.reason === 'missing'
        ? new OAuthConnectionError('not-connected', t('calendar:oauth.notConnected'))
        : new OAuthConnectionError('secret-unavailable', t('calendar:oauth.signInUnreadable'));
    }
    const { tokens } = opened;
    const provider = this.options.providers[tokens.provider];
    const client = { clientId: tokens.clientId, clientSecret: tokens.clientSecret };
    const grant = await refreshAccess(provider, client, tokens.refreshToken, this.options.deps, signal);
    // A rotated refresh token replaces the old one before anything uses the new access token:
    // losing it would cost the connection.
    if (grant.refreshToken !== null && grant.refreshToken !== tokens.refreshToken) await this.save(id, provider, client, grant.refreshToken);
    this.access.set(id, { token: grant.accessToken, expiresAt: grant.expiresAt });
    return grant.accessToken;
  }

  private async save(id: string, provider: OAuthProvider, client: OAuthClient, refreshToken: string): Promise<void> {
    try {
      await this.options.tokens.put(id, { provider: provider.id, clientId: client.clientId, clientSecret: client.clientSecret, refreshToken });
    } catch (error) {
      if (error instanceof Error && error.name === 'SyncError') {
        throw new OAuthConnectionError('secret-unavailable', t('calendar:oauth.keychainRefused'), { cause: error });
      }
      throw new OAuthConnectionError('unexpected', t('calendar:oauth.diskFull'), { cause: error });
    }
  }
}
