import { DAVClient } from 'tsdav';
import { z } from 'zod';
import { normalizeServerColor } from './colors';
import { createGuardedFetch, startDeadline, type FetchLike, type GuardedFetch, type HttpLimits } from './http-limits';
import { httpStatusError, networkError, SyncError } from './sync-error';
import { t } from '../../text/main-text';

export interface CalDavCredentials {
  serverUrl: string;
  username: string;
  password: string;
}

/** A calendar as the server lists it, with the change markers that let a sync skip it. */
export interface RemoteCalendar {
  url: string;
  displayName: string;
  color: string | null;
  ctag: string | null;
  syncToken: string | null;
  supportsSyncCollection: boolean;
}

/** https by default; credentials belong in their own fields, not in the address. */
export function normalizeServerUrl(input: string): string {
  let text = input.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SyncError('invalid-address', t('calendar:caldav.notServerAddress'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SyncError('invalid-address', t('calendar:caldav.badScheme'));
  }
  if (url.username || url.password) {
    throw new SyncError('invalid-address', t('calendar:caldav.credentialsInAddress'));
  }
  return url.href;
}

/**
 * Signs in (tsdav discovery: well-known URL, principal, calendar home) and runs `work` with
 * the client. All requests share one deadline and one byte budget; every failure leaves as a
 * plain-words SyncError.
 */
export async function withCalDav<T>(
  credentials: CalDavCredentials,
  fetchImpl: FetchLike,
  limits: HttpLimits,
  work: (client: DAVClient) => Promise<T>,
  cancel?: AbortSignal,
): Promise<T> {
  const deadline = startDeadline(limits.totalTimeoutMs, cancel);
  const guard = createGuardedFetch(fetchImpl, limits, deadline.signal);
  const client = new DAVClient({
    serverUrl: credentials.serverUrl,
    credentials: { username: credentials.username, password: credentials.password },
    authMethod: 'Basic',
    defaultAccountType: 'caldav',
    fetch: guard.fetch,
  });
  try {
    await client.login();
    return await work(client);
  } catch (error) {
    throw classifyCalDavError(error, guard, deadline.signal);
  } finally {
    deadline.clear();
  }
}

function classifyCalDavError(error: unknown, guard: GuardedFetch, deadline: AbortSignal): SyncError {
  if (deadline.aborted && deadline.reason instanceof SyncError) return deadline.reason;
  // tsdav turns some HTTP failures into empty results or generic messages; the statuses tell.
  if (guard.statuses.includes(401)) return httpStatusError(401, 'caldav');
  if (error instanceof SyncError) return error;
  const network = networkError(error);
  if (network) return network;
  if (guard.statuses.includes(403)) return httpStatusError(403, 'caldav');
  const serverError = guard.statuses.find((status) => status >= 500);
  if (serverError !== undefined) return httpStatusError(serverError, 'caldav');
  if (error instanceof Error && /principalUrl|homeUrl/.test(error.message)) {
    return new SyncError('not-caldav', t('calendar:caldav.notFound'));
  }
  if (guard.statuses.includes(404)) {
    return new SyncError('not-caldav', t('calendar:caldav.notFound404'));
  }
  return new SyncError('unexpected', t('calendar:caldav.notUnderstood'));
}

const ListedCalendarSchema = z.object({
  url: z.string().min(1),
  displayName: z.unknown(),
  calendarColor: z.unknown(),
  ctag: z.unknown(),
  syncToken: z.unknown(),
  components: z.array(z.unknown()).optional(),
  reports: z.array(z.unknown()).optional(),
});

function scalarText(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '_cdata' in value && typeof value._cdata === 'string') return value._cdata;
  return null;
}

/** The account's calendars that can hold events (task lists are left out). */
export async function listEventCalendars(client: DAVClient): Promise<RemoteCalendar[]> {
  const listed = await client.fetchCalendars();
  const calendars: RemoteCalendar[] = [];
  for (const raw of listed) {
    const parsed = ListedCalendarSchema.safeParse(raw);
    if (!parsed.success) continue;
    const calendar = parsed.data;
    const components = (calendar.components ?? []).filter((c): c is string => typeof c === 'string');
    if (components.length > 0 && !components.includes('VEVENT')) continue;
    const url = new URL(calendar.url).href;
    const name = scalarText(calendar.displayName)?.trim();
    calendars.push({
      url,
      displayName: (name && name.slice(0, 200)) || lastPathSegment(url),
      color: normalizeServerColor(calendar.calendarColor),
      ctag: scalarText(calendar.ctag),
      syncToken: scalarText(calendar.syncToken),
      supportsSyncCollection: (calendar.reports ?? []).includes('syncCollection'),
    });
  }
  return calendars;
}

function lastPathSegment(url: string): string {
  const segment = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? 'Calendar';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function discoverCalendars(credentials: CalDavCredentials, fetchImpl: FetchLike, limits: HttpLimits): Promise<RemoteCalendar[]> {
  return withCalDav(credentials, fetchImpl, limits, async (client) => {
    const calendars = await listEventCalendars(client);
    if (calendars.length === 0) throw new SyncError('no-calendars', t('calendar:caldav.noCalendarsWithEvents'));
    return calendars;
  });
}
