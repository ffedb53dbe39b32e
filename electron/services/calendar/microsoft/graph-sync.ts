import type { Occurrence } from '../../../../shared/domain/calendar';
import type { ApiStoredCalendar, CachedApiCopy } from '../api/api-copy';
import { getJson, type ApiDeps, type ApiOperation, type ApiSession } from '../api/api-request';
import { startDeadline } from '../sync/http-limits';
import { SyncError } from '../sync/sync-error';
import { toOccurrence } from './graph-map';
import { GraphCalendarSchema, GraphEventSchema, GraphPageSchema } from './graph-schema';
import { t } from '../../text/main-text';

/**
 * One sync of a Microsoft 365 / Outlook account with Graph: the default calendar (its owner is
 * the user), then event delta over /me/calendarView: the first time (or once a day as the
 * window moves, or after a 410) every instance in the window, afterwards only what changed
 * since the stored @odata.deltaLink. Pages follow @odata.nextLink.
 */
export const GRAPH_API_BASE = 'https://graph.microsoft.com';

export interface GraphSyncInput {
  session: ApiSession;
  deps: ApiDeps;
  /** Only tests change it (their local server). */
  baseUrl?: string;
  window: { from: Date; to: Date };
  previous: CachedApiCopy | null;
  cancel?: AbortSignal;
}

export interface GraphSyncResult {
  copy: CachedApiCopy;
  incremental: number;
  full: number;
}

const MAX_PAGES = 500;
/** UTC times (the mapping reads them so) and pages of at most 200 events. */
const PREFER = 'outlook.timezone="UTC", odata.maxpagesize=200';

export async function syncGraph(input: GraphSyncInput): Promise<GraphSyncResult> {
  const deadline = startDeadline(input.deps.limits.totalTimeoutMs, input.cancel);
  const operation: ApiOperation = { signal: deadline.signal, bytes: 0 };
  const base = (input.baseUrl ?? GRAPH_API_BASE).replace(/\/$/, '');
  try {
    const calendarAnswer = await getJson(`${base}/v1.0/me/calendar`, input.session, input.deps, operation);
    const calendar = GraphCalendarSchema.safeParse(calendarAnswer.body);
    if (!calendar.success) throw new SyncError('unreadable', t('calendar:api.microsoftCalendarUnreadable'));
    const selfEmail = calendar.data.owner?.address?.toLowerCase() ?? null;
    const window = { from: input.window.from.toISOString(), to: input.window.to.toISOString() };
    const sameWindow = input.previous !== null && input.previous.window.from === window.from && input.previous.window.to === window.to;
    const before = sameWindow ? input.previous?.calendars.find((c) => c.id === calendar.data.id) : undefined;
    const counts = { incremental: 0, full: 0 };
    let stored: ApiStoredCalendar | null = null;
    if (before?.syncToken) {
      const events = new Map(before.events.map((event) => [event.id, event.occurrence]));
      const changes = await fetchDelta(before.syncToken, base, input, operation);
      counts.incremental++;
      if (changes !== 'gone') {
        apply(events, changes.items, selfEmail);
        stored = { id: calendar.data.id, summary: calendar.data.name, syncToken: changes.deltaLink, events: toList(events) };
      }
    }
    if (stored === null) {
      const start = new URL(`${base}/v1.0/me/calendarView/delta`);
      start.searchParams.set('startDateTime', window.from);
      start.searchParams.set('endDateTime', window.to);
      const all = await fetchDelta(start.href, base, input, operation);
      counts.full++;
      if (all === 'gone') throw new SyncError('server', t('calendar:api.microsoftListFailed'));
      const events = new Map<string, Occurrence>();
      apply(events, all.items, selfEmail);
      stored = { id: calendar.data.id, summary: calendar.data.name, syncToken: all.deltaLink, events: toList(events) };
    }
    return {
      copy: { version: 1, kind: 'microsoft', savedAt: input.deps.clock.now().toISOString(), selfEmail, window, calendars: [stored] },
      ...counts,
    };
  } finally {
    deadline.clear();
  }
}

/** Follows nextLinks to the deltaLink. Links must stay on Graph's origin: they carry the access token. */
async function fetchDelta(first: string, base: string, input: GraphSyncInput, operation: ApiOperation): Promise<{ items: unknown[]; deltaLink: string | null } | 'gone'> {
  const items: unknown[] = [];
  let next = first;
  for (let page = 0; page < MAX_PAGES; page++) {
    if (new URL(next).origin !== new URL(base).origin) throw new SyncError('http', t('calendar:api.microsoftOtherServer'));
    const answer = await getJson(next, input.session, input.deps, operation, { headers: { prefer: PREFER }, passThrough: [410] });
    if (answer.status === 410) return 'gone';
    const parsed = GraphPageSchema.safeParse(answer.body);
    if (!parsed.success) throw new SyncError('unreadable', t('calendar:api.microsoftEventsUnreadable'));
    items.push(...parsed.data.value);
    const nextLink = parsed.data['@odata.nextLink'];
    if (!nextLink) return { items, deltaLink: parsed.data['@odata.deltaLink'] ?? null };
    next = nextLink;
  }
  throw new SyncError('unreadable', t('calendar:api.microsoftEventsEndless'));
}

function apply(events: Map<string, Occurrence>, items: readonly unknown[], selfEmail: string | null): void {
  for (const raw of items) {
    const parsed = GraphEventSchema.safeParse(raw);
    if (!parsed.success) continue; // one unreadable event costs only itself
    // Graph's series masters are not instances: calendarView lists their occurrences instead.
    if (parsed.data.type === 'seriesMaster') continue;
    const occurrence = toOccurrence(parsed.data, selfEmail);
    if (occurrence === null) events.delete(parsed.data.id);
    else events.set(parsed.data.id, occurrence);
  }
}

const toList = (events: Map<string, Occurrence>): ApiStoredCalendar['events'] =>
  [...events].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, occurrence]) => ({ id, occurrence }));
