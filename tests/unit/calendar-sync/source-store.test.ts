import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CalendarSyncService } from '../../../electron/services/calendar/sync/calendar-sync-service';
import type { CalendarSyncOptions } from '../../../electron/services/calendar/sync/calendar-sync-service';
import { SOURCE_PALETTE } from '../../../electron/services/calendar/sync/colors';
import { createTestSecretBox } from '../../fixtures/calendar-sync/aes-secret-box';
import { calendarText } from '../../fixtures/calendar-sync/events';
import { FakeClock } from '../../support/fake-clock';
import { makeTempDir } from '../../support/temp-dir';

const PRIVATE_URL = 'https://calendar.google.com/calendar/ical/me%40example.com/private-5e3c7a9d1f0b2468ace13579bdf02468/basic.ics';
const PRIVATE_TOKEN = 'private-5e3c7a9d1f0b2468ace13579bdf02468';
const PASSWORD = 'app-pw-qrst-uvwx-yz12';

let dir: { path: string; cleanup: () => Promise<void> };
let services: CalendarSyncService[] = [];
beforeEach(async () => {
  dir = await makeTempDir('touchpoint-sources-');
});
afterEach(async () => {
  await Promise.all(services.map((service) => service.close()));
  services = [];
  await dir.cleanup();
});

async function open(overrides: Partial<CalendarSyncOptions> = {}): Promise<CalendarSyncService> {
  let n = 0;
  const service = await CalendarSyncService.open({
    dataDirectory: dir.path,
    secretBox: createTestSecretBox(),
    clock: new FakeClock('2030-05-06T08:00:00Z'),
    timeZone: () => 'Europe/Berlin',
    newId: () => `source-${++n}-${Math.random().toString(36).slice(2, 8)}`,
    log: () => undefined,
    ...overrides,
  });
  services.push(service);
  return service;
}

const sourcesJson = (): Promise<string> => readFile(join(dir.path, 'calendar', 'sources.json'), 'utf8');

describe('calendar sources at rest', () => {
  it('never writes the password or the private feed address in plain text', async () => {
    const service = await open();
    const feed = await service.addSource({ kind: 'ics-url', url: PRIVATE_URL, name: 'Work (Google)' });
    const account = await service.addSource({ kind: 'caldav', serverUrl: 'https://caldav.fastmail.com/', username: 'me@example.com', password: PASSWORD });
    const text = await sourcesJson();
    expect(text).not.toContain(PRIVATE_TOKEN);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('calendar/ical');
    expect(text).toContain('"protected": true');
    // What the UI sees carries no secret either, only the host.
    const views = JSON.stringify(service.listSources());
    expect(views).not.toContain(PRIVATE_TOKEN);
    expect(views).not.toContain(PASSWORD);
    expect(feed).toMatchObject({ kind: 'ics-url', displayUrl: 'https://calendar.google.com/…', secretsProtected: true, secretsUnreadable: false });
    expect(account).toMatchObject({ kind: 'caldav', username: 'me@example.com', secretsProtected: true });
  });

  it('stores secrets marked unprotected when no key store exists, says so, and protects them once one appears', async () => {
    const box = createTestSecretBox({ available: false });
    const first = await open({ secretBox: box });
    const feed = await first.addSource({ kind: 'ics-url', url: PRIVATE_URL });
    expect(feed.secretsProtected).toBe(false);
    expect(await sourcesJson()).toContain('"protected": false');
    await first.close();

    const noBoxAtAll = await open({ secretBox: null });
    expect(noBoxAtAll.getSource(feed.id).secretsProtected).toBe(false);
    await noBoxAtAll.close();

    box.setAvailable(true);
    const later = await open({ secretBox: box });
    expect(later.getSource(feed.id)).toMatchObject({ secretsProtected: true, secretsUnreadable: false });
    expect(await sourcesJson()).not.toContain(PRIVATE_TOKEN);
  });

  it('reports a secret this machine cannot decrypt and fails its sync in plain words', async () => {
    const first = await open();
    const account = await first.addSource({ kind: 'caldav', serverUrl: 'http://127.0.0.1:9/', username: 'me', password: PASSWORD });
    await first.close();

    const otherKey = await open({ secretBox: createTestSecretBox({ key: Buffer.alloc(32, 9) }) });
    expect(otherKey.getSource(account.id).secretsUnreadable).toBe(true);
    const status = await otherKey.syncSource(account.id);
    expect(status).toMatchObject({ state: 'error', lastErrorKind: 'secret-unavailable' });
    expect(status.lastError).toMatch(/password can’t be read/);

    await otherKey.updateCredentials(account.id, { password: 'new-password' });
    expect(otherKey.getSource(account.id).secretsUnreadable).toBe(false);
  });

  it('saves nothing when the key store exists but refuses to encrypt', async () => {
    const box = createTestSecretBox();
    const refusing = { ...box, encrypt: (): string => { throw new Error('keyring locked'); } };
    const service = await open({ secretBox: refusing });
    await expect(service.addSource({ kind: 'caldav', serverUrl: 'https://dav.example.com', username: 'me', password: PASSWORD })).rejects.toThrow(/keychain refused/);
    expect(service.listSources()).toEqual([]);
    await expect(readFile(join(dir.path, 'calendar', 'sources.json'))).rejects.toThrow(/ENOENT/);
  });

  it('sets an unreadable sources.json aside instead of emptying it silently', async () => {
    await mkdir(join(dir.path, 'calendar'), { recursive: true });
    await writeFile(join(dir.path, 'calendar', 'sources.json'), '{"version":1,"sources":[{"id":');
    const service = await open();
    expect(service.listSources()).toEqual([]);
    expect(service.loadProblem).toMatch(/could not be read/);
    const files = await readdir(join(dir.path, 'calendar'));
    expect(files.some((name) => name.startsWith('sources.unreadable-'))).toBe(true);
  });
});

describe('calendar source editing', () => {
  it('gives new sources distinct palette colours', async () => {
    const service = await open();
    const colors: string[] = [];
    for (let i = 0; i < 4; i++) colors.push((await service.addSource({ kind: 'ics-url', url: `https://example.com/${i}.ics` })).color);
    expect(new Set(colors).size).toBe(4);
    for (const color of colors) expect(SOURCE_PALETTE).toContain(color);
  });

  it('renames, recolours, disables and removes, persisting each change and its cache', async () => {
    const events: string[] = [];
    const service = await open({ onEvent: (event) => events.push(event.type) });
    const imported = await service.addSource({ kind: 'ics-file', fileName: 'export.ics', text: calendarText([{ uid: 'a', title: '1:1', start: '2030-05-06T09:00:00Z', end: '2030-05-06T09:30:00Z' }], 'Team export') });
    expect(imported).toMatchObject({ kind: 'ics-file', name: 'Team export', fileName: 'export.ics', enabled: true });
    expect(imported.status).toMatchObject({ state: 'ok', hasCachedCopy: true, nextSyncAt: null });
    const cacheFile = join(dir.path, 'calendar', 'cache', `${imported.id}.json`);
    expect(JSON.parse(await readFile(cacheFile, 'utf8'))).toMatchObject({ kind: 'ics', version: 1 });

    await service.renameSource(imported.id, '  Team  ');
    await service.setSourceColor(imported.id, '#123ABC');
    await service.setSourceEnabled(imported.id, false);
    expect(service.enabledFeeds()).toEqual([]);
    const reopened = await open();
    expect(reopened.getSource(imported.id)).toMatchObject({ name: 'Team', color: '#123abc', enabled: false });
    await reopened.close();

    await service.removeSource(imported.id);
    expect(service.listSources()).toEqual([]);
    await expect(readFile(cacheFile)).rejects.toThrow(/ENOENT/);
    expect(events).toContain('sources-changed');
    expect(events).toContain('data-changed');
    await expect(service.renameSource(imported.id, 'x')).rejects.toThrow(/No calendar source/);
  });

  it('refuses input it cannot use, with plain words', async () => {
    const service = await open();
    await expect(service.addSource({ kind: 'ics-url', url: 'ftp://example.com/a.ics' })).rejects.toThrow(/must start with https/);
    await expect(service.addSource({ kind: 'caldav', serverUrl: 'https://me:pw@dav.example.com', username: 'me', password: 'pw' })).rejects.toThrow(/own fields/);
    await expect(service.addSource({ kind: 'ics-file', fileName: 'notes.txt', text: 'hello' })).rejects.toThrow(/doesn’t look like a calendar/);
    await expect(service.renameSource('nope', 'x')).rejects.toThrow(/No calendar source/);
    expect(service.listSources()).toEqual([]);
  });

  it('keeps the CalDAV calendar choice, choosing all when none was given', async () => {
    const service = await open();
    const calendars = [
      { url: 'https://dav.example.com/me/work/', displayName: 'Work', color: '#4f7df3' },
      { url: 'https://dav.example.com/me/home/', displayName: 'Home', color: null },
    ];
    const picked = await service.addSource({ kind: 'caldav', serverUrl: 'dav.example.com', username: 'me', password: 'pw', calendars, selectedCalendarUrls: [calendars[0]!.url] });
    expect(picked).toMatchObject({ kind: 'caldav', serverUrl: 'https://dav.example.com/', name: 'dav.example.com' });
    if (picked.kind !== 'caldav') throw new Error('kind');
    expect(picked.calendars.map((c) => [c.displayName, c.selected])).toEqual([['Work', true], ['Home', false]]);

    const changed = await service.setCalDavSelection(picked.id, [calendars[1]!.url]);
    if (changed.kind !== 'caldav') throw new Error('kind');
    expect(changed.calendars.map((c) => [c.displayName, c.selected])).toEqual([['Work', false], ['Home', true]]);

    const all = await service.addSource({ kind: 'caldav', serverUrl: 'https://dav.example.com/', username: 'me', password: 'pw', calendars });
    if (all.kind !== 'caldav') throw new Error('kind');
    expect(all.calendars.every((c) => c.selected)).toBe(true);
  });
});
