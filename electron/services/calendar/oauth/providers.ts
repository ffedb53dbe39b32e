/**
 * The two calendar providers Touchpoint connects to over OAuth 2.0, as data: endpoints, the
 * least scopes that read a calendar, and what each needs in the authorization request. Tests
 * pass a provider of the same shape pointing at a local OAuth server.
 */
export type OAuthProviderId = 'google' | 'microsoft';

export interface OAuthProvider {
  id: OAuthProviderId;
  /** For messages: "Google", "Microsoft". */
  displayName: string;
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  /** Null where the provider offers no way to revoke a refresh token (Microsoft). */
  revocationEndpoint: string | null;
  scopes: readonly string[];
  /**
   * Scopes the token response must list. Google's consent page lets the user untick the
   * calendar box and still "allow": that connection could read nothing.
   */
  requiredGrantedScopes: readonly string[];
  /** Sent with the authorization request, e.g. what makes Google return a refresh token. */
  extraAuthorizationParams: Readonly<Record<string, string>>;
  /** Whether the server adds `iss` to its redirect (RFC 9207); checked when it does. */
  sendsIssuerInRedirect: boolean;
  /**
   * How the loopback redirect is written. The listener binds 127.0.0.1, and for `localhost`
   * also ::1 on the same port (see loopback.ts). Each provider matches the redirect against its
   * registration ignoring the port (RFC 8252 §7.3).
   */
  loopbackRedirect: LoopbackRedirectShape;
}

export interface LoopbackRedirectShape {
  host: '127.0.0.1' | 'localhost';
  /** '' for none (http://localhost:<port>), else a path starting with '/'. */
  path: string;
}

/**
 * Google: `calendar.readonly` reads the calendar list and every event; it cannot change
 * anything. `access_type=offline` asks for a refresh token, `prompt=consent` makes Google send
 * one again on a reconnect (it sends it only with a fresh consent).
 */
export const GOOGLE: OAuthProvider = {
  id: 'google',
  displayName: 'Google',
  issuer: 'https://accounts.google.com',
  authorizationEndpoint: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenEndpoint: 'https://oauth2.googleapis.com/token',
  revocationEndpoint: 'https://oauth2.googleapis.com/revoke',
  scopes: ['https://www.googleapis.com/auth/calendar.readonly'],
  requiredGrantedScopes: ['https://www.googleapis.com/auth/calendar.readonly'],
  extraAuthorizationParams: { access_type: 'offline', prompt: 'consent' },
  sendsIssuerInRedirect: false,
  // Desktop app clients accept http://127.0.0.1 with any port and path, nothing to register.
  loopbackRedirect: { host: '127.0.0.1', path: '/callback' },
};

/**
 * Microsoft identity platform v2.0, `common` tenant (work, school and personal accounts):
 * `Calendars.Read` reads the user's calendars, `offline_access` gives the refresh token.
 * Microsoft has no endpoint to revoke one refresh token: Disconnect deletes it and says so.
 */
export const MICROSOFT: OAuthProvider = {
  id: 'microsoft',
  displayName: 'Microsoft',
  issuer: 'https://login.microsoftonline.com/common/v2.0',
  authorizationEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  tokenEndpoint: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  revocationEndpoint: null,
  scopes: ['https://graph.microsoft.com/Calendars.Read', 'offline_access'],
  // Microsoft lists granted scopes in its own spelling; a missing permission shows as a 403 from Graph.
  requiredGrantedScopes: [],
  extraAuthorizationParams: { prompt: 'select_account' },
  sendsIssuerInRedirect: false,
  // What an Entra "Mobile and desktop applications" registration of http://localhost matches (any port).
  loopbackRedirect: { host: 'localhost', path: '' },
};

export const PROVIDERS: Readonly<Record<OAuthProviderId, OAuthProvider>> = { google: GOOGLE, microsoft: MICROSOFT };
