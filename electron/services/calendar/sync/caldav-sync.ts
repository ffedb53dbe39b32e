import type { DAVClient } from 'tsdav';
import { z } from 'zod';
import type { CachedCalDavCalendar, CachedCalDavObject } from './cache-store';
import { listEventCalendars, withCalDav, type CalDavCredentials, type RemoteCalendar } from './caldav-client';
import type { FetchLike, HttpLimits } from './http-limits';
import { contentRevision, mergeCalendarObjects } from './ics-text';
import { networkError, SyncError } from './sync-error';
import { t } from '../../text/main-text';

export interface CalDavCalendarResult {
  calendar: CachedCalDavCalendar;
  /** The merged calendar text when it changed; null when the server said nothing changed. */
  changedText: string | null;
}

export interface CalDavSyncResult {
  remote: RemoteCalendar[];
  calendars: CalDavCalendarResult[];
}

/**
 * One sync of a CalDAV account: list calendars (one PROPFIND brings every ctag and sync
 * token), skip calendars whose ctag is unchanged, ask changed ones for what changed since the
 * last sync token (RFC 6578) and fetch only those objects; a full fetch is the fallback.
 */
export async function syncCalDav(
  credentials: CalDavCredentials,
  chooseCalendars: (remote: readonly RemoteCalendar[]) => readonly string[],
  previous: readonly CachedCalDavCalendar[],
  fetchImpl: FetchLike,
  limits: HttpLimits,
  cancel?: AbortSignal,
): Promise<CalDavSyncResult> {
  return withCalDav(
    credentials,
    fetchImpl,
    limits,
    async (client) => {
      const remote = await listEventCalendars(client);
      if (remote.length === 0) throw new SyncError('no-calendars', t('calendar:caldav.noCalendars'));
      const chosen = new Set(chooseCalendars(remote));
      const calendars: CalDavCalendarResult[] = [];
      for (const calendar of remote.filter((candidate) => chosen.has(candidate.url))) {
        const before = previous.find((cached) => cached.url === calendar.url);
        calendars.push(await syncCalendar(client, calendar, before));
      }
      return { remote, calendars };
    },
    cancel,
  );
}

async function syncCalendar(client: DAVClient, remote: RemoteCalendar, before: CachedCalDavCalendar | undefined): Promise<CalDavCalendarResult> {
  if (before && remote.ctag !== null && before.ctag === remote.ctag) {
    return { calendar: { ...before, displayName: remote.displayName }, changedText: null };
  }
  let objects: CachedCalDavObject[] | null = null;
  if (before?.syncToken && remote.supportsSyncCollection) {
    try {
      objects = await changesSince(client, remote, before);
    } catch (error) {
      // An expired token or a server quirk: start over with a full fetch. Network trouble and
      // our own limits are real failures, not reasons to download everything.
      if (error instanceof SyncError || networkError(error)) throw error;
      objects = null;
    }
  }
  objects ??= await fetchAllObjects(client, remote);
  objects.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const text = mergeCalendarObjects(objects.map((object) => object.data));
  const revision = contentRevision(text);
  const calendar: CachedCalDavCalendar = {
    url: remote.url,
    displayName: remote.displayName,
    ctag: remote.ctag,
    syncToken: remote.syncToken,
    revision,
    objects,
  };
  return { calendar, changedText: before?.revision === revision ? null : text };
}

const DavResponseSchema = z.object({
  href: z.string().optional(),
  status: z.number(),
  ok: z.boolean(),
  props: z.record(z.string(), z.unknown()).optional(),
  raw: z.unknown().optional(),
});
type DavResponse = z.infer<typeof DavResponseSchema>;

function parseResponses(value: unknown): DavResponse[] {
  return z.array(DavResponseSchema).parse(value);
}

function etagOf(response: DavResponse): string | null {
  const etag = response.props?.getetag;
  return typeof etag === 'string' || typeof etag === 'number' ? String(etag) : null;
}

function calendarDataOf(response: DavResponse): string | null {
  const data = response.props?.calendarData;
  if (typeof data === 'string') return data;
  if (data && typeof data === 'object' && '_cdata' in data && typeof data._cdata === 'string') return data._cdata;
  return null;
}

async function changesSince(client: DAVClient, remote: RemoteCalendar, before: CachedCalDavCalendar): Promise<CachedCalDavObject[]> {
  const responses = parseResponses(
    await client.syncCollection({ url: remote.url, props: { 'd:getetag': {} }, syncLevel: 1, syncToken: before.syncToken ?? undefined }),
  );
  const objects = new Map(before.objects.map((object) => [object.url, object]));
  const changedUrls: string[] = [];
  for (const response of responses) {
    if (!response.href) {
      if (!response.ok) throw new Error(`sync-collection refused (${response.status})`);
      continue;
    }
    const url = new URL(response.href, remote.url).href;
    if (url === remote.url) {
      if (!response.ok) throw new Error(`sync-collection refused (${response.status})`);
      continue;
    }
    if (response.status === 404) objects.delete(url);
    else if (!response.ok) throw new Error(`sync-collection item failed (${response.status})`);
    else if (objects.get(url)?.etag !== etagOf(response) || etagOf(response) === null) changedUrls.push(url);
  }
  if (changedUrls.length > 0) {
    const fetched = parseResponses(
      await client.calendarMultiGet({
        url: remote.url,
        props: { 'd:getetag': {}, 'c:calendar-data': {} },
        objectUrls: changedUrls.map((url) => new URL(url).pathname),
        depth: '1',
      }),
    );
    for (const response of fetched) {
      const data = calendarDataOf(response);
      if (!response.href || data === null) continue;
      const url = new URL(response.href, remote.url).href;
      objects.set(url, { url, etag: etagOf(response), data });
    }
  }
  return [...objects.values()];
}

const DavObjectSchema = z.object({ url: z.string(), etag: z.unknown(), data: z.unknown() });

async function fetchAllObjects(client: DAVClient, remote: RemoteCalendar): Promise<CachedCalDavObject[]> {
  // Object URLs need not end in .ics (tsdav's default filter): take every event the server lists.
  const listed = await client.fetchCalendarObjects({ calendar: { url: remote.url }, urlFilter: (url) => url.length > 0 });
  const objects: CachedCalDavObject[] = [];
  for (const raw of listed) {
    const parsed = DavObjectSchema.safeParse(raw);
    if (!parsed.success || typeof parsed.data.data !== 'string') continue;
    const etag = parsed.data.etag;
    objects.push({ url: parsed.data.url, etag: typeof etag === 'string' ? etag : null, data: parsed.data.data });
  }
  return objects;
}
