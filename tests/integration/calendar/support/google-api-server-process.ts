/**
 * A local Google Calendar API v3 (the two methods Touchpoint calls), written from the public
 * reference: CalendarList.list and Events.list with singleEvents=true, maxResults paging
 * (nextPageToken), nextSyncToken on the last page, incremental answers that include cancelled
 * instances, 410 "fullSyncRequired" for an invalidated token, and throttling (429/503/403
 * rateLimitExceeded with Retry-After). Its own process, so a test can stop it by pid.
 *
 * Tests drive it through POST /__control and read GET /__log. Prints `{"port":N}` when listening.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface StoredEvent {
  event: Record<string, unknown> & { id: string; status?: string };
  seq: number;
}

interface Failure {
  /** 0: never answer. */
  status: number;
  retryAfter?: string;
  body?: string;
}

let calendars: Record<string, unknown>[] = [];
const events = new Map<string, Map<string, StoredEvent>>();
let seq = 1;
/** Sync tokens older than this are answered with 410. */
let oldestValidToken = 0;
let pageSize = 2500;
let acceptedTokens = new Set<string>(['test-access-token']);
let failures: Failure[] = [];
const log: { path: string; query: Record<string, string>; status: number }[] = [];

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
  res.end(text);
}

const googleError = (code: number, reason: string, message: string): unknown => ({ error: { errors: [{ domain: 'global', reason, message }], code, message } });

const encodePage = (state: unknown): string => Buffer.from(JSON.stringify(state)).toString('base64url');
const decodePage = (token: string): { offset: number; seq: number } => JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset: number; seq: number };

function timeOf(value: unknown): number {
  const time = value as { dateTime?: string; date?: string } | undefined;
  if (time?.dateTime) return Date.parse(time.dateTime);
  if (time?.date) return Date.parse(`${time.date}T00:00:00Z`);
  return Number.NaN;
}

function page<T>(items: T[], offset: number, max: number): { slice: T[]; next: number | null } {
  const slice = items.slice(offset, offset + max);
  return { slice, next: offset + max < items.length ? offset + max : null };
}

function listCalendars(url: URL, res: ServerResponse): void {
  const max = Math.min(Number(url.searchParams.get('maxResults') ?? 100), pageSize);
  const offset = url.searchParams.has('pageToken') ? decodePage(url.searchParams.get('pageToken') ?? '').offset : 0;
  const { slice, next } = page(calendars, offset, max);
  send(res, 200, {
    kind: 'calendar#calendarList',
    etag: `"${seq}"`,
    items: slice.map((calendar) => ({ kind: 'calendar#calendarListEntry', ...calendar })),
    ...(next === null ? { nextSyncToken: `cl${seq}` } : { nextPageToken: encodePage({ offset: next, seq }) }),
  });
}

function listEvents(calendarId: string, url: URL, res: ServerResponse): void {
  const stored = events.get(calendarId);
  if (!stored) return send(res, 404, googleError(404, 'notFound', 'Not Found'));
  const params = url.searchParams;
  if (params.get('singleEvents') !== 'true') return send(res, 400, googleError(400, 'badRequest', 'This server serves instances only (singleEvents=true).'));
  const syncToken = params.get('syncToken');
  if (syncToken && (params.has('timeMin') || params.has('timeMax'))) {
    return send(res, 400, googleError(400, 'invalid', 'Sync token cannot be used with timeMin or timeMax.'));
  }
  let items: StoredEvent[];
  if (syncToken) {
    const since = Number(/^s(\d+)$/.exec(syncToken)?.[1] ?? Number.NaN);
    if (!Number.isFinite(since)) return send(res, 400, googleError(400, 'invalid', 'Invalid sync token value.'));
    if (since < oldestValidToken) return send(res, 410, googleError(410, 'fullSyncRequired', 'Sync token is no longer valid, a full sync is required.'));
    items = [...stored.values()].filter((entry) => entry.seq > since);
  } else {
    const min = params.has('timeMin') ? Date.parse(params.get('timeMin') ?? '') : -Infinity;
    const max = params.has('timeMax') ? Date.parse(params.get('timeMax') ?? '') : Infinity;
    // Without showDeleted, a full list leaves cancelled instances out (Events.list reference).
    items = [...stored.values()].filter((entry) => entry.event.status !== 'cancelled' && timeOf(entry.event.end) > min && timeOf(entry.event.start) < max);
  }
  items.sort((a, b) => a.seq - b.seq || (a.event.id < b.event.id ? -1 : 1));
  const max = Math.min(Number(params.get('maxResults') ?? 250), pageSize);
  const offset = params.has('pageToken') ? decodePage(params.get('pageToken') ?? '').offset : 0;
  const { slice, next } = page(items, offset, max);
  send(res, 200, {
    kind: 'calendar#events',
    etag: `"${seq}"`,
    summary: calendarId,
    timeZone: 'Europe/Berlin',
    items: slice.map((entry) => (entry.event.status === 'cancelled' ? cancelledShape(entry.event) : { kind: 'calendar#event', ...entry.event })),
    ...(next === null ? { nextSyncToken: `s${seq}` } : { nextPageToken: encodePage({ offset: next, seq }) }),
  });
}

/** A cancelled instance in an incremental answer carries only its identity (Events resource). */
function cancelledShape(event: StoredEvent['event']): unknown {
  const { id, recurringEventId, originalStartTime } = event;
  return { kind: 'calendar#event', id, status: 'cancelled', ...(recurringEventId ? { recurringEventId, originalStartTime } : {}) };
}

function control(body: Record<string, unknown>, res: ServerResponse): void {
  switch (body.op) {
    case 'reset': {
      calendars = (body.calendars as Record<string, unknown>[]) ?? [];
      events.clear();
      for (const calendar of calendars) events.set(String(calendar.id), new Map());
      for (const [calendarId, list] of Object.entries((body.events as Record<string, StoredEvent['event'][]>) ?? {})) {
        const stored = events.get(calendarId) ?? new Map<string, StoredEvent>();
        for (const event of list) stored.set(event.id, { event, seq: ++seq });
        events.set(calendarId, stored);
      }
      pageSize = Number(body.pageSize ?? 2500);
      acceptedTokens = new Set((body.tokens as string[]) ?? ['test-access-token']);
      failures = [];
      log.length = 0;
      break;
    }
    case 'upsert':
      events.get(String(body.calendarId))?.set(String((body.event as StoredEvent['event']).id), { event: body.event as StoredEvent['event'], seq: ++seq });
      break;
    case 'cancel': {
      const stored = events.get(String(body.calendarId));
      const entry = stored?.get(String(body.eventId));
      if (entry) stored?.set(entry.event.id, { event: { ...entry.event, status: 'cancelled' }, seq: ++seq });
      break;
    }
    case 'invalidate-sync-tokens':
      oldestValidToken = ++seq;
      break;
    case 'fail-next':
      failures.push(...(body.failures as Failure[]));
      break;
    case 'tokens':
      acceptedTokens = new Set(body.tokens as string[]);
      break;
    default:
      return send(res, 400, { error: 'unknown op' });
  }
  send(res, 200, { ok: true });
}

function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/__control') return control(JSON.parse(body) as Record<string, unknown>, res);
  if (url.pathname === '/__log') return send(res, 200, log);
  const entry = { path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0 };
  log.push(entry);
  const respond = (status: number, payload: unknown, headers?: Record<string, string>): void => {
    entry.status = status;
    send(res, status, payload, headers);
  };
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token || !acceptedTokens.has(token)) {
    return respond(401, googleError(401, 'authError', 'Invalid Credentials'), { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' });
  }
  const failure = failures.shift();
  if (failure?.status === 0) return; // never answers: the client's timeout must end it
  if (failure) {
    const reason = failure.status === 403 ? 'rateLimitExceeded' : failure.status === 429 ? 'rateLimitExceeded' : 'backendError';
    return respond(failure.status, failure.body ?? googleError(failure.status, reason, 'Rate Limit Exceeded'), failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
  }
  if (url.pathname === '/calendar/v3/users/me/calendarList') {
    entry.status = 200;
    return listCalendars(url, res);
  }
  const match = /^\/calendar\/v3\/calendars\/([^/]+)\/events$/.exec(url.pathname);
  if (match?.[1]) {
    listEvents(decodeURIComponent(match[1]), url, res);
    entry.status = res.statusCode;
    return;
  }
  respond(404, googleError(404, 'notFound', 'Not Found'));
}

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => handle(req, res, body));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: address && typeof address === 'object' ? address.port : 0 })}\n`);
});
