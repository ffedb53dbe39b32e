import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OAuthConnections, TokenStore } from '../../../../electron/services/calendar/oauth';
import { openCalendarServices, type CalendarServices } from '../../../../electron/services/calendar/sync/index';
import { MeetingRulesSchema } from '../../../../shared/domain/calendar';
import { createTestSecretBox } from '../../../fixtures/calendar-sync/aes-secret-box';
import { FakeClock } from '../../../support/fake-clock';
import { makeTempDir } from '../../../support/temp-dir';
import { GRAPH_SERVER_SCRIPT, startApiServer, type LocalApiServer } from '../support/api-server';
import { startOAuthServer, TEST_CLIENT_ID, type OAuthServer } from '../support/oauth-server';
import { TestBrowser } from '../support/test-browser';

/**
 * Google and Microsoft accounts as calendar sources, end to end below the UI: connect through
 * the browser (oidc-provider), sync from the local Google / Graph servers, meetings for the day
 * with the user's own declines skipped (no address in the settings), the last good copy kept
 * when the API is down, and Disconnect.
 */
const DAY = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-03T00:00:00Z') };
let oauth: OAuthServer;
let google: LocalApiServer;
let graph: LocalApiServer;
let dir: { path: string; cleanup: () => Promise<void> };
let app: CalendarServices;
let tokens: TokenStore;
let connections: OAuthConnections;
const clock = new FakeClock('2026-03-02T07:30:00Z');

const googleEvent = (id: string, summary: string, hour: number, myAnswer: string): Record<string, unknown> => ({
  id,
  status: 'confirmed',
  summary,
  iCalUID: `${id}@google.com`,
  start: { dateTime: `2026-03-02T${String(hour).padStart(2, '0')}:00:00+01:00` },
  end: { dateTime: `2026-03-02T${String(hour).padStart(2, '0')}:30:00+01:00` },
  organizer: { email: 'ana@example.com' },
  attendees: [
    { email: 'manager@example.com', self: true, responseStatus: myAnswer },
    { email: 'ana@example.com', responseStatus: 'accepted' },
  ],
});

const graphEvent = (id: string, subject: string, hour: number, myAnswer: string): Record<string, unknown> => ({
  id,
  iCalUId: id,
  type: 'singleInstance',
  subject,
  start: { dateTime: `2026-03-02T${String(hour).padStart(2, '0')}:00:00.0000000`, timeZone: 'UTC' },
  end: { dateTime: `2026-03-02T${String(hour).padStart(2, '0')}:30:00.0000000`, timeZone: 'UTC' },
  isAllDay: false,
  isCancelled: false,
  showAs: 'busy',
  responseStatus: { response: myAnswer },
  organizer: { emailAddress: { address: 'priya@contoso.com' } },
  attendees: [{ type: 'required', status: { response: 'accepted' }, emailAddress: { address: 'priya@contoso.com' } }],
});

const openExternal = (url: string): Promise<void> => {
  void new TestBrowser().visit(url, { login: 'manager@example.com', consent: 'allow' }).catch(() => undefined);
  return Promise.resolve();
};
const client = { clientId: TEST_CLIENT_ID, clientSecret: null };
const titles = (): string[] => app.calendar.meetingsBetween(DAY.from, DAY.to).map((m) => m.title);

beforeAll(async () => {
  [oauth, google, graph] = await Promise.all([startOAuthServer(), startApiServer(), startApiServer(GRAPH_SERVER_SCRIPT)]);
});
afterAll(async () => {
  await Promise.all([oauth?.stop(), google?.stop(), graph?.stop()]);
});
beforeEach(async () => {
  dir = await makeTempDir('touchpoint-oauth-');
  clock.set('2026-03-02T07:30:00Z');
  const microsoftLike = { ...oauth.provider, id: 'microsoft' as const, displayName: 'Microsoft', revocationEndpoint: null };
  tokens = await TokenStore.open(join(dir.path, 'calendar'), createTestSecretBox(), clock);
  connections = new OAuthConnections({ tokens, deps: { fetch: globalThis.fetch, clock, requestTimeoutMs: 10_000 }, providers: { google: oauth.provider, microsoft: microsoftLike } });
  app = await openCalendarServices({
    dataDirectory: dir.path,
    secretBox: createTestSecretBox(),
    clock,
    timeZone: () => 'Europe/Berlin',
    // No address of the user's own in the settings: these sources know it exactly.
    rules: () => MeetingRulesSchema.parse({}),
    limits: { responseTimeoutMs: 2_000, totalTimeoutMs: 5_000 },
    log: () => undefined,
    // Timers never fire by themselves: each test syncs when it wants and reads when the next would be.
    scheduler: { schedule: () => () => undefined },
    oauth: { connections, tokens, baseUrls: { google: google.baseUrl, microsoft: graph.baseUrl }, sleep: () => Promise.resolve() },
  });
  await google.control({
    op: 'reset',
    calendars: [{ id: 'manager@example.com', summary: 'manager@example.com', primary: true, accessRole: 'owner', selected: true }],
    events: { 'manager@example.com': [googleEvent('g1', '1:1 Ana', 10, 'accepted'), googleEvent('g2', 'Vendor pitch', 11, 'declined')] },
  });
  await graph.control({ op: 'reset', events: [graphEvent('m1', 'Planning with Priya', 13, 'accepted'), graphEvent('m2', 'Skip-level', 14, 'declined')] });
});
afterEach(async () => {
  app.calendar.dispose();
  await app.sync.close();
  await dir.cleanup();
});

/** The local APIs accept the access token the OAuth server issued. */
async function letApisAccept(sourceId: string): Promise<void> {
  const token = await connections.accessToken(sourceId);
  await google.control({ op: 'tokens', tokens: [token] });
  await graph.control({ op: 'reset', events: [graphEvent('m1', 'Planning with Priya', 13, 'accepted'), graphEvent('m2', 'Skip-level', 14, 'declined')], tokens: [token] });
}

describe('a connected Google account', () => {
  it('connects through the browser, syncs, and shows its meetings without the declined one', async () => {
    const source = await app.sync.connectAccount({ provider: 'google', client, openExternal });
    expect(source).toMatchObject({ kind: 'google', name: 'Google Calendar', account: null, secretsProtected: true, secretsUnreadable: false });
    await letApisAccept(source.id);

    const status = await app.sync.syncSource(source.id);

    expect(status.state).toBe('ok');
    expect(app.sync.getSource(source.id)).toMatchObject({ account: 'manager@example.com' });
    expect(titles()).toEqual(['1:1 Ana']);
    // The refresh token is in oauth-tokens.json only, sealed; sources.json has none.
    const sources = await readFile(join(dir.path, 'calendar', 'sources.json'), 'utf8');
    const saved = tokens.get(source.id);
    if (!saved.ok) throw new Error('no tokens');
    expect(sources).not.toContain(saved.tokens.refreshToken);
    expect(await readFile(join(dir.path, 'calendar', 'oauth-tokens.json'), 'utf8')).not.toContain(saved.tokens.refreshToken);
  });

  it('keeps the last good copy when Google is down, and says so', async () => {
    const source = await app.sync.connectAccount({ provider: 'google', client, openExternal });
    await letApisAccept(source.id);
    await app.sync.syncSource(source.id);
    await google.control({ op: 'fail-next', failures: [{ status: 500 }] });

    const status = await app.sync.syncSource(source.id);

    expect(status).toMatchObject({ state: 'error', lastErrorKind: 'server', usingCachedCopy: true, lastError: 'Google had a problem (500). Touchpoint will try again later.' });
    expect(titles()).toEqual(['1:1 Ana']);
  });

  it('a long Retry-After ends the sync and the next try waits for it, not the usual minute', async () => {
    const source = await app.sync.connectAccount({ provider: 'google', client, openExternal });
    await letApisAccept(source.id);
    app.sync.start();
    await google.control({ op: 'fail-next', failures: [{ status: 429, retryAfter: '1800' }] });

    const status = await app.sync.syncSource(source.id);

    expect(status).toMatchObject({ state: 'error', lastErrorKind: 'rate-limited', nextSyncAt: '2026-03-02T08:00:00.000Z' });
    app.sync.stop();
  });

  it('Disconnect withdraws the access, deletes the tokens and removes the calendar', async () => {
    const source = await app.sync.connectAccount({ provider: 'google', client, openExternal });
    await letApisAccept(source.id);
    await app.sync.syncSource(source.id);

    const result = await app.sync.disconnectAccount(source.id);

    expect(result.revoked).toBe(true);
    expect(tokens.has(source.id)).toBe(false);
    expect(app.sync.listSources()).toEqual([]);
    expect(titles()).toEqual([]);
  });
});

describe('a connected Microsoft account', () => {
  it('syncs from Graph, knows the user from the calendar owner, and skips their declines', async () => {
    const source = await app.sync.connectAccount({ provider: 'microsoft', client, openExternal });
    await letApisAccept(source.id);

    const status = await app.sync.syncSource(source.id);

    expect(status.state).toBe('ok');
    expect(app.sync.getSource(source.id)).toMatchObject({ kind: 'microsoft', account: 'morgan.manager@contoso.com' });
    expect(titles()).toEqual(['Planning with Priya']);

    const result = await app.sync.disconnectAccount(source.id);
    expect(result.revoked).toBe(false);
    expect(result.message).toContain('Microsoft offers apps no way to withdraw their own access');
    expect(tokens.has(source.id)).toBe(false);
  });
});
