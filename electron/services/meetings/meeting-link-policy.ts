import { t } from '../text/main-text';

/**
 * Which meeting links Touchpoint opens in the system browser ("Join" on Today). A link comes
 * from a calendar, i.e. from whoever sent the invitation, so it is untrusted: opening anything
 * would let an invitation launch any web page or local handler (file:, custom schemes) with one
 * click. Only https links to the hosts of the meeting services calendars put there are opened:
 * Google Meet, Zoom (its per-company subdomains such as us02web.zoom.us), Microsoft Teams (work
 * and personal) and Webex (per-company subdomains). Any other link stays plain text to copy.
 */
const EXACT_HOSTS: ReadonlySet<string> = new Set(['meet.google.com', 'teams.microsoft.com', 'teams.live.com', 'zoom.us']);
/** Zoom and Webex give each company its own subdomain; the dot keeps "evilzoom.us" out. */
const HOST_SUFFIXES: readonly string[] = ['.zoom.us', '.webex.com'];

export type MeetingLinkDecision = { ok: true; url: string } | { ok: false; message: string };

export function checkMeetingLink(link: string): MeetingLinkDecision {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return { ok: false, message: t('errors:meetingLink.notWebAddress') };
  }
  // WHATWG URL lower-cases the host and turns international names into punycode ("xn--"), so a
  // look-alike written in other scripts never equals an allowed host.
  const host = url.hostname;
  const allowedHost = EXACT_HOSTS.has(host) || HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
  // user:pass@ is refused: "https://meet.google.com@evil.test" reads like Meet but goes elsewhere,
  // and a meeting link never needs one. A non-default port is no meeting service's either.
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '' || !allowedHost) return { ok: false, message: t('errors:meetingLink.refused') };
  return { ok: true, url: url.href };
}

/** For Today: whether "Join" is offered (the main process checks again before opening). */
export const isOpenableMeetingLink = (link: string): boolean => checkMeetingLink(link).ok;
