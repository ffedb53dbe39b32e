import { ZodError } from 'zod';
import { parseCalendar } from '../index';
import type { Clock } from '../../clock';
import type { CachedCalDavCopy, CachedCopy, CachedIcsCopy } from './cache-store';
import { discoverCalendars, normalizeServerUrl, type RemoteCalendar } from './caldav-client';
import { syncCalDav } from './caldav-sync';
import type { FetchLike, HttpLimits } from './http-limits';
import { fetchFeed, normalizeFeedUrl } from './ics-feed';
import { checkCalendarText, contentRevision, countEvents, suggestedCalendarName } from './ics-text';
import { parseOrExplain, type ParsedCalendarCache } from './parsed-cache';
import { SourceConnectionSchema, type ConnectionTestResult, type SourceConnection, type StoredCalDavCalendar } from './source-schema';
import { SyncError, toSyncError } from './sync-error';
import { t } from '../../text/main-text';

export interface SyncDeps {
  fetch: FetchLike;
  limits: HttpLimits;
  clock: Clock;
  timeZone: () => string;
  parsed: ParsedCalendarCache;
  parse?: typeof parseCalendar;
}

export interface SourceSyncOutcome {
  /** What to write as the new last good copy; null keeps the file as it is. */
  copy: CachedCopy | null;
  /** The meetings may differ from before. */
  dataChanged: boolean;
  /** CalDAV: the calendars the server lists now (to refresh names and the selection list). */
  remoteCalendars: RemoteCalendar[] | null;
}

export const feedKey = (sourceId: string, calendarUrl?: string): string => `${sourceId}|${calendarUrl ?? 'feed'}`;

/** Fetches an ICS subscription; new content is checked and parsed before it may replace the copy. */
export async function syncIcsUrl(sourceId: string, url: string, cached: CachedIcsCopy | null, deps: SyncDeps, cancel?: AbortSignal): Promise<SourceSyncOutcome> {
  const result = await fetchFeed(deps.fetch, normalizeFeedUrl(url), cached, deps.limits, cancel);
  if (result.kind === 'not-modified') return { copy: null, dataChanged: false, remoteCalendars: null };
  const revision = contentRevision(result.text);
  const validators = { etag: result.etag, lastModified: result.lastModified };
  if (cached && cached.revision === revision) {
    // Same bytes again (a server without validators): only remember new validators, if any.
    const sameValidators = cached.etag === validators.etag && cached.lastModified === validators.lastModified;
    return { copy: sameValidators ? null : { ...cached, ...validators }, dataChanged: false, remoteCalendars: null };
  }
  checkCalendarText(result.text);
  deps.parsed.get(feedKey(sourceId), revision, deps.timeZone(), () => result.text);
  const copy: CachedIcsCopy = { version: 1, kind: 'ics', savedAt: deps.clock.now().toISOString(), ...validators, revision, text: result.text };
  return { copy, dataChanged: true, remoteCalendars: null };
}

/** An ICS file import, checked like a download. */
export function importIcsText(sourceId: string, text: string, deps: SyncDeps): CachedIcsCopy {
  checkCalendarText(text);
  const revision = contentRevision(text);
  deps.parsed.get(feedKey(sourceId), revision, deps.timeZone(), () => text);
  return { version: 1, kind: 'ics', savedAt: deps.clock.now().toISOString(), etag: null, lastModified: null, revision, text };
}

export interface CalDavSourceConfig {
  serverUrl: string;
  username: string;
  password: string;
  calendars: readonly StoredCalDavCalendar[];
}

/** Which calendars count: the user's choice; before any discovery, every calendar. */
export function chosenCalendarUrls(stored: readonly StoredCalDavCalendar[], remote: readonly RemoteCalendar[]): string[] {
  if (stored.length === 0) return remote.map((calendar) => calendar.url);
  const selected = new Set(stored.filter((calendar) => calendar.selected).map((calendar) => calendar.url));
  return remote.filter((calendar) => selected.has(calendar.url)).map((calendar) => calendar.url);
}

export async function syncCalDavSource(
  sourceId: string,
  config: CalDavSourceConfig,
  cached: CachedCalDavCopy | null,
  deps: SyncDeps,
  cancel?: AbortSignal,
): Promise<SourceSyncOutcome> {
  const credentials = { serverUrl: normalizeServerUrl(config.serverUrl), username: config.username, password: config.password };
  const previous = cached?.calendars ?? [];
  const result = await syncCalDav(credentials, (remote) => chosenCalendarUrls(config.calendars, remote), previous, deps.fetch, deps.limits, cancel);
  // Validate every changed calendar before anything is written: all or nothing per source.
  for (const { calendar, changedText } of result.calendars) {
    if (changedText !== null) deps.parsed.get(feedKey(sourceId, calendar.url), calendar.revision, deps.timeZone(), () => changedText);
  }
  const calendars = result.calendars.map((entry) => entry.calendar);
  const fingerprint = (list: typeof calendars): string => JSON.stringify(list.map((c) => [c.url, c.revision, c.ctag, c.syncToken, c.displayName]));
  const contents = (list: typeof calendars): string => JSON.stringify(list.map((c) => [c.url, c.revision]));
  const unchanged = cached !== null && fingerprint(cached.calendars) === fingerprint(calendars);
  return {
    copy: unchanged ? null : { version: 1, kind: 'caldav', savedAt: deps.clock.now().toISOString(), calendars },
    dataChanged: cached === null || contents(cached.calendars) !== contents(calendars),
    remoteCalendars: result.remote,
  };
}

/** "Test connection": the same code paths as a sync, without storing anything. */
export async function testConnection(input: SourceConnection, deps: SyncDeps): Promise<ConnectionTestResult> {
  const parse = deps.parse ?? parseCalendar;
  try {
    const connection = SourceConnectionSchema.parse(input);
    switch (connection.kind) {
      case 'ics-url': {
        const result = await fetchFeed(deps.fetch, normalizeFeedUrl(connection.url), null, deps.limits);
        if (result.kind !== 'content') throw new SyncError('http', t('calendar:sync.unexpectedAnswer', { status: 304 }));
        return describeCalendarText(result.text, connection.kind, parse, deps);
      }
      case 'ics-file':
        return describeCalendarText(connection.text, connection.kind, parse, deps);
      case 'caldav': {
        const serverUrl = normalizeServerUrl(connection.serverUrl);
        const calendars = await discoverCalendars({ serverUrl, username: connection.username, password: connection.password }, deps.fetch, deps.limits);
        return {
          ok: true,
          kind: 'caldav',
          suggestedName: new URL(serverUrl).hostname.replace(/^(caldav|dav|cal)\./i, ''),
          calendars: calendars.map(({ url, displayName, color }) => ({ url, displayName, color })),
        };
      }
    }
  } catch (error) {
    const problem = error instanceof ZodError ? new SyncError('invalid-address', t('calendar:sync.detailsInvalid')) : toSyncError(error);
    return { ok: false, error: problem.message, errorKind: problem.kind };
  }
}

function describeCalendarText(text: string, kind: 'ics-url' | 'ics-file', parse: typeof parseCalendar, deps: SyncDeps): ConnectionTestResult {
  checkCalendarText(text);
  parseOrExplain(parse, text, deps.timeZone());
  return { ok: true, kind, suggestedName: suggestedCalendarName(text), eventCount: countEvents(text) };
}
