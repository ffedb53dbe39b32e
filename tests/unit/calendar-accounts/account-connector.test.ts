import { readFile } from 'node:fs/promises';
import { connect as netConnect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountConnector } from '../../../electron/services/calendar/accounts/account-connector';
import { calendarDirectoryOf, openOAuth, type OpenedOAuth } from '../../../electron/services/calendar/accounts/open-accounts';
import { OwnClientStore } from '../../../electron/services/calendar/accounts/own-clients';
import type { OAuthClients, OAuthProvider } from '../../../electron/services/calendar/oauth';
import { CalendarSyncService } from '../../../electron/services/calendar/sync/calendar-sync-service';
import { OwnClientInputSchema } from '../../../shared/contract/calendar-accounts';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { FakeClock } from '../../support/fake-clock';
import { tempFolderPerTest } from '../../support/temp-dir';
import { followRedirect, startScriptedProvider, tokenBody, type ScriptedProvider } from '../calendar-oauth/scripted-provider';
import { issueText } from '../../../shared/domain/validation';
import { t } from '../../../electron/services/text/main-text';

/**
 * The account connector over the real OAuth connections, token store, own-client store and sync
 * service; the provider is a scripted local server and the "browser" is injected, so each test
 * decides whether and when the sign-in comes back.
 */
let opened: { sync: CalendarSyncService } | null = null;
const folder = tempFolderPerTest(async () => {
  await opened?.sync.close();
  opened = null;
});
const clock = new FakeClock('2026-03-02T09:00:00Z');
let scripted: ScriptedProvider;

beforeEach(async () => {
  scripted = await startScriptedProvider();
  scripted.script.token = { status: 200, body: tokenBody({}) };
});
afterEach(() => scripted.close());

interface Browser {
  opened: string[];
  /** Set: the browser follows the sign-in at once; unset: it waits (the user has not finished). */
  follow: boolean;
}

async function setUp(buildClients: OAuthClients = { google: { clientId: 'build-google', clientSecret: 'build-secret' }, microsoft: { clientId: 'build-ms', clientSecret: null } }) {
  const providers: Record<'google' | 'microsoft', OAuthProvider> = {
    google: { ...scripted.provider, id: 'google', displayName: 'Google' },
    microsoft: scripted.provider,
  };
  const browser: Browser = { opened: [], follow: true };
  const openExternal = async (url: string): Promise<void> => {
    browser.opened.push(url);
    if (browser.follow) await followRedirect(url);
  };
  const secretBox = createTestSecretBox();
  const base = scripted.provider.issuer;
  const oauth: OpenedOAuth = await openOAuth({ buildClients, openExternal, providers, baseUrls: { google: `${base}/api`, microsoft: `${base}/api` } }, {
    calendarDirectory: calendarDirectoryOf(folder.path),
    secretBox,
    clock,
  });
  const sync = await CalendarSyncService.open({ dataDirectory: folder.path, secretBox, clock, timeZone: () => 'UTC', log: () => undefined, oauth: oauth.config });
  opened = { sync };
  const progress: string[] = [];
  const connector = new AccountConnector({ sync, ownClients: oauth.ownClients, buildClients, openExternal, onProgress: (provider, stage) => progress.push(`${provider}:${stage}`) });
  return { connector, browser, oauth, progress };
}

const clientIdOf = (url: string): string | null => new URL(url).searchParams.get('client_id');
const portOf = (url: string): number => Number(new URL(new URL(url).searchParams.get('redirect_uri') ?? '').port);
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await tick();
}

/** True when something still listens on the loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = netConnect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('AccountConnector', () => {
  it('connects an account through the browser, reports each stage and keeps the refresh token sealed', async () => {
    const { connector, browser, progress } = await setUp();
    const source = await connector.connect('microsoft');
    expect(source.kind).toBe('microsoft');
    expect(clientIdOf(browser.opened[0] ?? '')).toBe('build-ms');
    expect(progress).toEqual(['microsoft:waiting-for-browser', 'microsoft:exchanging', 'microsoft:first-sync']);
    expect(connector.accounts().map((account) => account.id)).toEqual([source.id]);
    const tokens = await readFile(`${calendarDirectoryOf(folder.path)}/oauth-tokens.json`, 'utf8');
    expect(tokens).toContain(source.id);
    expect(tokens).not.toContain('refresh-1');
  });

  it('runs one connect per provider: a second Connect closes the first listener and the first reports cancelled', async () => {
    const { connector, browser } = await setUp();
    browser.follow = false;
    const first = connector.connect('google');
    await waitFor(() => browser.opened.length === 1);
    const firstPort = portOf(browser.opened[0] ?? '');
    expect(await listening(firstPort)).toBe(true);
    const second = connector.connect('google');
    await expect(first).rejects.toMatchObject({ kind: 'cancelled', message: 'Connecting was cancelled.' });
    expect(await listening(firstPort)).toBe(false);
    await waitFor(() => browser.opened.length === 2);
    // A Microsoft connect meanwhile is its own: it is not touched by Google's.
    browser.follow = true;
    await expect(connector.connect('microsoft')).resolves.toMatchObject({ kind: 'microsoft' });
    await followRedirect(browser.opened[1] ?? '');
    await expect(second).resolves.toMatchObject({ kind: 'google' });
    expect(connector.accounts()).toHaveLength(2);
  });

  it('Cancel closes the loopback listener and the connect reports cancelled, saving nothing', async () => {
    const { connector, browser } = await setUp();
    browser.follow = false;
    const pending = connector.connect('microsoft');
    await waitFor(() => browser.opened.length === 1);
    const port = portOf(browser.opened[0] ?? '');
    expect(await listening(port)).toBe(true);
    connector.cancel('microsoft');
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
    expect(await listening(port)).toBe(false);
    expect(connector.accounts()).toEqual([]);
    expect(scripted.tokenRequests).toHaveLength(0);
  });

  it('disconnect removes the tokens and the account, and says what happened', async () => {
    const { connector, oauth } = await setUp();
    const source = await connector.connect('microsoft');
    expect(oauth.config.tokens.has(source.id)).toBe(true);
    const result = await connector.disconnect(source.id);
    expect(result.revoked).toBe(false);
    expect(result.message).toContain('Touchpoint deleted its keys');
    expect(oauth.config.tokens.has(source.id)).toBe(false);
    expect(connector.accounts()).toEqual([]);
    const tokens = await readFile(`${calendarDirectoryOf(folder.path)}/oauth-tokens.json`, 'utf8');
    expect(tokens).not.toContain(source.id);
  });

  it('signs in with the own client over the build-time one, and with none refuses in plain words', async () => {
    const { connector, browser } = await setUp({ google: { clientId: 'build-google', clientSecret: 'build-secret' }, microsoft: null });
    expect(connector.clients().map((view) => view.source)).toEqual(['build', 'none']);
    await expect(connector.connect('microsoft')).rejects.toMatchObject({
      kind: 'no-client-id',
      message: expect.stringContaining('Add your own client id under Settings → Calendars → Advanced') as unknown,
    });
    expect(browser.opened).toEqual([]);

    await connector.connect('google');
    expect(clientIdOf(browser.opened[0] ?? '')).toBe('build-google');
    const views = await connector.setOwnClient('google', 'own-google', 'own-secret');
    expect(views[0]).toEqual({ provider: 'google', source: 'own', ownClientId: 'own-google', ownClientHasSecret: true });
    await connector.connect('google');
    expect(clientIdOf(browser.opened[1] ?? '')).toBe('own-google');
    const exchanges = scripted.tokenRequests.filter((body) => body.get('grant_type') === 'authorization_code');
    expect(exchanges.at(-1)?.get('client_secret')).toBe('own-secret');

    await connector.clearOwnClient('google');
    await connector.connect('google');
    expect(clientIdOf(browser.opened[2] ?? '')).toBe('build-google');
  });

  it('refuses an invalid own client with a plain message and keeps the one before', async () => {
    const { connector } = await setUp();
    await connector.setOwnClient('microsoft', 'own-ms', null);
    await expect(connector.setOwnClient('microsoft', 'own-ms-2', 'a-secret')).rejects.toThrow('A Microsoft public client has no secret. Leave the secret empty.');
    expect(connector.clients()[1]).toMatchObject({ source: 'own', ownClientId: 'own-ms' });
    // What Settings sends is checked at the boundary first, with words a person can act on.
    const spaced = OwnClientInputSchema.safeParse({ provider: 'google', clientId: 'has a space' });
    expect(spaced.success).toBe(false);
    expect(issueText(spaced.error!.issues[0]!, t)).toBe('A client id has no spaces or special characters.');
    const empty = OwnClientInputSchema.safeParse({ provider: 'google', clientId: '  ' });
    expect(issueText(empty.error!.issues[0]!, t)).toBe('Paste the client id.');
  });
});

describe('OwnClientStore (oauth-clients.json)', () => {
  it('seals the secret, never writing it in plain text, and reads it back after a restart', async () => {
    const store = await OwnClientStore.open(folder.path, createTestSecretBox(), clock);
    await store.set('google', { clientId: 'own-google', clientSecret: 'GOCSPX-plain-secret' });
    const text = await readFile(`${folder.path}/oauth-clients.json`, 'utf8');
    expect(text).toContain('own-google');
    expect(text).not.toContain('GOCSPX-plain-secret');
    const reopened = await OwnClientStore.open(folder.path, createTestSecretBox(), clock);
    expect(reopened.get('google')).toEqual({ clientId: 'own-google', clientSecret: 'GOCSPX-plain-secret' });
    expect(reopened.hasSecret('google')).toBe(true);
    expect(reopened.get('microsoft')).toBeNull();
  });

  it('a secret sealed under another key counts as no own client (the build-time one is used)', async () => {
    const store = await OwnClientStore.open(folder.path, createTestSecretBox(), clock);
    await store.set('google', { clientId: 'own-google', clientSecret: 'secret' });
    const other = await OwnClientStore.open(folder.path, createTestSecretBox({ key: Buffer.alloc(32, 9) }), clock);
    expect(other.get('google')).toBeNull();
  });

  it('an unreadable file is set aside, not deleted, and the user is told', async () => {
    const { writeFile, readdir } = await import('node:fs/promises');
    await writeFile(`${folder.path}/oauth-clients.json`, '{"version":1,"clients":{"google":{"clientId":""}}}');
    const store = await OwnClientStore.open(folder.path, createTestSecretBox(), clock);
    expect(store.loadProblem).toContain('Enter them again under Settings → Calendars → Advanced');
    expect(store.get('google')).toBeNull();
    expect((await readdir(folder.path)).some((name) => name.startsWith('oauth-clients.json.unreadable-'))).toBe(true);
  });
});
