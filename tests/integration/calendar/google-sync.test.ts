import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDeps, ApiSession } from '../../../electron/services/calendar/api/api-request';
import { apiSyncWindow } from '../../../electron/services/calendar/api/sync-window';
import { allOccurrences, type CachedApiCopy } from '../../../electron/services/calendar/api/api-copy';
import { syncGoogle } from '../../../electron/services/calendar/google/google-sync';
import { selectMeetings } from '../../../electron/services/calendar/select';
import { DEFAULT_HTTP_LIMITS } from '../../../electron/services/calendar/sync/http-limits';
import { SyncError } from '../../../electron/services/calendar/sync/sync-error';
import { MeetingRulesSchema } from '../../../shared/domain/calendar';
import { FakeClock } from '../../support/fake-clock';
import { startApiServer, type LocalApiServer } from './support/api-server';

/**
 * Google Calendar API v3 sync against a local server reproducing the documented shapes; the
 * production code runs unchanged but for the base URL.
 */
const SELF = 'manager@example.com';
const TEAM = 'team#eng@group.calendar.google.com';
let server: LocalApiServer;
const clock = new FakeClock('2026-03-02T07:30:00Z');

const me = (responseStatus: string): Record<string, unknown> => ({ email: 'Manager@Example.com', self: true, responseStatus });
const ana = { email: 'ana@example.com', displayName: 'Ana Diaz', responseStatus: 'accepted' };
const room = { email: 'c_room1@resource.calendar.google.com', displayName: 'Room 1', resource: true, responseStatus: 'accepted' };

function event(id: string, start: string, end: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    status: 'confirmed',
    summary: `Event ${id}`,
    iCalUID: `${id}@google.com`,
    start: { dateTime: start, timeZone: 'Europe/Berlin' },
    end: { dateTime: end, timeZone: 'Europe/Berlin' },
    organizer: { email: 'ana@example.com', displayName: 'Ana Diaz' },
    attendees: [me('accepted'), ana],
    ...extra,
  };
}

const weekly = (date: string, startTime = '10:00'): Record<string, unknown> =>
  event(`weekly_${date.replace(/-/g, '')}T090000Z`, `${date}T${startTime}:00+01:00`, `${date}T10:30:00+01:00`, {
    summary: 'Team weekly',
    iCalUID: 'weekly@google.com',
    recurringEventId: 'weekly',
    originalStartTime: { dateTime: `${date}T10:00:00+01:00`, timeZone: 'Europe/Berlin' },
  });

const INITIAL = {
  op: 'reset',
  pageSize: 2,
  calendars: [
    { id: SELF, summary: SELF, primary: true, accessRole: 'owner', selected: true },
    { id: TEAM, summary: 'Engineering', summaryOverride: 'Eng team', accessRole: 'reader', selected: true },
    { id: 'en.german#holiday@group.v.calendar.google.com', summary: 'Holidays', accessRole: 'freeBusyReader', selected: true },
    { id: 'hidden@example.com', summary: 'Hidden', accessRole: 'reader', selected: false },
  ],
  events: {
    [SELF]: [
      event('oneonone', '2026-03-02T09:00:00+01:00', '2026-03-02T09:30:00+01:00', { summary: '1:1 Ana', hangoutLink: 'https://meet.google.com/abc-defg-hij', attendees: [me('accepted'), ana, room] }),
      weekly('2026-03-02'),
      weekly('2026-03-09'),
      event('declined', '2026-03-02T14:00:00+01:00', '2026-03-02T15:00:00+01:00', { summary: 'Vendor pitch', attendees: [me('declined'), ana] }),
      event('free', '2026-03-02T16:00:00+01:00', '2026-03-02T16:30:00+01:00', { summary: 'Optional social', transparency: 'transparent' }),
      event('ooo', '2026-03-03T00:00:00+01:00', '2026-03-04T00:00:00+01:00', { eventType: 'outOfOffice', summary: 'Away' }),
      event('far', '2027-01-04T09:00:00+01:00', '2027-01-04T10:00:00+01:00'),
      event('allday', '', '', { start: { date: '2026-03-05' }, end: { date: '2026-03-06' }, summary: 'Offsite' }),
      event('zoom', '2026-03-03T17:00:00-05:00', '2026-03-03T17:30:00-05:00', {
        summary: 'NY sync',
        conferenceData: { entryPoints: [{ entryPointType: 'phone', uri: 'tel:+1-555' }, { entryPointType: 'video', uri: 'https://zoom.us/j/123' }] },
      }),
    ],
    [TEAM]: [event('team-review', '2026-03-04T11:00:00+01:00', '2026-03-04T12:00:00+01:00', { summary: 'Design review', location: 'Room 2' })],
    'hidden@example.com': [event('hidden-1', '2026-03-02T11:00:00+01:00', '2026-03-02T12:00:00+01:00')],
  },
};

const sleeps: number[] = [];
let drops = 0;
let currentToken = 'test-access-token';
const session: ApiSession = {
  providerName: 'Google',
  accessToken: () => Promise.resolve(currentToken),
  dropAccessToken: () => {
    drops++;
    currentToken = 'refreshed-access-token';
  },
};

function deps(overrides: Partial<ApiDeps> = {}): ApiDeps {
  return {
    fetch: globalThis.fetch,
    limits: DEFAULT_HTTP_LIMITS,
    clock,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...overrides,
  };
}

const sync = (previous: CachedApiCopy | null, overrides: Partial<ApiDeps> = {}, cancel?: AbortSignal) =>
  syncGoogle({ session, deps: deps(overrides), baseUrl: server.baseUrl, window: apiSyncWindow(clock.now()), previous, cancel });

const byTitle = (copy: CachedApiCopy, title: string) => allOccurrences(copy).filter((o) => o.title === title);

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  await server.control(INITIAL);
  clock.set('2026-03-02T07:30:00Z');
  sleeps.length = 0;
  drops = 0;
  currentToken = 'test-access-token';
});

describe('a full sync', () => {
  it('lists calendars (paged), fetches instances of the chosen ones over the window (paged) and maps them', async () => {
    const result = await sync(null);
    const { copy } = result;

    expect(result.calendars.map((c) => c.id)).toHaveLength(4);
    expect(copy.calendars.map((c) => [c.id, c.summary])).toEqual([
      [SELF, SELF],
      [TEAM, 'Eng team'],
    ]);
    expect(result).toMatchObject({ full: 2, incremental: 0 });
    expect(copy.selfEmail).toBe(SELF);
    expect(copy.window).toEqual({ from: '2026-02-14T00:00:00.000Z', to: '2026-05-15T00:00:00.000Z' });

    const log = await server.log();
    expect(log.filter((entry) => entry.path === '/calendar/v3/users/me/calendarList')).toHaveLength(2);
    const primaryRequests = log.filter((entry) => entry.path === `/calendar/v3/calendars/${encodeURIComponent(SELF)}/events`);
    expect(primaryRequests.length).toBe(4); // 7 instances in the window, 2 per page
    for (const request of primaryRequests) {
      expect(request.query).toMatchObject({ singleEvents: 'true', timeMin: '2026-02-14T00:00:00.000Z', timeMax: '2026-05-15T00:00:00.000Z' });
      expect(request.query.syncToken).toBeUndefined();
    }
    expect(log.some((entry) => entry.path.includes('hidden') || entry.path.includes('holiday'))).toBe(false);

    const [oneOnOne] = byTitle(copy, '1:1 Ana');
    expect(oneOnOne).toEqual({
      uid: 'oneonone@google.com',
      recurrenceId: null,
      title: '1:1 Ana',
      start: '2026-03-02T08:00:00.000Z',
      end: '2026-03-02T08:30:00.000Z',
      allDay: false,
      status: 'CONFIRMED',
      transparent: false,
      organizer: { email: 'ana@example.com', name: 'Ana Diaz', partstat: 'ACCEPTED' },
      // The room is not a person.
      attendees: [
        { email: SELF, name: null, partstat: 'ACCEPTED' },
        { email: 'ana@example.com', name: 'Ana Diaz', partstat: 'ACCEPTED' },
      ],
      location: null,
      meetingUrl: 'https://meet.google.com/abc-defg-hij',
    });
    expect(byTitle(copy, 'NY sync')[0]).toMatchObject({ start: '2026-03-03T22:00:00.000Z', location: null, meetingUrl: 'https://zoom.us/j/123' });
    expect(byTitle(copy, 'Team weekly').map((o) => [o.uid, o.recurrenceId])).toEqual([
      ['weekly@google.com', '2026-03-02T09:00:00.000Z'],
      ['weekly@google.com', '2026-03-09T09:00:00.000Z'],
    ]);
    expect(byTitle(copy, 'Offsite')[0]).toMatchObject({ allDay: true, start: '2026-03-05', end: '2026-03-06' });
    expect(byTitle(copy, 'Away')).toEqual([]);
    expect(allOccurrences(copy).some((o) => o.start.startsWith('2027'))).toBe(false);
    expect(byTitle(copy, 'Design review')[0]?.location).toBe('Room 2');

    // "Who am I" is known exactly: the declined meeting and the free event are not meetings.
    const rules = MeetingRulesSchema.parse({ userEmails: [copy.selfEmail] });
    const titles = selectMeetings(allOccurrences(copy), rules, 'src').map((m) => m.title);
    expect(titles.sort()).toEqual(['1:1 Ana', 'Design review', 'NY sync', 'Team weekly', 'Team weekly']);
  });
});

describe('incremental sync', () => {
  it('asks only for changes with the sync token: a moved instance, a cancelled one and a new event', async () => {
    const first = await sync(null);
    await server.control({ op: 'upsert', calendarId: SELF, event: weekly('2026-03-09', '11:00') });
    await server.control({ op: 'cancel', calendarId: SELF, eventId: 'weekly_20260302T090000Z' });
    await server.control({ op: 'upsert', calendarId: TEAM, event: event('new', '2026-03-05T15:00:00+01:00', '2026-03-05T15:30:00+01:00', { summary: 'Retro' }) });
    await server.control({ op: 'upsert', calendarId: SELF, event: event('far2', '2027-02-01T09:00:00+01:00', '2027-02-01T10:00:00+01:00') });
    const before = (await server.log()).length;

    const second = await sync(first.copy);

    expect(second).toMatchObject({ full: 0, incremental: 2 });
    const requests = (await server.log()).slice(before).filter((entry) => entry.path.endsWith('/events'));
    for (const request of requests) {
      expect(request.query.syncToken).toMatch(/^s\d+$/);
      expect(request.query.timeMin).toBeUndefined();
      expect(request.query.singleEvents).toBe('true');
    }
    const weeklies = byTitle(second.copy, 'Team weekly');
    expect(weeklies.map((o) => o.start)).toEqual(['2026-03-09T10:00:00.000Z']); // moved, and the other cancelled
    expect(weeklies[0]?.recurrenceId).toBe('2026-03-09T09:00:00.000Z'); // the same instance: same meeting id
    expect(byTitle(second.copy, 'Retro')).toHaveLength(1);
    // A change outside the window is not kept.
    expect(allOccurrences(second.copy).some((o) => o.start.startsWith('2027'))).toBe(false);
    expect(allOccurrences(second.copy)).toHaveLength(allOccurrences(first.copy).length);
  });

  it('a 410 for an expired sync token starts that calendar again with a full fetch', async () => {
    const first = await sync(null);
    await server.control({ op: 'invalidate-sync-tokens' });
    await server.control({ op: 'cancel', calendarId: TEAM, eventId: 'team-review' });
    const before = (await server.log()).length;

    const second = await sync(first.copy);

    expect(second).toMatchObject({ incremental: 2, full: 2 });
    const statuses = (await server.log()).slice(before).filter((e) => e.path.endsWith('/events')).map((e) => e.status);
    expect(statuses.filter((s) => s === 410)).toHaveLength(2);
    expect(byTitle(second.copy, 'Design review')).toEqual([]);
    expect(byTitle(second.copy, 'Team weekly')).toHaveLength(2);
    expect(second.copy.calendars.every((c) => c.syncToken !== null)).toBe(true);
  });

  it('the window moving to the next day means one full fetch', async () => {
    const first = await sync(null);
    clock.advance(24 * 3_600_000);
    const second = await sync(first.copy);
    expect(second).toMatchObject({ full: 2, incremental: 0 });
    expect(second.copy.window.from).toBe('2026-02-15T00:00:00.000Z');
  });
});

describe('throttling and failures', () => {
  it('waits out 429 and 503 as Retry-After says, and backs off without it', async () => {
    await server.control({
      op: 'fail-next',
      failures: [{ status: 429, retryAfter: '7' }, { status: 503 }, { status: 403, retryAfter: '2' }],
    });
    const result = await sync(null);
    expect(sleeps).toEqual([7000, 2000, 2000]);
    expect(result.copy.calendars).toHaveLength(2);
  });

  it('a Retry-After longer than a sync should wait ends the sync with it, for the next try', async () => {
    await server.control({ op: 'fail-next', failures: [{ status: 429, retryAfter: '120' }] });
    const error = await sync(null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 120_000, message: 'Google asked Touchpoint to slow down. It will try again later.' });
    expect(sleeps).toEqual([]);
  });

  it('a 401 drops the access token and retries once with a fresh one', async () => {
    await server.control({ op: 'tokens', tokens: ['refreshed-access-token'] });
    const result = await sync(null);
    expect(drops).toBe(1);
    expect(result.copy.calendars).toHaveLength(2);
  });

  it('a token the API keeps refusing asks the user to connect again', async () => {
    await server.control({ op: 'tokens', tokens: ['nobody-has-this'] });
    await expect(sync(null)).rejects.toMatchObject({ kind: 'auth', message: 'Google no longer accepts Touchpoint’s access. Connect again in Settings → Calendars.' });
  });

  it('a server that never answers ends in a timeout; Cancel ends the sync as cancelled', async () => {
    await server.control({ op: 'fail-next', failures: [{ status: 0 }] });
    await expect(sync(null, { limits: { ...DEFAULT_HTTP_LIMITS, responseTimeoutMs: 200 } })).rejects.toMatchObject({ kind: 'timeout' });
    await server.control({ op: 'fail-next', failures: [{ status: 0 }] });
    const cancel = new AbortController();
    const running = sync(null, {}, cancel.signal);
    setTimeout(() => cancel.abort(), 50);
    await expect(running).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
