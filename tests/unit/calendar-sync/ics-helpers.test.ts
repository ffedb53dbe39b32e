import { describe, expect, it } from 'vitest';
import { normalizeServerUrl } from '../../../electron/services/calendar/sync/caldav-client';
import { normalizeServerColor, pickSourceColor, SOURCE_PALETTE } from '../../../electron/services/calendar/sync/colors';
import { normalizeFeedUrl } from '../../../electron/services/calendar/sync/ics-feed';
import { checkCalendarText, countEvents, mergeCalendarObjects, suggestedCalendarName } from '../../../electron/services/calendar/sync/ics-text';
import { describeForLog, redactUrl } from '../../../electron/services/calendar/sync/redact';
import { networkError, SyncError } from '../../../electron/services/calendar/sync/sync-error';

const kindOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof SyncError ? error.kind : 'other';
  }
};

describe('feed and server addresses', () => {
  it('reads webcal:// as https:// and adds https to a bare host', () => {
    expect(normalizeFeedUrl('webcal://p42-caldav.icloud.com/published/2/abc')).toBe('https://p42-caldav.icloud.com/published/2/abc');
    expect(normalizeFeedUrl('  outlook.office365.com/owa/calendar/x/reachcalendar.ics ')).toBe('https://outlook.office365.com/owa/calendar/x/reachcalendar.ics');
    expect(kindOf(() => normalizeFeedUrl('javascript:alert(1)'))).toBe('invalid-address');
    expect(kindOf(() => normalizeFeedUrl('https://'))).toBe('invalid-address');
    expect(normalizeServerUrl('caldav.fastmail.com')).toBe('https://caldav.fastmail.com/');
    expect(kindOf(() => normalizeServerUrl('https://me:pw@dav.example.com'))).toBe('invalid-address');
  });

  it('redacts everything but the host of a private address, also inside messages', () => {
    expect(redactUrl('https://calendar.google.com/calendar/ical/x/private-abc/basic.ics')).toBe('https://calendar.google.com/…');
    expect(redactUrl('not a url')).toBe('(an address)');
    const error = new Error('GET https://calendar.google.com/calendar/ical/x/private-abc/basic.ics failed for hunter22');
    const logged = describeForLog(error, ['hunter22']);
    expect(logged).not.toContain('private-abc');
    expect(logged).not.toContain('hunter22');
    expect(logged).toContain('https://calendar.google.com/…');
  });
});

describe('calendar text checks', () => {
  const ok = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
  it('tells a web page, garbage and a cut-off file apart', () => {
    expect(kindOf(() => checkCalendarText(ok))).toBeNull();
    expect(kindOf(() => checkCalendarText(`\uFEFF${ok}`))).toBeNull();
    expect(kindOf(() => checkCalendarText('<!DOCTYPE html><html><body>Sign in</body></html>'))).toBe('web-page');
    expect(kindOf(() => checkCalendarText('{"error":"nope"}'))).toBe('not-calendar');
    expect(kindOf(() => checkCalendarText(''))).toBe('not-calendar');
    expect(kindOf(() => checkCalendarText('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Half'))).toBe('truncated');
  });

  it('finds the feed name (unfolded, unescaped) and counts events', () => {
    const text = 'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Team\\, Berlin \r\n office\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(suggestedCalendarName(text)).toBe('Team, Berlin office');
    expect(suggestedCalendarName(ok)).toBeNull();
    expect(countEvents(text)).toBe(2);
  });

  it('merges CalDAV objects into one calendar, each time zone once, folded lines intact', () => {
    const zone = ['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:STANDARD', 'DTSTART:19701025T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD', 'END:VTIMEZONE'];
    const object = (uid: string): string =>
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//x//EN', 'METHOD:PUBLISH', ...zone, 'BEGIN:VEVENT', `UID:${uid}`, 'DESCRIPTION:long', '  folded', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const merged = mergeCalendarObjects([object('a'), object('b')]);
    expect(merged.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(merged.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(merged.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(merged.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(merged).not.toContain('METHOD:PUBLISH');
    expect(merged).toContain('DESCRIPTION:long\r\n  folded\r\n');
    expect(kindOf(() => checkCalendarText(merged))).toBeNull();
  });
});

describe('colours and errors', () => {
  it('picks unused palette colours first and reads server colours with alpha', () => {
    expect(pickSourceColor([])).toBe(SOURCE_PALETTE[0]);
    expect(pickSourceColor([SOURCE_PALETTE[0]!, SOURCE_PALETTE[1]!])).toBe(SOURCE_PALETTE[2]);
    expect(pickSourceColor([...SOURCE_PALETTE, SOURCE_PALETTE[0]!])).toBe(SOURCE_PALETTE[1]);
    expect(normalizeServerColor('#FF8800CC')).toBe('#ff8800');
    expect(normalizeServerColor('red')).toBeNull();
  });

  it('turns socket failures into plain words', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    expect(networkError(refused)?.message).toBe('Couldn’t reach the server — are you offline?');
    const tls = new TypeError('fetch failed', { cause: Object.assign(new Error('cert'), { code: 'CERT_HAS_EXPIRED' }) });
    expect(networkError(tls)?.kind).toBe('tls');
    expect(networkError(new Error('something else'))).toBeNull();
  });
});
