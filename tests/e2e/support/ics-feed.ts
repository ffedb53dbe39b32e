import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/**
 * A calendar feed server on 127.0.0.1 inside the test process, for the e2e calendar flows:
 * each path serves its ICS text with an ETag (and answers 304 to a matching If-None-Match);
 * any other path is a 404. Paths can be changed or removed while the test runs.
 */
export interface IcsFeedServer {
  url(path: string): string;
  /** The feed's text, an HTTP status to answer instead (e.g. 401), or null for a 404. */
  set(path: string, feed: string | { status: number } | null): void;
  requests(path: string): number;
  close(): Promise<void>;
}

export async function startIcsFeedServer(feeds: Record<string, string> = {}): Promise<IcsFeedServer> {
  const bodies = new Map<string, string | { status: number }>(Object.entries(feeds));
  const counts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const body = bodies.get(path);
    if (body === undefined || typeof body !== 'string') {
      res.writeHead(body?.status ?? 404, { 'Content-Type': 'text/plain' }).end('No calendar here');
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', ETag: etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The ICS server has no port');
  const base = `http://127.0.0.1:${address.port}`;
  return {
    url: (path) => `${base}${path}`,
    set: (path, feed) => (feed === null ? bodies.delete(path) : bodies.set(path, feed)),
    requests: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface IcsEvent {
  uid: string;
  title: string;
  /** ISO UTC instants. */
  start: string;
  end: string;
  attendees?: { email: string; name?: string }[];
  location?: string;
  transparent?: boolean;
  /** The user's (me@acme.test) answer to the invitation; accepted unless said. */
  myAnswer?: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';
  /** An RRULE value, e.g. "FREQ=DAILY;COUNT=5". */
  rrule?: string;
  /** A whole-day event: start and end are YYYY-MM-DD (end exclusive). */
  allDay?: boolean;
}

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** A small, valid VCALENDAR (Google-style) with the given name and events. */
export function icsCalendar(name: string, events: IcsEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Touchpoint tests//EN', `X-WR-CALNAME:${name}`, 'X-WR-TIMEZONE:Europe/Berlin'];
  for (const e of events) {
    const when = e.allDay ? [`DTSTART;VALUE=DATE:${e.start.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${e.end.replace(/-/g, '')}`] : [`DTSTART:${stamp(e.start)}`, `DTEND:${stamp(e.end)}`];
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, 'DTSTAMP:20261101T000000Z', ...when, `SUMMARY:${e.title}`);
    if (e.rrule) lines.push(`RRULE:${e.rrule}`);
    if (e.location) lines.push(`LOCATION:${e.location}`);
    if (e.transparent) lines.push('TRANSP:TRANSPARENT');
    lines.push('ORGANIZER;CN=Robin Manager:mailto:me@acme.test');
    lines.push(`ATTENDEE;CN=Robin Manager;PARTSTAT=${e.myAnswer ?? 'ACCEPTED'}:mailto:me@acme.test`);
    for (const a of e.attendees ?? []) lines.push(`ATTENDEE${a.name ? `;CN=${a.name}` : ''};PARTSTAT=ACCEPTED:mailto:${a.email}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
