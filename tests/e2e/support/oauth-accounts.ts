import type { OAuthSetup } from '../../../electron/services/calendar/accounts/open-accounts';
import type { OAuthProvider } from '../../../electron/services/calendar/oauth/providers';
import type { FetchLike } from '../../../electron/services/calendar/sync/http-limits';
import { GRAPH_SERVER_SCRIPT, startApiServer, type LocalApiServer } from '../../integration/calendar/support/api-server';
import { startOAuthServer, TEST_CLIENT_ID, type OAuthServer } from '../../integration/calendar/support/oauth-server';

/**
 * Google and Microsoft for the end-to-end tests: a real OAuth server (oidc-provider, its own
 * process) whose sign-in and consent pages the test's browser answers, and the local Google
 * Calendar and Graph servers. The API servers accept exactly the access tokens the OAuth server
 * issued (read from its token responses), as the real APIs accept their provider's tokens.
 */
export interface AccountServers {
  oauth: OAuthServer;
  google: LocalApiServer;
  graph: LocalApiServer;
  stop(): Promise<void>;
}

export async function startAccountServers(): Promise<AccountServers> {
  const [oauth, google, graph] = await Promise.all([startOAuthServer(), startApiServer(), startApiServer(GRAPH_SERVER_SCRIPT)]);
  return { oauth, google, graph, stop: async () => void (await Promise.all([oauth.stop(), google.stop(), graph.stop()])) };
}

export const TEST_CLIENT = { clientId: TEST_CLIENT_ID, clientSecret: null };

/** The app's OAuth setup pointed at the local servers; `built: false` plays a build without client ids. */
export function localAccountSetup(servers: AccountServers, openInBrowser: (url: string) => Promise<void>, built = true): { oauth: OAuthSetup; fetch: FetchLike } {
  const google = servers.oauth.provider;
  // The test server registers http://127.0.0.1/callback only; the http://localhost shape Microsoft uses is covered by tests/unit/calendar-oauth/loopback.test.ts.
  const microsoft: OAuthProvider = { ...google, id: 'microsoft', displayName: 'Microsoft', revocationEndpoint: null };
  const accepted: string[] = [];
  const fetchAndShareTokens: FetchLike = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (url === google.tokenEndpoint && response.ok) {
      const body = (await response.clone().json()) as { access_token?: string };
      if (body.access_token) {
        accepted.push(body.access_token);
        await Promise.all([servers.google.control({ op: 'tokens', tokens: accepted }), servers.graph.control({ op: 'tokens', tokens: accepted })]);
      }
    }
    return response;
  };
  return {
    oauth: {
      buildClients: built ? { google: TEST_CLIENT, microsoft: TEST_CLIENT } : { google: null, microsoft: null },
      openExternal: openInBrowser,
      providers: { google, microsoft },
      baseUrls: { google: servers.google.baseUrl, microsoft: servers.graph.baseUrl },
    },
    fetch: fetchAndShareTokens,
  };
}

/** Monday 23 November 2026 (Berlin, UTC+1): a 1:1 on Google, one declined there, a planning meeting on Microsoft, one declined there. */
export async function seedAccountCalendars(servers: AccountServers): Promise<void> {
  const google = (id: string, summary: string, startUtc: string, endUtc: string, myAnswer: string, hangout?: string) => ({
    id,
    status: 'confirmed',
    summary,
    iCalUID: `${id}@google.com`,
    start: { dateTime: startUtc },
    end: { dateTime: endUtc },
    organizer: { email: 'ana@example.com', displayName: 'Ana Lima' },
    ...(hangout ? { hangoutLink: hangout } : {}),
    attendees: [
      { email: 'manager@example.com', self: true, responseStatus: myAnswer },
      { email: 'ana@example.com', displayName: 'Ana Lima', responseStatus: 'accepted' },
    ],
  });
  const graph = (id: string, subject: string, start: string, end: string, myAnswer: string) => ({
    id,
    iCalUId: id,
    type: 'singleInstance',
    subject,
    start: { dateTime: `${start}.0000000`, timeZone: 'UTC' },
    end: { dateTime: `${end}.0000000`, timeZone: 'UTC' },
    isAllDay: false,
    isCancelled: false,
    showAs: 'busy',
    ...(id === 'm1' ? { isOnlineMeeting: true, onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/planning' } } : {}),
    responseStatus: { response: myAnswer },
    organizer: { emailAddress: { address: 'priya@contoso.com', name: 'Priya Nair' } },
    attendees: [{ type: 'required', status: { response: 'accepted' }, emailAddress: { address: 'priya@contoso.com', name: 'Priya Nair' } }],
  });
  await servers.google.control({
    op: 'reset',
    calendars: [{ id: 'manager@example.com', summary: 'manager@example.com', primary: true, accessRole: 'owner', selected: true }],
    events: {
      'manager@example.com': [
        google('g1', '1:1 with Ana', '2026-11-23T09:00:00Z', '2026-11-23T09:30:00Z', 'accepted', 'https://meet.google.com/abc-defg-hij'),
        google('g2', 'Vendor pitch', '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z', 'declined'),
      ],
    },
    tokens: [],
  });
  await servers.graph.control({
    op: 'reset',
    owner: { name: 'Morgan Manager', address: 'morgan.manager@contoso.com' },
    events: [graph('m1', 'Planning with Priya', '2026-11-23T13:00:00', '2026-11-23T13:30:00', 'accepted'), graph('m2', 'Skip-level', '2026-11-23T14:00:00', '2026-11-23T14:30:00', 'declined')],
    tokens: [],
  });
}
