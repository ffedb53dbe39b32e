import { fileURLToPath } from 'node:url';
import type { OAuthProvider } from '../../../../electron/services/calendar/oauth';
import { startPortProcess, type ServerProcess } from './processes';

const SCRIPT = fileURLToPath(new URL('./oauth-server-process.ts', import.meta.url));

export const TEST_CLIENT_ID = 'touchpoint-test-client';

export interface OAuthServer extends ServerProcess {
  /** A provider of the production shape, pointing at this server. */
  provider: OAuthProvider;
}

/** Starts oidc-provider in its own process on a free 127.0.0.1 port. */
export async function startOAuthServer(): Promise<OAuthServer> {
  const { pid, port, baseUrl, stop } = await startPortProcess(SCRIPT, 'the OAuth server to listen');
  return {
    pid,
    port,
    baseUrl,
    stop,
    provider: {
      id: 'google',
      displayName: 'Google',
      issuer: baseUrl,
      authorizationEndpoint: `${baseUrl}/auth`,
      tokenEndpoint: `${baseUrl}/token`,
      revocationEndpoint: `${baseUrl}/token/revocation`,
      scopes: ['calendar.read', 'offline_access'],
      requiredGrantedScopes: ['calendar.read'],
      // oidc-provider, like the OpenID spec, issues a refresh token for offline_access only with a fresh consent.
      extraAuthorizationParams: { prompt: 'consent' },
      sendsIssuerInRedirect: true,
      loopbackRedirect: { host: '127.0.0.1', path: '/callback' },
    },
  };
}
