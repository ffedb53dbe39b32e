import { describe, expect, it } from 'vitest';
import { checkMeetingLink } from '../../../electron/services/meetings/meeting-link-policy';

describe('checkMeetingLink', () => {
  it.each([
    'https://meet.google.com/abc-defg-hij',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
    'https://teams.live.com/meet/9312345678',
    'https://zoom.us/j/123456789',
    'https://us02web.zoom.us/j/123456789?pwd=abc',
    'https://acme.webex.com/meet/ana',
    'HTTPS://MEET.GOOGLE.COM/abc-defg-hij',
  ])('opens %s', (link) => {
    const decision = checkMeetingLink(link);
    expect(decision.ok).toBe(true);
    if (decision.ok) expect(new URL(decision.url).protocol).toBe('https:');
  });

  it.each([
    ['plain http', 'http://meet.google.com/abc-defg-hij'],
    ['userinfo before an allowed-looking host', 'https://meet.google.com@evil.test/abc'],
    ['userinfo before an allowed host', 'https://user:pass@meet.google.com/abc'],
    ['a look-alike ending in another domain', 'https://meet.google.com.evil.test/abc'],
    ['a look-alike without the dot', 'https://evilzoom.us/j/1'],
    ['a bare suffix', 'https://.zoom.us/j/1'],
    ['an international look-alike (Cyrillic о)', 'https://meet.gооgle.com/abc'],
    ['a punycode host', 'https://xn--meet-google-com.evil/abc'],
    ['another port', 'https://meet.google.com:8443/abc'],
    ['another service', 'https://example.com/meeting'],
    ['a file', 'file:///etc/passwd'],
    ['a custom scheme', 'zoommtg://zoom.us/join?confno=1'],
    ['javascript', 'javascript:alert(1)'],
    ['a trailing dot', 'https://meet.google.com./abc'],
    ['not an address', 'meet.google.com/abc'],
  ])('refuses %s in plain words', (_case, link) => {
    const decision = checkMeetingLink(link);
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.message).toMatch(/^(Touchpoint opens only https links to Google Meet|This meeting link isn’t a web address)/);
  });
});
