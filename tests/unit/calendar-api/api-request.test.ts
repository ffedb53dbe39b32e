import { describe, expect, it } from 'vitest';
import { getJson, retryAfterMs, type ApiDeps, type ApiSession } from '../../../electron/services/calendar/api/api-request';
import { syncGraph } from '../../../electron/services/calendar/microsoft/graph-sync';
import { OAuthConnectionError } from '../../../electron/services/calendar/oauth';
import { DEFAULT_HTTP_LIMITS, type FetchLike } from '../../../electron/services/calendar/sync/http-limits';
import { FakeClock } from '../../support/fake-clock';

const clock = new FakeClock('2026-03-02T09:00:00Z');

function deps(fetch: FetchLike): ApiDeps {
  return { fetch, limits: DEFAULT_HTTP_LIMITS, clock, sleep: () => Promise.resolve() };
}

const json = (body: unknown, status = 200): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const operation = () => ({ signal: new AbortController().signal, bytes: 0 });

describe('Retry-After', () => {
  it('reads seconds and HTTP dates; ignores what it cannot read', () => {
    expect(retryAfterMs('120', clock.now())).toBe(120_000);
    expect(retryAfterMs('Mon, 02 Mar 2026 09:00:30 GMT', clock.now())).toBe(30_000);
    expect(retryAfterMs('Mon, 02 Mar 2026 08:00:00 GMT', clock.now())).toBe(0);
    expect(retryAfterMs('soon', clock.now())).toBeNull();
    expect(retryAfterMs(null, clock.now())).toBeNull();
  });
});

describe('access token problems during a sync', () => {
  const failing = (error: OAuthConnectionError): ApiSession => ({ providerName: 'Google', accessToken: () => Promise.reject(error), dropAccessToken: () => undefined });
  const neverCalled: FetchLike = () => Promise.reject(new Error('no request expected'));

  it('an expired or revoked sign-in becomes an "auth" status with the same plain words', async () => {
    const error = new OAuthConnectionError('reconnect', 'Google no longer accepts Touchpoint’s access (it expired or was withdrawn).');
    await expect(getJson('https://example.test/x', failing(error), deps(neverCalled), operation())).rejects.toMatchObject({ kind: 'auth', message: error.message });
  });

  it('the sign-in service being down is a server status, retried later', async () => {
    const error = new OAuthConnectionError('provider-down', 'Couldn’t reach Google’s sign-in service.');
    await expect(getJson('https://example.test/x', failing(error), deps(neverCalled), operation())).rejects.toMatchObject({ kind: 'server' });
  });
});

describe('Graph paging links', () => {
  it('a nextLink to another server is not followed (it would receive the access token)', async () => {
    const requested: string[] = [];
    const fetch: FetchLike = (input) => {
      const url = input instanceof Request ? input.url : input.toString();
      requested.push(url);
      if (url.endsWith('/v1.0/me/calendar')) return Promise.resolve(json({ id: 'cal', name: 'Calendar', owner: { address: 'me@contoso.com' } }));
      return Promise.resolve(json({ value: [], '@odata.nextLink': 'https://attacker.example/steal?$skiptoken=1' }));
    };
    const session: ApiSession = { providerName: 'Microsoft', accessToken: () => Promise.resolve('token'), dropAccessToken: () => undefined };
    const window = { from: new Date('2026-02-14T00:00:00Z'), to: new Date('2026-05-15T00:00:00Z') };
    await expect(syncGraph({ session, deps: deps(fetch), baseUrl: 'https://graph.example', window, previous: null })).rejects.toMatchObject({ kind: 'http' });
    expect(requested.some((url) => url.includes('attacker'))).toBe(false);
  });
});
