import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authorize, OAuthConnectionError, type OAuthClient, type OAuthDeps } from '../../../electron/services/calendar/oauth';
import { FakeClock } from '../../support/fake-clock';
import { followRedirect, startScriptedProvider, tokenBody, type ScriptedProvider } from './scripted-provider';

/**
 * What each provider answer becomes for the user: the authorization redirect's errors
 * (Microsoft's AADSTS codes, Google's admin policy), token endpoint failures, a partial
 * consent, a missing refresh token, a browser that cannot open, a provider that never answers.
 */
let scripted: ScriptedProvider;
const publicClient: OAuthClient = { clientId: 'public-client', clientSecret: null };

beforeAll(async () => {
  scripted = await startScriptedProvider();
});
afterAll(async () => {
  await scripted.close();
});
beforeEach(() => {
  scripted.script = { redirect: { code: 'the-code' }, token: { status: 200, body: tokenBody({}) } };
  scripted.tokenRequests = [];
});

function connect(options: { client?: OAuthClient; requestTimeoutMs?: number; openExternal?: (url: string) => Promise<void> } = {}): Promise<unknown> {
  const deps: OAuthDeps = { fetch: globalThis.fetch, clock: new FakeClock('2026-03-02T09:00:00Z'), requestTimeoutMs: options.requestTimeoutMs ?? 30_000 };
  return authorize({
    provider: scripted.provider,
    client: options.client ?? publicClient,
    deps,
    browserWaitMs: 60_000,
    openExternal: options.openExternal ?? ((url) => followRedirect(url)),
  });
}

async function failure(promise: Promise<unknown>): Promise<OAuthConnectionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof OAuthConnectionError)) throw new Error(`Expected an OAuthConnectionError, got ${String(error)}`);
  return error;
}

describe('answers in the redirect', () => {
  it.each([
    ['consent_required', 'AADSTS65001: The user or administrator has not consented to use the application.'],
    ['access_denied', 'AADSTS90094: The grant requires admin permission.'],
    ['invalid_request', 'AADSTS50105: The signed in user is not assigned to a role for the application.'],
    ['admin_policy_enforced', 'The administrator has blocked this app.'],
  ])('%s (%s) asks for administrator approval', async (error, description) => {
    scripted.script.redirect = { error, error_description: description };
    const problem = await failure(connect());
    expect(problem.kind).toBe('admin-approval');
    expect(problem.message).toBe(
      'Your organisation’s administrator must approve Touchpoint before it can read your Microsoft calendar. Ask them to approve it (the README says what to send), then connect again.',
    );
    expect(scripted.tokenRequests).toHaveLength(0);
  });

  it('access_denied from the user (AADSTS65004) is a denied consent', async () => {
    scripted.script.redirect = { error: 'access_denied', error_description: 'AADSTS65004: User declined to consent to access the app.' };
    expect((await failure(connect())).kind).toBe('consent-denied');
  });

  it('an unknown error code is not shown raw', async () => {
    scripted.script.redirect = { error: 'weird_thing', error_description: 'internal detail 0x80070005' };
    const problem = await failure(connect());
    expect(problem.kind).toBe('unexpected');
    expect(problem.message).not.toContain('weird_thing');
    expect(problem.message).not.toContain('0x8007');
  });
});

describe('answers from the token endpoint', () => {
  it('a 503 HTML page is "provider down"', async () => {
    scripted.script.token = { status: 503, body: '<html>Service Unavailable</html>', contentType: 'text/html' };
    expect((await failure(connect())).kind).toBe('provider-down');
  });

  it('invalid_grant with AADSTS65001 is administrator approval, plain invalid_grant is reconnect', async () => {
    scripted.script.token = { status: 400, body: JSON.stringify({ error: 'invalid_grant', error_description: 'AADSTS65001: consent needed' }) };
    expect((await failure(connect())).kind).toBe('admin-approval');
    scripted.script.token = { status: 400, body: JSON.stringify({ error: 'invalid_grant', error_description: 'AADSTS70008: expired' }) };
    expect((await failure(connect())).kind).toBe('reconnect');
  });

  it('invalid_client points at the client id', async () => {
    scripted.script.token = { status: 401, body: JSON.stringify({ error: 'invalid_client' }) };
    const problem = await failure(connect());
    expect(problem.kind).toBe('client-rejected');
    expect(problem.message).toContain('Settings → Calendars → Advanced');
  });

  it('a consent without the calendar permission is refused (Google lets the user untick it)', async () => {
    scripted.script.token = { status: 200, body: tokenBody({ scope: 'offline_access' }) };
    const problem = await failure(connect());
    expect(problem.kind).toBe('consent-denied');
    expect(problem.message).toContain('left unticked');
  });

  it('no refresh token means no lasting access', async () => {
    scripted.script.token = { status: 200, body: tokenBody({ refresh_token: undefined }) };
    const problem = await failure(connect());
    expect(problem.kind).toBe('unexpected');
    expect(problem.message).toContain('didn’t give Touchpoint lasting access');
  });

  it('a token endpoint that never answers is "provider down" after the request timeout', async () => {
    scripted.script.token = 'hang';
    expect((await failure(connect({ requestTimeoutMs: 100 }))).kind).toBe('provider-down');
  });

  it('sends the client secret of a Google desktop client, and none for a public client', async () => {
    await connect({ client: { clientId: 'desktop-client', clientSecret: 'not-so-secret' } });
    await connect();
    const [withSecret, publicOne] = scripted.tokenRequests;
    expect(withSecret?.get('client_secret')).toBe('not-so-secret');
    expect(withSecret?.get('client_id')).toBe('desktop-client');
    expect(publicOne?.has('client_secret')).toBe(false);
    expect(publicOne?.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(publicOne?.get('code')).toBe('the-code');
    // Microsoft's shape of loopback redirect: http://localhost:<port>, no path (Entra registration "http://localhost").
    expect(publicOne?.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/);
  });
});

it('a browser that cannot be opened says so', async () => {
  const problem = await failure(connect({ openExternal: () => Promise.reject(new Error('xdg-open: no method available')) }));
  expect(problem.kind).toBe('browser-failed');
  expect(problem.message).not.toContain('xdg-open');
});
