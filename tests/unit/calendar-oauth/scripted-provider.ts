import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OAuthProvider } from '../../../electron/services/calendar/oauth';

/**
 * A provider whose answers the test scripts: the authorization endpoint redirects back with
 * `redirect` (a code or an error, as Google and Microsoft send them), the token endpoint
 * answers with `token`. For the cases a real OAuth server will not produce on demand.
 */
export interface Script {
  redirect: Record<string, string>;
  token: { status: number; body: string; contentType?: string } | 'hang';
}

export interface ScriptedProvider {
  provider: OAuthProvider;
  script: Script;
  /** Bodies of token requests received. */
  tokenRequests: URLSearchParams[];
  close(): Promise<void>;
}

export async function startScriptedProvider(): Promise<ScriptedProvider> {
  const state: ScriptedProvider = {
    provider: null as unknown as OAuthProvider,
    script: { redirect: { code: 'the-code' }, token: { status: 200, body: '{}' } },
    tokenRequests: [],
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/authorize') {
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      for (const [name, value] of Object.entries(state.script.redirect)) back.searchParams.set(name, value);
      res.writeHead(302, { location: back.href }).end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      state.tokenRequests.push(new URLSearchParams(body));
      const answer = state.script.token;
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json' }).end(answer.body);
    });
  });
  server.on('connection', (socket) => socket.unref());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.provider = {
    id: 'microsoft',
    displayName: 'Microsoft',
    issuer: base,
    authorizationEndpoint: `${base}/authorize`,
    tokenEndpoint: `${base}/token`,
    revocationEndpoint: null,
    scopes: ['Calendars.Read', 'offline_access'],
    requiredGrantedScopes: ['Calendars.Read'],
    extraAuthorizationParams: {},
    sendsIssuerInRedirect: false,
    loopbackRedirect: { host: 'localhost', path: '' },
  };
  state.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}

/** The browser: follows the authorization redirect straight to the loopback listener. */
export async function followRedirect(url: string): Promise<void> {
  const first = await fetch(url, { redirect: 'manual' });
  await first.body?.cancel();
  const location = first.headers.get('location');
  if (location) await (await fetch(location)).text();
}

export const tokenBody = (fields: Record<string, unknown>): string =>
  JSON.stringify({ access_token: 'access-1', token_type: 'Bearer', expires_in: 3600, refresh_token: 'refresh-1', scope: 'Calendars.Read offline_access', ...fields });
