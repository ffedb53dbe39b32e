import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allOccurrences, type CachedApiCopy } from '../../../electron/services/calendar/api/api-copy';
import type { ApiDeps, ApiSession } from '../../../electron/services/calendar/api/api-request';
import { apiSyncWindow } from '../../../electron/services/calendar/api/sync-window';
import { syncGraph } from '../../../electron/services/calendar/microsoft/graph-sync';
import { selectMeetings } from '../../../electron/services/calendar/select';
import { DEFAULT_HTTP_LIMITS } from '../../../electron/services/calendar/sync/http-limits';
import { MeetingRulesSchema } from '../../../shared/domain/calendar';
import { FakeClock } from '../../support/fake-clock';
import { GRAPH_SERVER_SCRIPT, startApiServer, type LocalApiServer } from './support/api-server';

/**
 * Microsoft Graph sync (calendarView delta) against a local server reproducing the documented
 * shapes; the production code runs unchanged but for the base URL.
 */
const SELF = 'morgan.manager@contoso.com';
let server: LocalApiServer;
const clock = new FakeClock('2026-03-02T07:30:00Z');

const attendee = (address: string, response: string, type = 'required') => ({ type, status: { response, time: '2026-02-20T10:00:00Z' }, emailAddress: { name: address.split('@')[0], address } });

function event(id: string, start: string, end: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    iCalUId: `040000008200E0-${id}`,
    type: 'singleInstance',
    subject: `Event ${id}`,
    start: { dateTime: `${start}.0000000`, timeZone: 'UTC' },
    end: { dateTime: `${end}.0000000`, timeZone: 'UTC' },
    isAllDay: false,
    isCancelled: false,
    showAs: 'busy',
    responseStatus: { response: 'accepted', time: '2026-02-20T10:00:00Z' },
    organizer: { emailAddress: { name: 'Priya', address: 'priya@contoso.com' } },
    attendees: [attendee('Morgan.Manager@contoso.com', 'none'), attendee('priya@contoso.com', 'accepted')],
    location: { displayName: '' },
    onlineMeeting: null,
    ...extra,
  };
}

const occurrence = (date: string, hour: string) =>
  event(`AAMk-weekly-${date}`, `${date}T${hour}:00:00`, `${date}T${hour}:30:00`, {
    type: 'occurrence',
    subject: 'Staff meeting',
    seriesMasterId: 'AAMk-weekly-master',
    originalStart: `${date}T09:00:00Z`,
  });

const INITIAL = {
  op: 'reset',
  pageSize: 2,
  owner: { name: 'Morgan Manager', address: 'Morgan.Manager@contoso.com' },
  events: [
    event('one', '2026-03-02T08:00:00', '2026-03-02T08:30:00', {
      subject: '1:1 Priya',
      onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc' },
      attendees: [attendee('Morgan.Manager@contoso.com', 'none'), attendee('priya@contoso.com', 'accepted'), attendee('room-4@contoso.com', 'accepted', 'resource')],
    }),
    occurrence('2026-03-02', '09'),
    occurrence('2026-03-09', '09'),
    // Declined by the user, who is not in the attendee list (a distribution list invite).
    event('declined', '2026-03-02T13:00:00', '2026-03-02T14:00:00', { subject: 'All hands dry run', responseStatus: { response: 'declined' }, attendees: [attendee('allhands@contoso.com', 'none')] }),
    event('free', '2026-03-02T15:00:00', '2026-03-02T15:30:00', { subject: 'Coffee', showAs: 'free' }),
    event('cancelled', '2026-03-03T10:00:00', '2026-03-03T11:00:00', { subject: 'Canceled: Budget', isCancelled: true }),
    event('organizer', '2026-03-03T12:00:00', '2026-03-03T12:30:00', { subject: 'My review', responseStatus: { response: 'organizer' }, organizer: { emailAddress: { name: 'Morgan', address: SELF } }, location: { displayName: 'Room 12' } }),
    event('allday', '2026-03-05T00:00:00', '2026-03-06T00:00:00', { subject: 'Offsite', isAllDay: true }),
    event('far', '2027-01-04T09:00:00', '2027-01-04T10:00:00'),
  ],
};

let drops = 0;
const sleeps: number[] = [];
const session: ApiSession = { providerName: 'Microsoft', accessToken: () => Promise.resolve('test-access-token'), dropAccessToken: () => void drops++ };
const deps: ApiDeps = {
  fetch: globalThis.fetch,
  limits: DEFAULT_HTTP_LIMITS,
  clock,
  sleep: (ms) => {
    sleeps.push(ms);
    return Promise.resolve();
  },
};
const sync = (previous: CachedApiCopy | null) => syncGraph({ session, deps, baseUrl: server.baseUrl, window: apiSyncWindow(clock.now()), previous });
const titled = (copy: CachedApiCopy, subject: string) => allOccurrences(copy).filter((o) => o.title === subject);

beforeAll(async () => {
  server = await startApiServer(GRAPH_SERVER_SCRIPT);
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  await server.control(INITIAL);
  clock.set('2026-03-02T07:30:00Z');
  drops = 0;
  sleeps.length = 0;
});

describe('a full sync', () => {
  it('reads the owner, follows nextLinks over the window in UTC and maps the instances', async () => {
    const { copy, full, incremental } = await sync(null);

    expect({ full, incremental }).toEqual({ full: 1, incremental: 0 });
    expect(copy.kind).toBe('microsoft');
    expect(copy.selfEmail).toBe(SELF);
    const log = await server.log();
    const deltaRequests = log.filter((entry) => entry.path === '/v1.0/me/calendarView/delta');
    expect(deltaRequests.length).toBe(4); // 7 in the window (the far one is not), 2 per page
    expect(deltaRequests[0]?.query).toEqual({ startDateTime: '2026-02-14T00:00:00.000Z', endDateTime: '2026-05-15T00:00:00.000Z' });
    expect(deltaRequests.slice(1).every((entry) => entry.query.$skiptoken !== undefined)).toBe(true);
    for (const request of deltaRequests) expect(request.prefer).toContain('outlook.timezone="UTC"');

    expect(titled(copy, '1:1 Priya')[0]).toEqual({
      uid: '040000008200E0-one',
      recurrenceId: null,
      title: '1:1 Priya',
      start: '2026-03-02T08:00:00.000Z',
      end: '2026-03-02T08:30:00.000Z',
      allDay: false,
      status: 'CONFIRMED',
      transparent: false,
      organizer: { email: 'priya@contoso.com', name: 'Priya', partstat: 'ACCEPTED' },
      // The user's own entry carries their own answer (responseStatus), not the list's "none"; the room is left out.
      attendees: [
        { email: SELF, name: 'Morgan.Manager', partstat: 'ACCEPTED' },
        { email: 'priya@contoso.com', name: 'priya', partstat: 'ACCEPTED' },
      ],
      location: null,
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    });
    expect(titled(copy, 'Staff meeting').map((o) => [o.uid, o.recurrenceId])).toEqual([
      ['AAMk-weekly-master', '2026-03-02T09:00:00.000Z'],
      ['AAMk-weekly-master', '2026-03-09T09:00:00.000Z'],
    ]);
    expect(titled(copy, 'Canceled: Budget')).toEqual([]);
    expect(titled(copy, 'Offsite')[0]).toMatchObject({ allDay: true, start: '2026-03-05', end: '2026-03-06' });
    expect(titled(copy, 'My review')[0]?.location).toBe('Room 12');

    const rules = MeetingRulesSchema.parse({ userEmails: [copy.selfEmail] });
    // Declined (though not listed), free, cancelled and all-day entries are not meetings.
    const meetings = selectMeetings(allOccurrences(copy), rules, 'src').map((m) => m.title);
    expect(meetings.sort()).toEqual(['1:1 Priya', 'My review', 'Staff meeting', 'Staff meeting']);
  });
});

describe('incremental sync', () => {
  it('follows the deltaLink: a moved occurrence, a deleted one, a new event', async () => {
    const first = await sync(null);
    await server.control({ op: 'upsert', event: occurrence('2026-03-09', '10') });
    await server.control({ op: 'delete', id: 'AAMk-weekly-2026-03-02' });
    await server.control({ op: 'upsert', event: event('new', '2026-03-04T16:00:00', '2026-03-04T16:30:00', { subject: 'Hiring sync' }) });
    await server.control({ op: 'upsert', event: event('organizer', '2026-03-03T12:00:00', '2026-03-03T12:30:00', { subject: 'My review', isCancelled: true }) });
    const before = (await server.log()).length;

    const second = await sync(first.copy);

    expect(second).toMatchObject({ full: 0, incremental: 1 });
    const requests = (await server.log()).slice(before).filter((entry) => entry.path.endsWith('/delta'));
    expect(requests[0]?.query.$deltatoken).toBeDefined();
    expect(requests[0]?.query.startDateTime).toBeUndefined();
    expect(titled(second.copy, 'Staff meeting').map((o) => o.start)).toEqual(['2026-03-09T10:00:00.000Z']);
    expect(titled(second.copy, 'Hiring sync')).toHaveLength(1);
    expect(titled(second.copy, 'My review')).toEqual([]);
  });

  it('a 410 for a delta token Graph no longer knows starts again with a full round', async () => {
    const first = await sync(null);
    await server.control({ op: 'invalidate-delta-tokens' });
    const second = await sync(first.copy);
    expect(second).toMatchObject({ full: 1, incremental: 1 });
    expect(allOccurrences(second.copy)).toHaveLength(allOccurrences(first.copy).length);
    expect(second.copy.calendars[0]?.syncToken).toContain('$deltatoken=');
  });
});

describe('throttling', () => {
  it('waits out 429 and 503 with Retry-After, then finishes', async () => {
    await server.control({ op: 'fail-next', failures: [{ status: 429, retryAfter: '3' }, { status: 503, retryAfter: '1' }] });
    const { copy } = await sync(null);
    expect(sleeps).toEqual([3000, 1000]);
    expect(allOccurrences(copy).length).toBeGreaterThan(0);
  });

  it('a 401 gets one refresh and retry', async () => {
    // The session always hands out the same token, which the server now refuses: one retry, then "connect again".
    await server.control({ ...INITIAL, tokens: ['another'] });
    await expect(sync(null)).rejects.toMatchObject({ kind: 'auth', message: 'Microsoft no longer accepts Touchpoint’s access. Connect again in Settings → Calendars.' });
    expect(drops).toBe(1);
  });
});
