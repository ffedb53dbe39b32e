import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CalendarServices } from '../../../electron/services/calendar/sync/index';
import { openCalendarServices } from '../../../electron/services/calendar/sync/index';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { calendarText, MEETING_RULES, type TestEvent } from '../../fixtures/calendar-sync/events';
import { FakeClock } from '../../support/fake-clock';
import { makeTempDir } from '../../support/temp-dir';
import type { ServerProcess } from './support/processes';
import { CalendarEditor, startRadicale } from './support/radicale';

const USER = 'alice';
const PASSWORD = 'correct-horse-battery';
const DAY = { from: new Date('2030-05-06T00:00:00Z'), to: new Date('2030-05-07T00:00:00Z') };
const at = (hour: number, minute = 0): string => `2030-05-06T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
const event = (uid: string, title: string, hour: number, extra: Partial<TestEvent> = {}): TestEvent => ({ uid, title, start: at(hour), end: at(hour, 30), ...extra });

/** Every request the app makes, to show what an unchanged or a changed calendar costs. */
const requests: { method: string; kind: string }[] = [];
const countingFetch: typeof fetch = async (input, init) => {
  const body = typeof init?.body === 'string' ? init.body : '';
  const kind = /sync-collection/.test(body) ? 'sync-collection' : /calendar-multiget/.test(body) ? 'multiget' : /calendar-query/.test(body) ? 'calendar-query' : 'other';
  requests.push({ method: init?.method ?? 'GET', kind });
  return fetch(input, init);
};

let folder: { path: string; cleanup: () => Promise<void> };
let radicale: ServerProcess;
let work: CalendarEditor;
let personal: CalendarEditor;
let app: CalendarServices;
let sourceId: string;
const logs: string[] = [];

async function openApp(): Promise<CalendarServices> {
  return openCalendarServices({
    dataDirectory: join(folder.path, 'app'),
    secretBox: createTestSecretBox(),
    clock: new FakeClock('2030-05-06T08:00:00Z'),
    timeZone: () => 'Europe/Berlin',
    rules: () => MEETING_RULES,
    fetch: countingFetch,
    limits: { responseTimeoutMs: 3_000, totalTimeoutMs: 10_000 },
    log: (message) => logs.push(message),
  });
}

const titles = (): string[] => app.calendar.meetingsBetween(DAY.from, DAY.to).map((meeting) => meeting.title);
const put = (editor: CalendarEditor, e: TestEvent): Promise<void> => editor.put(e.uid, calendarText([e]));

beforeAll(async () => {
  folder = await makeTempDir('touchpoint-caldav-');
  radicale = await startRadicale(join(folder.path, 'radicale'), { [USER]: PASSWORD });
  work = await CalendarEditor.create(radicale.baseUrl, USER, PASSWORD, 'work', 'Work', '#3fa98aff');
  personal = await CalendarEditor.create(radicale.baseUrl, USER, PASSWORD, 'personal', 'Personal');
  app = await openApp();
});

afterAll(async () => {
  try {
    if (app) {
      app.calendar.dispose();
      await app.sync.close();
    }
  } finally {
    // Even when a step failed: no server outlives the suite.
    if (radicale) await radicale.stop();
    if (folder) await folder.cleanup();
  }
});

// The steps build on each other (one account, one server), like a user's week.
describe('a CalDAV account on Radicale', () => {
  it('tests the connection: discovers the calendars with names and colours; a wrong password is named', async () => {
    const result = await app.sync.testConnection({ kind: 'caldav', serverUrl: radicale.baseUrl, username: USER, password: PASSWORD });
    if (!result.ok || result.kind !== 'caldav') throw new Error(JSON.stringify(result));
    expect(result.calendars.map((c) => [c.displayName, c.color]).sort()).toEqual([
      ['Personal', null],
      ['Work', '#3fa98a'],
    ]);
    expect(await app.sync.testConnection({ kind: 'caldav', serverUrl: radicale.baseUrl, username: USER, password: 'wrong' })).toEqual({
      ok: false,
      errorKind: 'auth',
      error: 'The server said the password is wrong (401).',
    });

    const work = result.calendars.find((c) => c.displayName === 'Work')!;
    const source = await app.sync.addSource({ kind: 'caldav', serverUrl: radicale.baseUrl, username: USER, password: PASSWORD, calendars: result.calendars, selectedCalendarUrls: [work.url] });
    sourceId = source.id;
    expect(await readFile(join(folder.path, 'app', 'calendar', 'sources.json'), 'utf8')).not.toContain(PASSWORD);
  });

  it('follows an event being added, changed and cancelled — only in the chosen calendar', async () => {
    await put(work, event('planning', 'Planning', 9));
    await put(personal, event('dentist', 'Dentist', 11));
    expect(await app.sync.syncSource(sourceId)).toMatchObject({ state: 'ok', lastError: null });
    expect(titles()).toEqual(['Planning']);

    await put(work, event('planning', 'Quarterly planning', 10));
    await put(work, event('sam', '1:1 with Sam', 13));
    requests.length = 0;
    await app.sync.syncSource(sourceId);
    expect(titles()).toEqual(['Quarterly planning', '1:1 with Sam']);
    expect(app.calendar.meetingsBetween(DAY.from, DAY.to)[0]).toMatchObject({ start: new Date(at(10)).toISOString(), sourceId });
    // Only what changed was fetched: a sync-collection report and one multiget, no full query.
    expect(requests.filter((r) => r.method === 'REPORT').map((r) => r.kind)).toEqual(['sync-collection', 'multiget']);

    await put(work, event('planning', 'Quarterly planning', 10, { status: 'CANCELLED' }));
    await work.remove('sam');
    await app.sync.syncSource(sourceId);
    expect(titles()).toEqual([]);

    await put(work, event('retro', 'Retro', 15));
    await app.sync.syncSource(sourceId);
    expect(titles()).toEqual(['Retro']);
  });

  it('skips an unchanged account with a few small requests and no calendar data', async () => {
    requests.length = 0;
    expect((await app.sync.syncSource(sourceId)).state).toBe('ok');
    expect(requests.filter((r) => r.method === 'REPORT')).toEqual([]);
    expect(requests.length).toBeLessThanOrEqual(6);
  });

  it('adds a calendar when the user chooses it', async () => {
    const source = app.sync.getSource(sourceId);
    if (source.kind !== 'caldav') throw new Error('kind');
    await app.sync.setCalDavSelection(sourceId, source.calendars.map((c) => c.url));
    await app.sync.syncSource(sourceId);
    expect(titles()).toEqual(['Dentist', 'Retro']);
  });

  it('names a wrong password and keeps the last good copy', async () => {
    await app.sync.updateCredentials(sourceId, { password: 'not-the-password' });
    const status = await app.sync.syncSource(sourceId);
    expect(status).toMatchObject({ state: 'error', lastErrorKind: 'auth', lastError: 'The server said the password is wrong (401).', usingCachedCopy: true });
    expect(titles()).toEqual(['Dentist', 'Retro']);
    expect(logs.join('\n')).not.toContain('not-the-password');

    await app.sync.updateCredentials(sourceId, { password: PASSWORD });
    expect(await app.sync.syncSource(sourceId)).toMatchObject({ state: 'ok', usingCachedCopy: false });
  });

  it('keeps working from the last good copy while the server is down, and catches up after', async () => {
    const port = radicale.port;
    await radicale.stop();
    const status = await app.sync.syncSource(sourceId);
    expect(status).toMatchObject({ state: 'error', lastErrorKind: 'offline', lastError: 'Couldn’t reach the server — are you offline?', usingCachedCopy: true });
    expect(titles()).toEqual(['Dentist', 'Retro']);

    radicale = await startRadicale(join(folder.path, 'radicale'), { [USER]: PASSWORD }, port);
    await put(work, event('retro', 'Retro (moved)', 16));
    expect(await app.sync.syncSource(sourceId)).toMatchObject({ state: 'ok', usingCachedCopy: false });
    expect(titles()).toEqual(['Dentist', 'Retro (moved)']);
  });

  it('serves the meetings from disk after an app restart, before any sync', async () => {
    app.calendar.dispose();
    await app.sync.close();
    app = await openApp();
    expect(app.sync.getSource(sourceId).status).toMatchObject({ state: 'ok', hasCachedCopy: true });
    expect(titles()).toEqual(['Dentist', 'Retro (moved)']);
    expect(app.calendar.nextMeeting(new Date(at(12)))).toMatchObject({ title: 'Retro (moved)', sourceId });
    expect(app.calendar.todaysMeetings(new Date(at(12)), 'Europe/Berlin').map((m) => m.title)).toEqual(['Dentist', 'Retro (moved)']);

    await app.sync.setSourceEnabled(sourceId, false);
    expect(titles()).toEqual([]);
    await app.sync.removeSource(sourceId);
    expect(app.sync.listSources()).toEqual([]);
  });
});
