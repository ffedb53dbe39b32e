import * as oauth from 'oauth4webapi';
import type { Clock } from '../../clock';
import { startDeadline, type FetchLike } from '../sync/http-limits';
import { openLoopbackRedirect } from './loopback';
import { cancelled, OAuthConnectionError, toOAuthError } from './oauth-errors';
import type { OAuthProvider } from './providers';
import { t } from '../../text/main-text';

/**
 * OAuth 2.0 for native apps (RFC 8252) with oauth4webapi: the system browser, a loopback
 * redirect, PKCE S256 and state; then the code exchange, refreshes and revocation.
 */
export interface OAuthClient {
  clientId: string;
  /** Google "Desktop app" clients come with a secret Google itself calls not confidential; Microsoft public clients have none. */
  clientSecret: string | null;
}

export interface OAuthDeps {
  fetch: FetchLike;
  clock: Clock;
  /** Per token, refresh or revocation request. */
  requestTimeoutMs: number;
}

export interface OAuthGrant {
  accessToken: string;
  /** Epoch ms; the token is refreshed a little before. */
  expiresAt: number;
  /** Null only from a refresh that kept the old one (the caller keeps it). */
  refreshToken: string | null;
  scope: string | null;
}

export interface AuthorizeOptions {
  provider: OAuthProvider;
  client: OAuthClient;
  deps: OAuthDeps;
  /** Opens the system browser (Electron's shell.openExternal in the app). */
  openExternal: (url: string) => Promise<void>;
  /** How long to wait for the user to finish in the browser. */
  browserWaitMs: number;
  /** "Cancel" in Settings. */
  signal?: AbortSignal;
  /** The browser came back with an answer: the code is being exchanged (Settings shows it). */
  onAnswered?: () => void;
}

const DEFAULT_LIFETIME_MS = 3_600_000;

function serverOf(provider: OAuthProvider): oauth.AuthorizationServer {
  return {
    issuer: provider.issuer,
    authorization_endpoint: provider.authorizationEndpoint,
    token_endpoint: provider.tokenEndpoint,
    ...(provider.revocationEndpoint ? { revocation_endpoint: provider.revocationEndpoint } : {}),
    authorization_response_iss_parameter_supported: provider.sendsIssuerInRedirect,
  };
}

const clientAuth = (client: OAuthClient): oauth.ClientAuth => (client.clientSecret ? oauth.ClientSecretPost(client.clientSecret) : oauth.None());

/** Plain http is refused by oauth4webapi; only a server on this machine (the tests' one) may use it. */
function isLoopbackHttp(endpoint: string): boolean {
  const url = new URL(endpoint);
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
}

function requestOptions(provider: OAuthProvider, deps: OAuthDeps, signal: AbortSignal): oauth.TokenEndpointRequestOptions {
  return {
    [oauth.customFetch]: (url, init) => deps.fetch(url, init),
    [oauth.allowInsecureRequests]: isLoopbackHttp(provider.tokenEndpoint),
    signal,
  };
}

function toGrant(result: oauth.TokenEndpointResponse, deps: OAuthDeps): OAuthGrant {
  const lifetimeMs = typeof result.expires_in === 'number' && result.expires_in > 0 ? result.expires_in * 1000 : DEFAULT_LIFETIME_MS;
  return {
    accessToken: result.access_token,
    expiresAt: deps.clock.now().getTime() + lifetimeMs,
    refreshToken: result.refresh_token ?? null,
    scope: typeof result.scope === 'string' ? result.scope : null,
  };
}

/** Runs one token-endpoint operation under the request timeout, in plain words when it fails. */
async function withTimeout<T>(provider: OAuthProvider, deps: OAuthDeps, signal: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const deadline = startDeadline(deps.requestTimeoutMs, signal);
  try {
    return await run(deadline.signal);
  } catch (error) {
    throw toOAuthError(provider.displayName, deadline.signal.aborted ? deadline.signal.reason : error);
  } finally {
    deadline.clear();
  }
}

/** The whole connection: browser consent, then the code exchanged for tokens. */
export async function authorize(options: AuthorizeOptions): Promise<OAuthGrant & { refreshToken: string }> {
  const { provider, client, deps } = options;
  const as = serverOf(provider);
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const browserWait = new AbortController();
  const timer = setTimeout(
    () => browserWait.abort(new OAuthConnectionError('browser-timeout', t('calendar:oauth.browserTimeout', { provider: provider.displayName }))),
    options.browserWaitMs,
  );
  const waitSignal = options.signal ? AbortSignal.any([browserWait.signal, options.signal]) : browserWait.signal;
  const loopback = await openLoopbackRedirect(state, provider.loopbackRedirect, waitSignal);
  try {
    const url = new URL(provider.authorizationEndpoint);
    url.searchParams.set('client_id', client.clientId);
    url.searchParams.set('redirect_uri', loopback.redirectUri);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', provider.scopes.join(' '));
    url.searchParams.set('state', state);
    url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
    url.searchParams.set('code_challenge_method', 'S256');
    for (const [name, value] of Object.entries(provider.extraAuthorizationParams)) url.searchParams.set(name, value);
    try {
      await options.openExternal(url.href);
    } catch (error) {
      throw new OAuthConnectionError('browser-failed', t('calendar:oauth.browserFailed'), { cause: error });
    }
    const redirect = await loopback.callback.catch((reason: unknown) => {
      throw reason instanceof OAuthConnectionError ? reason : cancelled();
    });
    clearTimeout(timer);
    options.onAnswered?.();
    let parameters: URLSearchParams;
    try {
      parameters = oauth.validateAuthResponse(as, { client_id: client.clientId }, redirect, state);
    } catch (error) {
      throw toOAuthError(provider.displayName, error);
    }
    const grant = await withTimeout(provider, deps, options.signal, async (signal) => {
      const request = requestOptions(provider, deps, signal);
      const response = await oauth.authorizationCodeGrantRequest(as, { client_id: client.clientId }, clientAuth(client), parameters, loopback.redirectUri, codeVerifier, request);
      return toGrant(await oauth.processAuthorizationCodeResponse(as, { client_id: client.clientId }, response), deps);
    });
    return withLastingAccess(provider, grant);
  } finally {
    clearTimeout(timer);
    await loopback.close();
  }
}

/** Without a refresh token or the calendar scope, syncing would stop within the hour: refuse now. */
function withLastingAccess(provider: OAuthProvider, grant: OAuthGrant): OAuthGrant & { refreshToken: string } {
  const granted = grant.scope === null ? null : new Set(grant.scope.split(' '));
  const missing = granted === null ? [] : provider.requiredGrantedScopes.filter((scope) => !granted.has(scope));
  if (missing.length > 0) {
    throw new OAuthConnectionError(
      'consent-denied',
      t('calendar:oauth.scopeMissing', { provider: provider.displayName }),
    );
  }
  if (grant.refreshToken === null) {
    throw new OAuthConnectionError(
      'unexpected',
      t('calendar:oauth.noLastingAccess', { provider: provider.displayName }),
    );
  }
  return { ...grant, refreshToken: grant.refreshToken };
}

/** A new access token; the refresh token comes back rotated (Microsoft) or not (Google keeps it). */
export function refreshAccess(provider: OAuthProvider, client: OAuthClient, refreshToken: string, deps: OAuthDeps, signal?: AbortSignal): Promise<OAuthGrant> {
  const as = serverOf(provider);
  return withTimeout(provider, deps, signal, async (timed) => {
    const response = await oauth.refreshTokenGrantRequest(as, { client_id: client.clientId }, clientAuth(client), refreshToken, requestOptions(provider, deps, timed));
    return toGrant(await oauth.processRefreshTokenResponse(as, { client_id: client.clientId }, response), deps);
  });
}

/** Revokes a refresh token (RFC 7009) where the provider can; false where it has no such endpoint. */
export async function revokeRefreshToken(provider: OAuthProvider, client: OAuthClient, refreshToken: string, deps: OAuthDeps): Promise<boolean> {
  if (!provider.revocationEndpoint) return false;
  const as = serverOf(provider);
  await withTimeout(provider, deps, undefined, async (timed) => {
    const options = { ...requestOptions(provider, deps, timed), additionalParameters: { token_type_hint: 'refresh_token' } };
    const response = await oauth.revocationRequest(as, { client_id: client.clientId }, clientAuth(client), refreshToken, options);
    await oauth.processRevocationResponse(response);
  });
  return true;
}
