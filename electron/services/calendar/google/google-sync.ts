import type { Occurrence } from '../../../../shared/domain/calendar';
import { getJson, type ApiDeps, type ApiOperation, type ApiSession } from '../api/api-request';
import { startDeadline } from '../sync/http-limits';
import { SyncError } from '../sync/sync-error';
import type { ApiStoredCalendar, CachedApiCopy } from '../api/api-copy';
import { selfEmailOf, toOccurrence } from './google-map';
import { GoogleCalendarListPageSchema, GoogleEventSchema, GoogleEventsPageSchema, type GoogleCalendarListEntry } from './google-schema';
import { t } from '../../text/main-text';

/**
 * One sync of a Google account with Calendar API v3: the calendar list, then for each chosen
 * calendar either the changes since its sync token, or (first time, once a day as the window
 * moves, or after a 410) every instance in the window with singleEvents=true. Paging follows
 * nextPageToken; the sync token comes with the last page.
 */
export const GOOGLE_API_BASE = 'https://www.googleapis.com';

export interface GoogleSyncInput {
  session: ApiSession;
  deps: ApiDeps;
  /** Only tests change it (their local server); production uses GOOGLE_API_BASE. */
  baseUrl?: string;
  window: { from: Date; to: Date };
  previous: CachedApiCopy | null;
  /** Which calendars to sync; default: the primary and those shown in the user's Google list. */
  choose?: (calendars: readonly GoogleCalendarListEntry[]) => readonly string[];
  cancel?: AbortSignal;
}

export interface GoogleSyncResult {
  copy: CachedApiCopy;
  calendars: GoogleCalendarListEntry[];
  /** Requests made with a sync token (incremental) and without (full), for tests and logs. */
  incremental: number;
  full: number;
}

const PAGE_SIZE = 2500;
const MAX_PAGES = 200;

export const defaultGoogleChoice = (calendars: readonly GoogleCalendarListEntry[]): string[] =>
  calendars.filter((c) => !c.deleted && c.accessRole !== 'freeBusyReader' && (c.primary === true || c.selected === true)).map((c) => c.id);

export async function syncGoogle(input: GoogleSyncInput): Promise<GoogleSyncResult> {
  const deadline = startDeadline(input.deps.limits.totalTimeoutMs, input.cancel);
  const operation: ApiOperation = { signal: deadline.signal, bytes: 0 };
  const base = (input.baseUrl ?? GOOGLE_API_BASE).replace(/\/$/, '');
  try {
    const calendars = await listCalendars(base, input, operation);
    const chosen = new Set((input.choose ?? defaultGoogleChoice)(calendars));
    const window = { from: input.window.from.toISOString(), to: input.window.to.toISOString() };
    // Incremental answers carry changes anywhere in time; a window that moved needs a full fetch.
    const sameWindow = input.previous !== null && input.previous.window.from === window.from && input.previous.window.to === window.to;
    let selfEmail = calendars.find((c) => c.primary && c.id.includes('@'))?.id.toLowerCase() ?? null;
    const stored: ApiStoredCalendar[] = [];
    const counts = { incremental: 0, full: 0 };
    for (const calendar of calendars.filter((c) => chosen.has(c.id))) {
      const before = sameWindow ? input.previous?.calendars.find((c) => c.id === calendar.id) : undefined;
      const result = await syncCalendar(base, calendar, before, input, operation, counts);
      selfEmail ??= result.selfEmail;
      stored.push(result.calendar);
    }
    return {
      copy: { version: 1, kind: 'google', savedAt: input.deps.clock.now().toISOString(), selfEmail, window, calendars: stored },
      calendars,
      ...counts,
    };
  } finally {
    deadline.clear();
  }
}

async function listCalendars(base: string, input: GoogleSyncInput, operation: ApiOperation): Promise<GoogleCalendarListEntry[]> {
  const calendars: GoogleCalendarListEntry[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = new URL(`${base}/calendar/v3/users/me/calendarList`);
    url.searchParams.set('maxResults', '250');
    if (pageToken) url.searchParams.set('pageToken', pageToken);
    const answer = await getJson(url.href, input.session, input.deps, operation);
    const parsed = GoogleCalendarListPageSchema.safeParse(answer.body);
    if (!parsed.success) throw new SyncError('unreadable', t('calendar:api.googleListUnreadable'));
    calendars.push(...parsed.data.items);
    pageToken = parsed.data.nextPageToken;
    if (!pageToken) return calendars;
  }
  throw new SyncError('unreadable', t('calendar:api.googleListEndless'));
}

async function syncCalendar(
  base: string,
  calendar: GoogleCalendarListEntry,
  before: ApiStoredCalendar | undefined,
  input: GoogleSyncInput,
  operation: ApiOperation,
  counts: { incremental: number; full: number },
): Promise<{ calendar: ApiStoredCalendar; selfEmail: string | null }> {
  const summary = calendar.summaryOverride ?? calendar.summary;
  if (before?.syncToken) {
    const events = new Map(before.events.map((event) => [event.id, event.occurrence]));
    const changes = await fetchEvents(base, calendar.id, { syncToken: before.syncToken }, input, operation);
    counts.incremental++;
    if (changes !== 'gone') {
      applyChanges(events, changes.items, input.window);
      return { calendar: { id: calendar.id, summary, syncToken: changes.syncToken, events: toList(events) }, selfEmail: changes.selfEmail };
    }
    // 410 Gone: the token expired (Google: "perform a full synchronization"), so start again.
  }
  const all = await fetchEvents(base, calendar.id, { window: input.window }, input, operation);
  counts.full++;
  if (all === 'gone') throw new SyncError('not-found', t('calendar:api.googleCalendarGone', { name: summary }));
  const events = new Map<string, Occurrence>();
  applyChanges(events, all.items, input.window);
  return { calendar: { id: calendar.id, summary, syncToken: all.syncToken, events: toList(events) }, selfEmail: all.selfEmail };
}

type FetchedEvents = { items: unknown[]; syncToken: string | null; selfEmail: string | null } | 'gone';

async function fetchEvents(
  base: string,
  calendarId: string,
  mode: { syncToken: string } | { window: { from: Date; to: Date } },
  input: GoogleSyncInput,
  operation: ApiOperation,
): Promise<FetchedEvents> {
  const items: unknown[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = new URL(`${base}/calendar/v3/calendars/${encodeURIComponent(calendarId)}/events`);
    url.searchParams.set('singleEvents', 'true');
    url.searchParams.set('maxResults', String(PAGE_SIZE));
    if ('syncToken' in mode) url.searchParams.set('syncToken', mode.syncToken);
    else {
      url.searchParams.set('timeMin', mode.window.from.toISOString());
      url.searchParams.set('timeMax', mode.window.to.toISOString());
    }
    if (pageToken) url.searchParams.set('pageToken', pageToken);
    const answer = await getJson(url.href, input.session, input.deps, operation, { passThrough: 'syncToken' in mode ? [410] : [] });
    if (answer.status === 410) return 'gone';
    const parsed = GoogleEventsPageSchema.safeParse(answer.body);
    if (!parsed.success) throw new SyncError('unreadable', t('calendar:api.googleEventsUnreadable'));
    items.push(...parsed.data.items);
    pageToken = parsed.data.nextPageToken;
    if (!pageToken) {
      let selfEmail: string | null = null;
      for (const raw of items) {
        const event = GoogleEventSchema.safeParse(raw);
        if (event.success) selfEmail ??= selfEmailOf(event.data);
      }
      return { items, syncToken: parsed.data.nextSyncToken ?? null, selfEmail };
    }
  }
  throw new SyncError('unreadable', t('calendar:api.googleEventsEndless'));
}

/** Upserts changed instances, removes cancelled ones and those that left the window. */
function applyChanges(events: Map<string, Occurrence>, items: readonly unknown[], window: { from: Date; to: Date }): void {
  const from = window.from.getTime();
  const to = window.to.getTime();
  for (const raw of items) {
    const parsed = GoogleEventSchema.safeParse(raw);
    if (!parsed.success) continue; // one unreadable event costs only itself
    const occurrence = toOccurrence(parsed.data);
    if (occurrence === null || !overlaps(occurrence, from, to)) events.delete(parsed.data.id);
    else events.set(parsed.data.id, occurrence);
  }
}

function overlaps(occurrence: Occurrence, from: number, to: number): boolean {
  // All-day dates are compared as UTC days: a day's slack either side is harmless for a window of weeks.
  const start = Date.parse(occurrence.allDay ? `${occurrence.start}T00:00:00Z` : occurrence.start);
  const end = Date.parse(occurrence.allDay ? `${occurrence.end}T00:00:00Z` : occurrence.end);
  return start < to && end > from;
}

const toList = (events: Map<string, Occurrence>): ApiStoredCalendar['events'] =>
  [...events].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, occurrence]) => ({ id, occurrence }));
