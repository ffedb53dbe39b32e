/**
 * A local Microsoft Graph v1.0 (what Touchpoint calls), written from the public reference:
 * GET /me/calendar, and event: delta on /me/calendarView — startDateTime/endDateTime on the
 * first round, @odata.nextLink pages (odata.maxpagesize from Prefer), @odata.deltaLink on the
 * last page, deleted instances as {"@removed"}, 410 for a delta token it no longer knows, and
 * throttling (429/503 with Retry-After). Times are answered in UTC, as asked with
 * Prefer: outlook.timezone="UTC". Its own process; driven by POST /__control, read by GET /__log.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface StoredEvent {
  event: Record<string, unknown> & { id: string; isCancelled?: boolean };
  seq: number;
  removed: boolean;
}

let owner = { name: 'Morgan Manager', address: 'Morgan.Manager@contoso.com' };
const events = new Map<string, StoredEvent>();
let seq = 1;
let oldestValidToken = 0;
let serverPageSize = 1000;
let acceptedTokens = new Set<string>(['test-access-token']);
let failures: { status: number; retryAfter?: string }[] = [];
const log: { path: string; query: Record<string, string>; prefer: string; status: number }[] = [];
let base = '';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal', ...headers });
  res.end(JSON.stringify(body));
}

const graphError = (code: string, message: string): unknown => ({ error: { code, message, innerError: { date: new Date().toISOString() } } });

function utc(value: unknown): number {
  const time = value as { dateTime?: string } | undefined;
  return time?.dateTime ? Date.parse(`${time.dateTime.replace(/(\.\d{3})\d*$/, '$1')}Z`) : Number.NaN;
}

interface DeltaState {
  from: number;
  to: number;
  since: number;
  offset: number;
  seqAtStart: number;
}
const encode = (state: DeltaState): string => Buffer.from(JSON.stringify(state)).toString('base64url');
const decode = (token: string): DeltaState => JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as DeltaState;

function delta(url: URL, prefer: string, res: ServerResponse): void {
  let state: DeltaState;
  const skip = url.searchParams.get('$skiptoken');
  const deltaToken = url.searchParams.get('$deltatoken');
  if (skip) state = decode(skip);
  else if (deltaToken) {
    const known = decode(deltaToken);
    if (known.seqAtStart < oldestValidToken) return send(res, 410, graphError('SyncStateNotFound', 'The sync state generation is not found.'));
    state = { ...known, since: known.seqAtStart, offset: 0, seqAtStart: seq };
  } else {
    const from = Date.parse(url.searchParams.get('startDateTime') ?? '');
    const to = Date.parse(url.searchParams.get('endDateTime') ?? '');
    if (Number.isNaN(from) || Number.isNaN(to)) return send(res, 400, graphError('ErrorInvalidParameter', 'startDateTime and endDateTime are required.'));
    state = { from, to, since: 0, offset: 0, seqAtStart: seq };
  }
  const inWindow = (entry: StoredEvent): boolean => utc(entry.event.end) > state.from && utc(entry.event.start) < state.to;
  const items = [...events.values()]
    .filter((entry) => entry.seq > state.since && entry.seq <= state.seqAtStart && inWindow(entry))
    .filter((entry) => state.since > 0 || !entry.removed)
    .sort((a, b) => a.seq - b.seq);
  const maxPage = Math.min(Number(/odata\.maxpagesize=(\d+)/.exec(prefer)?.[1] ?? 1000), serverPageSize);
  const slice = items.slice(state.offset, state.offset + maxPage);
  const more = state.offset + maxPage < items.length;
  const value = slice.map((entry) => (entry.removed ? { '@odata.type': '#microsoft.graph.event', id: entry.event.id, '@removed': { reason: 'deleted' } } : { '@odata.type': '#microsoft.graph.event', ...entry.event }));
  const link = `${base}/v1.0/me/calendarView/delta`;
  send(res, 200, {
    '@odata.context': `${base}/v1.0/$metadata#Collection(event)`,
    ...(more ? { '@odata.nextLink': `${link}?$skiptoken=${encode({ ...state, offset: state.offset + maxPage })}` } : { '@odata.deltaLink': `${link}?$deltatoken=${encode(state)}` }),
    value,
  });
}

function control(body: Record<string, unknown>, res: ServerResponse): void {
  switch (body.op) {
    case 'reset':
      events.clear();
      for (const event of (body.events as StoredEvent['event'][]) ?? []) events.set(event.id, { event, seq: ++seq, removed: false });
      if (body.owner) owner = body.owner as typeof owner;
      serverPageSize = Number(body.pageSize ?? 1000);
      acceptedTokens = new Set((body.tokens as string[]) ?? ['test-access-token']);
      failures = [];
      log.length = 0;
      break;
    case 'upsert': {
      const event = body.event as StoredEvent['event'];
      events.set(event.id, { event, seq: ++seq, removed: false });
      break;
    }
    case 'delete': {
      const entry = events.get(String(body.id));
      if (entry) events.set(entry.event.id, { ...entry, seq: ++seq, removed: true });
      break;
    }
    case 'tokens':
      acceptedTokens = new Set(body.tokens as string[]);
      break;
    case 'invalidate-delta-tokens':
      oldestValidToken = ++seq;
      break;
    case 'fail-next':
      failures.push(...(body.failures as typeof failures));
      break;
    default:
      return send(res, 400, { error: 'unknown op' });
  }
  send(res, 200, { ok: true });
}

function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
  const url = new URL(req.url ?? '/', base);
  if (url.pathname === '/__control') return control(JSON.parse(body) as Record<string, unknown>, res);
  if (url.pathname === '/__log') return send(res, 200, log);
  const prefer = String(req.headers.prefer ?? '');
  const entry = { path: url.pathname, query: Object.fromEntries(url.searchParams), prefer, status: 0 };
  log.push(entry);
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token || !acceptedTokens.has(token)) {
    entry.status = 401;
    return send(res, 401, graphError('InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'));
  }
  const failure = failures.shift();
  if (failure) {
    entry.status = failure.status;
    return send(res, failure.status, graphError(failure.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', 'Please retry later.'), failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
  }
  if (url.pathname === '/v1.0/me/calendar') {
    entry.status = 200;
    return send(res, 200, { '@odata.context': `${base}/v1.0/$metadata#users('me')/calendar/$entity`, id: 'AAMkAGI2-default', name: 'Calendar', owner });
  }
  if (url.pathname === '/v1.0/me/calendarView/delta') {
    delta(url, prefer, res);
    entry.status = res.statusCode;
    return;
  }
  entry.status = 404;
  send(res, 404, graphError('ResourceNotFound', 'Resource not found.'));
}

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => handle(req, res, body));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  base = `http://127.0.0.1:${port}`;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});
