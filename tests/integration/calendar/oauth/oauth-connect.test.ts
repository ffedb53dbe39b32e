import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthConnectionError, OAuthConnections, refreshAccess, TokenStore, type OAuthDeps } from '../../../../electron/services/calendar/oauth';
import { createTestSecretBox } from '../../../fixtures/calendar-sync/aes-secret-box';
import { FakeClock } from '../../../support/fake-clock';
import { tempFolderPerTest } from '../../../support/temp-dir';
import { startOAuthServer, TEST_CLIENT_ID, type OAuthServer } from '../support/oauth-server';
import { TestBrowser, type BrowserChoices, type BrowserVisit } from '../support/test-browser';

/**
 * The whole OAuth connection against a real OpenID server (oidc-provider in its own process):
 * the system browser (a fetch-based stand-in) opened on the authorization URL, sign-in and
 * consent on the server's pages, the redirect to the loopback listener, the code exchange
 * with PKCE, refresh with rotation, revocation on Disconnect, a denied consent, and the
 * provider going down.
 */
let server: OAuthServer;
const folder = tempFolderPerTest();
const client = { clientId: TEST_CLIENT_ID, clientSecret: null };

beforeAll(async () => {
  server = await startOAuthServer();
});
afterAll(async () => {
  await server?.stop();
});

interface Harness {
  connections: OAuthConnections;
  tokens: TokenStore;
  clock: FakeClock;
  deps: OAuthDeps;
  tokenFile: string;
}

async function harness(options: { browserWaitMs?: number } = {}): Promise<Harness> {
  const clock = new FakeClock(new Date());
  const tokens = await TokenStore.open(folder.path, createTestSecretBox(), clock);
  const deps: OAuthDeps = { fetch: globalThis.fetch, clock, requestTimeoutMs: 30_000 };
  const connections = new OAuthConnections({ tokens, deps, providers: { google: server.provider, microsoft: server.provider }, browserWaitMs: options.browserWaitMs ?? 60_000 });
  return { connections, tokens, clock, deps, tokenFile: join(folder.path, 'oauth-tokens.json') };
}

const accountsOnDisk = (text: string): Record<string, unknown> => (JSON.parse(text) as { accounts: Record<string, unknown> }).accounts;

/** openExternal for the tests: the "browser" runs the pages as a person would. */
function browserThat(choices: BrowserChoices): { openExternal: (url: string) => Promise<void>; opened: string[]; visit: () => Promise<BrowserVisit> } {
  const opened: string[] = [];
  let visit: Promise<BrowserVisit> | null = null;
  return {
    opened,
    openExternal: (url) => {
      opened.push(url);
      visit = new TestBrowser().visit(url, choices);
      visit.catch(() => undefined);
      return Promise.resolve();
    },
    visit: () => {
      if (!visit) throw new Error('The browser was never opened');
      return visit;
    },
  };
}

describe('connecting through the browser', () => {
  it('opens the authorization URL with PKCE S256, state and a loopback redirect, and saves only a sealed refresh token', async () => {
    const { connections, tokens, tokenFile } = await harness();
    const browser = browserThat({ login: 'manager@example.com', consent: 'allow' });

    await connections.connect('acct-1', { provider: 'google', client, openExternal: browser.openExternal });

    expect(browser.opened).toHaveLength(1);
    const authorization = new URL(browser.opened[0] ?? '');
    expect(authorization.origin + authorization.pathname).toBe(server.provider.authorizationEndpoint);
    expect(authorization.searchParams.get('response_type')).toBe('code');
    expect(authorization.searchParams.get('client_id')).toBe(TEST_CLIENT_ID);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorization.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(authorization.searchParams.get('scope')).toBe('calendar.read offline_access');
    const redirect = new URL(authorization.searchParams.get('redirect_uri') ?? '');
    expect(redirect.protocol).toBe('http:');
    expect(redirect.hostname).toBe('127.0.0.1');
    expect(Number(redirect.port)).toBeGreaterThan(1023);
    expect(redirect.pathname).toBe('/callback');

    // The browser went through sign-in and consent and landed on the loopback page.
    const visit = await browser.visit();
    expect(visit.urls.some((url) => url.includes('/interaction/'))).toBe(true);
    expect(new URL(visit.finalUrl).origin).toBe(redirect.origin);
    expect(new URL(visit.finalUrl).searchParams.get('state')).toBe(authorization.searchParams.get('state'));
    expect(visit.finalStatus).toBe(200);
    expect(visit.finalBody).toContain('You can close this tab');

    // The listener is gone once the answer arrived.
    await expect(fetch(redirect.href)).rejects.toThrow();

    const opened = tokens.get('acct-1');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.protected).toBe(true);
    expect(opened.tokens.clientId).toBe(TEST_CLIENT_ID);
    const onDisk = await readFile(tokenFile, 'utf8');
    expect(onDisk).not.toContain(opened.tokens.refreshToken);
    expect(accountsOnDisk(onDisk)['acct-1']).toMatchObject({ refreshToken: { protected: true } });
    // The access token from the exchange is handed out without another request.
    expect(await connections.accessToken('acct-1')).toMatch(/\S{20,}/);
  });

  it('ignores a request to the loopback listener with another state and keeps waiting for the real answer', async () => {
    const { connections } = await harness();
    const browser = browserThat({ login: 'manager@example.com', consent: 'allow' });
    let forged: Response | null = null;
    await connections.connect('acct-1', {
      provider: 'google',
      client,
      openExternal: async (url) => {
        const redirectUri = new URL(url).searchParams.get('redirect_uri') ?? '';
        forged = await fetch(`${redirectUri}?code=stolen&state=not-the-one`);
        await browser.openExternal(url);
      },
    });
    expect(forged).not.toBeNull();
    expect((forged as unknown as Response).status).toBe(400);
    expect((await browser.visit()).finalStatus).toBe(200);
    expect(connections.isConnected('acct-1')).toBe(true);
  });

  it('a denied consent connects nothing and says so in plain words', async () => {
    const { connections, tokens } = await harness();
    const browser = browserThat({ login: 'manager@example.com', consent: 'deny' });

    const error = await connections.connect('acct-1', { provider: 'google', client, openExternal: browser.openExternal }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OAuthConnectionError);
    expect((error as OAuthConnectionError).kind).toBe('consent-denied');
    expect((error as OAuthConnectionError).message).toBe(
      'You didn’t allow Touchpoint to read your Google calendar, so nothing was connected. Choose Connect again whenever you’re ready.',
    );
    const visit = await browser.visit();
    expect(new URL(visit.finalUrl).searchParams.get('error')).toBe('access_denied');
    expect(visit.finalBody).toContain('Touchpoint was not connected');
    expect(tokens.has('acct-1')).toBe(false);
  });

  it('Cancel stops the wait and closes the listener', async () => {
    const { connections, tokens } = await harness();
    const cancel = new AbortController();
    let redirectUri = '';
    const connecting = connections.connect('acct-1', {
      provider: 'google',
      client,
      signal: cancel.signal,
      openExternal: (url) => {
        redirectUri = new URL(url).searchParams.get('redirect_uri') ?? '';
        cancel.abort();
        return Promise.resolve();
      },
    });
    await expect(connecting).rejects.toMatchObject({ kind: 'cancelled' });
    await expect(fetch(redirectUri)).rejects.toThrow();
    expect(tokens.has('acct-1')).toBe(false);
  });

  it('gives up waiting for a browser that never comes back', async () => {
    const { connections } = await harness({ browserWaitMs: 50 });
    await expect(connections.connect('acct-1', { provider: 'google', client, openExternal: () => Promise.resolve() })).rejects.toMatchObject({
      kind: 'browser-timeout',
    });
  });
});

describe('after connecting', () => {
  it('refreshes an expired access token and keeps the rotated refresh token; the old one no longer works', async () => {
    const { connections, tokens, clock, deps } = await harness();
    const browser = browserThat({ login: 'manager@example.com', consent: 'allow' });
    await connections.connect('acct-1', { provider: 'google', client, openExternal: browser.openExternal });
    const first = await connections.accessToken('acct-1');
    const before = tokens.get('acct-1');
    if (!before.ok) throw new Error('no tokens');

    clock.advance(2 * 3_600_000);
    // Two syncs asking at once share one refresh: a rotated token must not be spent twice.
    const [second, again] = await Promise.all([connections.accessToken('acct-1'), connections.accessToken('acct-1')]);

    expect(second).not.toBe(first);
    expect(again).toBe(second);
    const after = tokens.get('acct-1');
    if (!after.ok) throw new Error('no tokens');
    expect(after.tokens.refreshToken).not.toBe(before.tokens.refreshToken);
    // A reopened store (the app restarted) has the rotated token.
    const reopened = await TokenStore.open(folder.path, createTestSecretBox(), clock);
    const reread = reopened.get('acct-1');
    expect(reread.ok && reread.tokens.refreshToken).toBe(after.tokens.refreshToken);
    await expect(refreshAccess(server.provider, client, before.tokens.refreshToken, deps)).rejects.toMatchObject({ kind: 'reconnect' });
  });

  it('Disconnect revokes the refresh token at the provider and deletes it', async () => {
    const { connections, tokens, deps, tokenFile } = await harness();
    const browser = browserThat({ login: 'manager@example.com', consent: 'allow' });
    await connections.connect('acct-1', { provider: 'google', client, openExternal: browser.openExternal });
    const saved = tokens.get('acct-1');
    if (!saved.ok) throw new Error('no tokens');

    const result = await connections.disconnect('acct-1');

    expect(result).toEqual({ revoked: true, message: 'Disconnected. Google has withdrawn Touchpoint’s access and Touchpoint deleted its keys.' });
    expect(tokens.has('acct-1')).toBe(false);
    expect(accountsOnDisk(await readFile(tokenFile, 'utf8'))).toEqual({});
    await expect(refreshAccess(server.provider, client, saved.tokens.refreshToken, deps)).rejects.toMatchObject({
      kind: 'reconnect',
      message: 'Google no longer accepts Touchpoint’s access (it expired or was withdrawn). Connect again to keep your meetings up to date; the last synced copy stays until then.',
    });
    await expect(connections.accessToken('acct-1')).rejects.toMatchObject({ kind: 'not-connected' });
  });

  it('without a revocation endpoint (Microsoft), Disconnect deletes the tokens and says where to remove the app', async () => {
    const { tokens, deps } = await harness();
    const microsoftLike = { ...server.provider, id: 'microsoft' as const, displayName: 'Microsoft', revocationEndpoint: null };
    const connections = new OAuthConnections({ tokens, deps, providers: { google: server.provider, microsoft: microsoftLike } });
    const browser = browserThat({ login: 'manager@example.com', consent: 'allow' });
    await connections.connect('acct-ms', { provider: 'microsoft', client, openExternal: browser.openExternal });
    const saved = tokens.get('acct-ms');
    if (!saved.ok) throw new Error('no tokens');

    const result = await connections.disconnect('acct-ms');

    expect(result.revoked).toBe(false);
    expect(result.message).toContain('Microsoft offers apps no way to withdraw their own access');
    expect(result.message).toContain('myapps.microsoft.com');
    expect(tokens.has('acct-ms')).toBe(false);
    // Not revoked: the server still honours it, which is exactly why the message says so.
    const stillValid = await refreshAccess(microsoftLike, client, saved.tokens.refreshToken, deps);
    expect(stillValid.accessToken.length).toBeGreaterThan(10);
  });
});

describe('the provider going down', () => {
  it('a refresh against a stopped server fails as "provider down" and keeps the refresh token; Disconnect still deletes it', async () => {
    const own = await startOAuthServer();
    try {
      const { tokens, deps, clock } = await harness();
      const connections = new OAuthConnections({ tokens, deps, providers: { google: own.provider, microsoft: own.provider } });
      const browser = browserThat({ login: 'manager@example.com', consent: 'allow' });
      await connections.connect('acct-1', { provider: 'google', client, openExternal: browser.openExternal });
      await own.stop();
      clock.advance(2 * 3_600_000);

      await expect(connections.accessToken('acct-1')).rejects.toMatchObject({
        kind: 'provider-down',
        message: 'Couldn’t reach Google’s sign-in service. Check that you are online and try again in a few minutes; the last synced copy of your calendar stays.',
      });
      expect(tokens.has('acct-1')).toBe(true);

      const result = await connections.disconnect('acct-1');
      expect(result.revoked).toBe(false);
      expect(result.message).toContain('couldn’t reach Google to withdraw its access');
      expect(tokens.has('acct-1')).toBe(false);
    } finally {
      await own.stop();
    }
  });
});
