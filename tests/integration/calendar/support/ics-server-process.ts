/**
 * A small ICS feed server run as its own process (node strips the types), so tests can stop
 * it by pid like a real server going down. Self-contained: node built-ins only.
 *
 * Routes are set by the test through POST /__routes; GET /__stats tells how many requests and
 * body bytes each path cost. Prints `{"port":N}` on stdout once listening.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

type Route =
  | { kind: 'calendar'; body: string; etag?: boolean; lastModified?: string | null }
  | { kind: 'status'; status: number; body?: string; contentType?: string }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'slow'; delayMs: number; body: string }
  | { kind: 'huge'; bytes: number; declareLength: boolean }
  | { kind: 'truncated'; body: string; sendBytes: number }
  | { kind: 'basic-auth'; user: string; password: string; body: string };

interface Stats {
  requests: number;
  bodyBytes: number;
  notModified: number;
}

let routes: Record<string, Route> = {};
const stats: Record<string, Stats> = {};

function count(path: string): Stats {
  stats[path] ??= { requests: 0, bodyBytes: 0, notModified: 0 };
  return stats[path];
}

function send(res: ServerResponse, stat: Stats, status: number, body: string, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(body, 'utf8');
  stat.bodyBytes += bytes.length;
  res.writeHead(status, { 'content-type': 'text/calendar; charset=utf-8', 'content-length': String(bytes.length), ...headers });
  res.end(bytes);
}

function serveCalendar(req: IncomingMessage, res: ServerResponse, stat: Stats, route: Extract<Route, { kind: 'calendar' }>): void {
  const etag = route.etag === false ? null : `"${createHash('sha256').update(route.body).digest('hex').slice(0, 16)}"`;
  const lastModified = route.lastModified ?? null;
  const headers: Record<string, string> = {};
  if (etag) headers.etag = etag;
  if (lastModified) headers['last-modified'] = lastModified;
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = req.headers['if-modified-since'];
  const etagMatches = etag !== null && ifNoneMatch === etag;
  const dateMatches = etag === null && lastModified !== null && ifModifiedSince === lastModified;
  if (etagMatches || dateMatches) {
    stat.notModified++;
    res.writeHead(304, headers);
    res.end();
    return;
  }
  send(res, stat, 200, route.body, headers);
}

function serveHuge(res: ServerResponse, stat: Stats, route: Extract<Route, { kind: 'huge' }>): void {
  const head = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//huge//EN\r\n';
  const filler = Buffer.from('X-FILLER:' + 'x'.repeat(1000) + '\r\n');
  res.writeHead(200, { 'content-type': 'text/calendar', ...(route.declareLength ? { 'content-length': String(route.bytes) } : {}) });
  let sent = 0;
  const write = (): void => {
    while (sent < route.bytes) {
      const chunk = sent === 0 ? Buffer.from(head) : filler;
      sent += chunk.length;
      stat.bodyBytes += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', write);
        return;
      }
    }
    res.end();
  };
  res.on('error', () => undefined);
  write();
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/__routes' && req.method === 'POST') {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      routes = { ...routes, ...(JSON.parse(text) as Record<string, Route>) };
      res.end('ok');
    });
    return;
  }
  if (path === '/__stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(stats));
    return;
  }
  const stat = count(path);
  stat.requests++;
  const route = routes[path];
  if (!route) return send(res, stat, 404, 'Not found', { 'content-type': 'text/plain' });
  switch (route.kind) {
    case 'calendar':
      return serveCalendar(req, res, stat, route);
    case 'status':
      return send(res, stat, route.status, route.body ?? '', { 'content-type': route.contentType ?? 'text/plain' });
    case 'redirect':
      res.writeHead(route.status, { location: route.location });
      res.end();
      return;
    case 'slow': {
      const timer = setTimeout(() => send(res, stat, 200, route.body), route.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'huge':
      return serveHuge(res, stat, route);
    case 'truncated': {
      const bytes = Buffer.from(route.body, 'utf8');
      res.writeHead(200, { 'content-type': 'text/calendar', 'content-length': String(bytes.length) });
      const part = bytes.subarray(0, route.sendBytes);
      stat.bodyBytes += part.length;
      res.write(part, () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    case 'basic-auth': {
      const expected = `Basic ${Buffer.from(`${route.user}:${route.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return send(res, stat, 401, 'Unauthorized', { 'www-authenticate': 'Basic realm="cal"' });
      return send(res, stat, 200, route.body);
    }
  }
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
