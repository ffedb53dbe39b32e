import { fileURLToPath } from 'node:url';
import type { OAuthProvider } from '../../../../electron/services/calendar/oauth';
import { spawnServer, stopByPid, waitFor, type ServerProcess } from './processes';

const SCRIPT = fileURLToPath(new URL('./oauth-server-process.ts', import.meta.url));

export const TEST_CLIENT_ID = 'touchpoint-test-client';

export interface OAuthServer extends ServerProcess {
  /** A provider of the production shape, pointing at this server. */
  provider: OAuthProvider;
}

/** Starts oidc-provider in its own process on a free 127.0.0.1 port. */
export async function startOAuthServer(): Promise<OAuthServer> {
  const { child, pid, output } = spawnServer(process.execPath, [SCRIPT]);
  let port = 0;
  try {
    await waitFor(() => {
      const match = /\{"port":(\d+)\}/.exec(output());
      if (match?.[1]) port = Number(match[1]);
      return Promise.resolve(port > 0);
    }, 'the OAuth server to listen');
  } catch (error) {
    await stopByPid(child, pid);
    throw new Error(`${(error as Error).message}\n${output()}`, { cause: error });
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    pid,
    port,
    baseUrl,
    stop: () => stopByPid(child, pid),
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
