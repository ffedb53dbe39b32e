import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CalendarServices } from '../../../electron/services/calendar/sync/index';
import { openCalendarServices } from '../../../electron/services/calendar/sync/index';
import type { HttpLimits } from '../../../electron/services/calendar/sync/http-limits';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { calendarText, MEETING_RULES, type TestEvent } from '../../fixtures/calendar-sync/events';
import { FakeClock } from '../../support/fake-clock';
import { makeTempDir } from '../../support/temp-dir';
import { startIcsServer, type IcsServer } from './support/ics-server';

const DAY = { from: new Date('2030-05-06T00:00:00Z'), to: new Date('2030-05-07T00:00:00Z') };
const standup: TestEvent = { uid: 'standup', title: 'Standup', start: '2030-05-06T09:00:00Z', end: '2030-05-06T09:15:00Z' };
const oneOnOne: TestEvent = { uid: 'sam-1-1', title: '1:1 with Sam', start: '2030-05-06T14:00:00Z', end: '2030-05-06T14:30:00Z' };
/** Looks like the random part of a Google "secret address": must never leak. */
const SECRET = 'private-0f9e8d7c6b5a49382716aabbccddeeff';
const at = (hour: number, minute = 0): string => `2030-05-06T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
/** One more than the engine reads: a well-formed calendar its parser refuses. */
const tooManyEvents: TestEvent[] = Array.from({ length: 50_001 }, (_, i) => ({ uid: `e${i}`, title: 'x', start: at(1), end: at(2) }));

let server: IcsServer;
let dir: { path: string; cleanup: () => Promise<void> };
let app: CalendarServices;
let logs: string[];
let meetingsChanged: number;

async function openApp(limits: Partial<HttpLimits> = {}): Promise<CalendarServices> {
  return openCalendarServices({
    dataDirectory: dir.path,
    secretBox: createTestSecretBox(),
    clock: new FakeClock('2030-05-06T08:00:00Z'),
    timeZone: () => 'Europe/Berlin',
    rules: () => MEETING_RULES,
    limits: { responseTimeoutMs: 2_000, totalTimeoutMs: 5_000, ...limits },
    log: (message) => logs.push(message),
    onMeetingsChanged: () => meetingsChanged++,
  });
}

const titles = (): string[] => app.calendar.meetingsBetween(DAY.from, DAY.to).map((meeting) => meeting.title);

async function addFeed(path: string, events: TestEvent[] = [standup]): Promise<string> {
  await server.setRoutes({ [path]: { kind: 'calendar', body: calendarText(events) } });
  const source = await app.sync.addSource({ kind: 'ics-url', url: `${server.baseUrl}${path}` });
  const status = await app.sync.syncSource(source.id);
  expect(status.state).toBe('ok');
  return source.id;
}

beforeAll(async () => {
  server = await startIcsServer();
});
afterAll(async () => {
  if (server) await server.stop();
});
beforeEach(async () => {
  dir = await makeTempDir('touchpoint-ics-');
  logs = [];
  meetingsChanged = 0;
  app = await openApp();
});
afterEach(async () => {
  try {
    app.calendar.dispose();
    await app.sync.close();
  } finally {
    await dir.cleanup();
  }
});

describe('ICS subscriptions over HTTP', () => {
  it('answers an unchanged feed with 304: no body, no rewrite, no re-plan', async () => {
    const path = `/${SECRET}/etag.ics`;
    const id = await addFeed(path, [standup]);
    expect(titles()).toEqual(['Standup']);
    const first = await server.stats(path);
    expect(first).toMatchObject({ requests: 1, notModified: 0 });
    const cacheFile = join(dir.path, 'calendar', 'cache', `${id}.json`);
    const cachedBefore = await readFile(cacheFile, 'utf8');
    const changesBefore = meetingsChanged;

    for (let i = 0; i < 3; i++) expect((await app.sync.syncSource(id)).state).toBe('ok');
    const after = await server.stats(path);
    expect(after).toMatchObject({ requests: 4, notModified: 3 });
    expect(after.bodyBytes).toBe(first.bodyBytes); // the three 304s carried no body at all
    expect(await readFile(cacheFile, 'utf8')).toBe(cachedBefore);
    expect(meetingsChanged).toBe(changesBefore);

    await server.setRoutes({ [path]: { kind: 'calendar', body: calendarText([standup, oneOnOne]) } });
    await app.sync.syncSource(id);
    expect(titles()).toEqual(['Standup', '1:1 with Sam']);
    expect(meetingsChanged).toBe(changesBefore + 1);
  });

  it('uses Last-Modified when the server sends no ETag', async () => {
    const path = '/last-modified.ics';
    await server.setRoutes({ [path]: { kind: 'calendar', body: calendarText([standup]), etag: false, lastModified: 'Mon, 06 May 2030 07:00:00 GMT' } });
    const source = await app.sync.addSource({ kind: 'ics-url', url: `${server.baseUrl}${path}` });
    await app.sync.syncSource(source.id);
    await app.sync.syncSource(source.id);
    expect(await server.stats(path)).toMatchObject({ requests: 2, notModified: 1 });
  });

  it('keeps the last good copy through a 404 and says so', async () => {
    const path = '/moved-away.ics';
    const id = await addFeed(path);
    await server.setRoutes({ [path]: { kind: 'status', status: 404 } });
    const status = await app.sync.syncSource(id);
    expect(status).toMatchObject({ state: 'error', lastErrorKind: 'not-found', lastError: 'The calendar address was not found (404).', usingCachedCopy: true });
    expect(status.lastSuccessAt).not.toBeNull();
    expect(titles()).toEqual(['Standup']);
  });

  it('gives up on a slow server in bounded time, keeping the copy', async () => {
    const path = '/slow.ics';
    const id = await addFeed(path);
    await server.setRoutes({ [path]: { kind: 'slow', delayMs: 30_000, body: calendarText([oneOnOne]) } });
    const started = Date.now();
    const status = await app.sync.syncSource(id);
    // Gave up on its 2 s response timeout instead of waiting the 30 s for the answer (loose: a busy machine is slow).
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(status).toMatchObject({ state: 'error', lastErrorKind: 'timeout', lastError: 'The server took too long to answer.', usingCachedCopy: true });
    expect(titles()).toEqual(['Standup']);
  });

  it('removes a source at once even while its server hangs, with its copy', async () => {
    const path = '/hanging.ics';
    const id = await addFeed(path);
    await server.setRoutes({ [path]: { kind: 'slow', delayMs: 30_000, body: '' } });
    const syncing = app.sync.syncSource(id);
    const outcome = syncing.then(
      () => 'resolved',
      (error: Error) => error.name,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await app.sync.removeSource(id);
    // Did not wait for the 30 s answer (loose: a busy machine is slow).
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await outcome).toBe('UnknownSourceError');
    await expect(readFile(join(dir.path, 'calendar', 'cache', `${id}.json`))).rejects.toThrow(/ENOENT/);
    expect(titles()).toEqual([]);
  });

  it('follows redirects, but not forever', async () => {
    await server.setRoutes({
      '/real.ics': { kind: 'calendar', body: calendarText([oneOnOne]) },
      '/old.ics': { kind: 'redirect', status: 301, location: '/real.ics' },
      '/loop-a.ics': { kind: 'redirect', status: 302, location: '/loop-b.ics' },
      '/loop-b.ics': { kind: 'redirect', status: 307, location: '/loop-a.ics' },
    });
    const moved = await app.sync.addSource({ kind: 'ics-url', url: `${server.baseUrl}/old.ics` });
    expect((await app.sync.syncSource(moved.id)).state).toBe('ok');
    expect(titles()).toEqual(['1:1 with Sam']);
    const looping = await app.sync.addSource({ kind: 'ics-url', url: `${server.baseUrl}/loop-a.ics` });
    expect(await app.sync.syncSource(looping.id)).toMatchObject({ state: 'error', lastErrorKind: 'too-many-redirects', hasCachedCopy: false, usingCachedCopy: false });
    expect((await server.stats('/loop-a.ics')).requests).toBe(3); // first try + 5 hops, alternating
  });

  it('refuses a huge response early, with or without Content-Length (default 32 MB cap)', async () => {
    const path = '/huge.ics';
    const id = await addFeed(path);
    for (const declareLength of [true, false]) {
      await server.setRoutes({ [path]: { kind: 'huge', bytes: 60 * 1024 * 1024, declareLength } });
      const started = Date.now();
      const status = await app.sync.syncSource(id);
      expect(status).toMatchObject({ state: 'error', lastErrorKind: 'too-big', usingCachedCopy: true });
      expect(status.lastError).toBe('This calendar is too big to load (over 32 MB).');
      // Stopped reading early rather than after the whole 60 MB (loose: a busy machine is slow).
      expect(Date.now() - started).toBeLessThan(20_000);
    }
    expect(titles()).toEqual(['Standup']);
  });

  it('never replaces the copy with a cut-off, garbage, HTML or unparsable answer', async () => {
    const path = '/flaky.ics';
    const id = await addFeed(path);
    const full = calendarText([standup, oneOnOne]);
    const cases: [string, Parameters<IcsServer['setRoutes']>[0][string], string][] = [
      ['connection-lost', { kind: 'truncated', body: full, sendBytes: 200 }, 'The connection to the server broke off. Touchpoint will try again later.'],
      ['truncated', { kind: 'calendar', body: full.slice(0, full.indexOf('END:VCALENDAR')) }, 'The calendar file was cut off before its end.'],
      ['not-calendar', { kind: 'calendar', body: '\u0000\u0001garbage%%%' }, 'This doesn’t look like a calendar file.'],
      ['web-page', { kind: 'status', status: 200, body: '<html><body>Please sign in</body></html>', contentType: 'text/html' }, 'The address returned a web page, not a calendar. Check that you copied the iCal (.ics) link.'],
      ['server', { kind: 'status', status: 503 }, 'The server had a problem (503). Touchpoint will try again later.'],
      // Well-formed but refused by the engine's parser: its plain words reach the status.
      ['unreadable', { kind: 'calendar', body: calendarText(tooManyEvents) }, 'This calendar couldn’t be read. The calendar has more than 50,000 events to read; it cannot be used as is.'],
    ];
    for (const [kind, route, message] of cases) {
      await server.setRoutes({ [path]: route });
      const status = await app.sync.syncSource(id);
      expect(status, kind).toMatchObject({ state: 'error', lastErrorKind: kind, lastError: message, usingCachedCopy: true });
      expect(titles(), kind).toEqual(['Standup']);
    }
    await server.setRoutes({ [path]: { kind: 'calendar', body: full } });
    expect(await app.sync.syncSource(id)).toMatchObject({ state: 'ok', lastError: null, usingCachedCopy: false });
    expect(titles()).toEqual(['Standup', '1:1 with Sam']);
  });

  it('reads a hostile feed (rules capped per series) and keeps its text as plain text', async () => {
    const hostile: TestEvent[] = [
      { uid: 'every-second', title: '<script>alert(1)</script> Sync', start: at(10), end: at(10, 30), rrule: 'FREQ=SECONDLY' },
      { uid: 'million', title: 'Million', start: at(11), end: at(11, 1), rrule: 'FREQ=MINUTELY;COUNT=1000000' },
      { ...oneOnOne },
    ];
    await server.setRoutes({ '/hostile.ics': { kind: 'calendar', body: calendarText(hostile) } });
    const source = await app.sync.addSource({ kind: 'ics-url', url: `${server.baseUrl}/hostile.ics` });
    expect(await app.sync.syncSource(source.id)).toMatchObject({ state: 'ok' });
    const meetings = app.calendar.meetingsBetween(DAY.from, DAY.to);
    expect(meetings.some((meeting) => meeting.title === '1:1 with Sam')).toBe(true);
    for (const meeting of meetings) expect(typeof meeting.title).toBe('string');
  });

  it('keeps one broken source from affecting another', async () => {
    const good = await addFeed('/good.ics', [standup]);
    const broken = await addFeed('/broken.ics', [oneOnOne]);
    const lost = await app.sync.addSource({ kind: 'ics-url', url: `${server.baseUrl}/never-existed.ics` });
    await server.setRoutes({
      '/good.ics': { kind: 'calendar', body: calendarText([standup, { ...oneOnOne, uid: 'review', title: 'Design review' }]) },
      '/broken.ics': { kind: 'slow', delayMs: 30_000, body: '' },
    });
    const statuses = await app.sync.syncAll();
    const byId = new Map(statuses.map((status) => [status.sourceId, status]));
    expect(byId.get(good)).toMatchObject({ state: 'ok', lastError: null });
    expect(byId.get(broken)).toMatchObject({ state: 'error', lastErrorKind: 'timeout', usingCachedCopy: true });
    expect(byId.get(lost.id)).toMatchObject({ state: 'error', lastErrorKind: 'not-found', hasCachedCopy: false });
    expect(titles()).toEqual(['Standup', '1:1 with Sam', 'Design review']);
    const colors = app.calendar.legend().map((entry) => entry.color);
    expect(new Set(colors).size).toBe(3);
  });

  it('sends the user name and password from the address as basic auth, and says when they are wrong', async () => {
    await server.setRoutes({ '/private.ics': { kind: 'basic-auth', user: 'me', password: 'feed-pass', body: calendarText([oneOnOne]) } });
    const right = await app.sync.addSource({ kind: 'ics-url', url: `${server.baseUrl.replace('://', '://me:feed-pass@')}/private.ics` });
    expect((await app.sync.syncSource(right.id)).state).toBe('ok');
    const wrong = await app.sync.addSource({ kind: 'ics-url', url: `${server.baseUrl.replace('://', '://me:nope@')}/private.ics` });
    expect(await app.sync.syncSource(wrong.id)).toMatchObject({ state: 'error', lastErrorKind: 'auth' });
    expect(JSON.stringify(app.sync.listSources())).not.toContain('feed-pass');
  });

  it('never puts the private address in statuses, logs or the sources file', async () => {
    const path = `/${SECRET}/basic.ics`;
    const id = await addFeed(path);
    await server.setRoutes({ [path]: { kind: 'status', status: 500 } });
    await app.sync.syncSource(id);
    await server.setRoutes({ [path]: { kind: 'redirect', status: 302, location: `/${SECRET}/again.ics` } });
    await app.sync.syncSource(id);
    const everything = [
      JSON.stringify(app.sync.listSources()),
      logs.join('\n'),
      await readFile(join(dir.path, 'calendar', 'sources.json'), 'utf8'),
      await readFile(join(dir.path, 'calendar', 'status.json'), 'utf8'),
    ].join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(everything).not.toContain(SECRET);
  });

  it('tests a connection with the same code path and suggests the feed’s name', async () => {
    await server.setRoutes({ '/named.ics': { kind: 'calendar', body: calendarText([standup, oneOnOne], 'Team calendar') } });
    expect(await app.sync.testConnection({ kind: 'ics-url', url: `${server.baseUrl}/named.ics` })).toEqual({
      ok: true,
      kind: 'ics-url',
      suggestedName: 'Team calendar',
      eventCount: 2,
    });
    expect(await app.sync.testConnection({ kind: 'ics-url', url: `${server.baseUrl}/missing.ics` })).toEqual({
      ok: false,
      errorKind: 'not-found',
      error: 'The calendar address was not found (404).',
    });
    expect(app.sync.listSources()).toEqual([]);
  });
});

describe('ICS server going down', () => {
  it('keeps working from the last good copy, also after a restart of the app', async () => {
    const own = await startIcsServer();
    try {
      await own.setRoutes({ '/team.ics': { kind: 'calendar', body: calendarText([standup, oneOnOne]) } });
      const source = await app.sync.addSource({ kind: 'ics-url', url: `${own.baseUrl}/team.ics` });
      expect((await app.sync.syncSource(source.id)).state).toBe('ok');
      await own.stop();

      const status = await app.sync.syncSource(source.id);
      expect(status).toMatchObject({ state: 'error', lastErrorKind: 'offline', lastError: 'Couldn’t reach the server — are you offline?', usingCachedCopy: true });
      expect(titles()).toEqual(['Standup', '1:1 with Sam']);

      // A restart offline: status and meetings come from disk before any sync.
      app.calendar.dispose();
      await app.sync.close();
      app = await openApp();
      expect(app.sync.getSource(source.id).status).toMatchObject({ state: 'error', lastErrorKind: 'offline', usingCachedCopy: true });
      expect(titles()).toEqual(['Standup', '1:1 with Sam']);
    } finally {
      await own.stop();
    }
  });
});
