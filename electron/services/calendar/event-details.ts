import type { Attendee, Occurrence } from '../../../shared/domain/calendar';
import type { ContentLine } from './content-line';
import { paramValue } from './content-line';
import type { EventDetails } from './model';
import { isOpenableMeetingLink } from '../meetings/meeting-link-policy';
import { cleanText, normalizeEmail } from './text';

/**
 * The descriptive properties of one VEVENT, read by the prepass itself rather than by node-ical:
 * node-ical unescapes "\\n" wrongly, splits quoted CN="Doe; Jane" at the semicolon, turns a CN
 * of "2024" into a number, and spends most of its time on attendee lines. Properties an
 * override leaves out stay undefined so they can be taken from its series.
 */
export interface DetailsDraft {
  title?: string;
  location?: string | null;
  status?: Occurrence['status'];
  transparent?: boolean;
  organizer?: Attendee | null;
  attendees?: Attendee[];
  /** The online meeting's link: the conference properties Google and Outlook write, else URL. */
  meetingUrl?: string;
}

/** RFC 5545 §3.3.11 TEXT unescaping in one pass, so "\\n" stays a backslash and an "n". */
export function unescapeText(value: string): string {
  return value.indexOf('\\') === -1 ? value : value.replace(/\\(.)/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

export function readDetails(lines: readonly ContentLine[]): DetailsDraft {
  const draft: DetailsDraft = {};
  let busyStatus: string | undefined;
  let conference: string | undefined;
  let pageUrl: string | undefined;
  for (const line of lines) {
    switch (line.name) {
      case 'SUMMARY':
        draft.title ??= cleanText(unescapeText(line.value));
        break;
      case 'LOCATION':
        if (draft.location === undefined) draft.location = cleanText(unescapeText(line.value)) || null;
        break;
      case 'STATUS':
        draft.status ??= statusOf(line.value);
        break;
      case 'TRANSP':
        draft.transparent ??= line.value.trim().toUpperCase() === 'TRANSPARENT';
        break;
      // Google's and Outlook's own conference links: a meeting link by definition.
      case 'X-GOOGLE-CONFERENCE':
      case 'X-MICROSOFT-SKYPETEAMSMEETINGURL':
        conference ??= linkOf(line.value);
        break;
      // URL is any page about the event; taken as the meeting link only for a known meeting service.
      case 'URL': {
        const link = linkOf(line.value);
        if (link && isOpenableMeetingLink(link)) pageUrl ??= link;
        break;
      }
      case 'X-MICROSOFT-CDO-BUSYSTATUS':
        busyStatus ??= line.value.trim().toUpperCase();
        break;
      case 'ORGANIZER':
        if (draft.organizer === undefined) draft.organizer = toPerson(line, 'ACCEPTED');
        break;
      case 'ATTENDEE': {
        const person = toPerson(line, 'NEEDS-ACTION');
        draft.attendees ??= [];
        if (person && !draft.attendees.some((other) => other.email === person.email)) draft.attendees.push(person);
        break;
      }
      default:
        break;
    }
  }
  // Outlook marks free time with its own property, sometimes without TRANSP.
  if (draft.transparent === undefined && busyStatus !== undefined) draft.transparent = busyStatus === 'FREE';
  const meetingUrl = conference ?? pageUrl;
  if (meetingUrl) draft.meetingUrl = meetingUrl;
  return draft;
}

/** RFC 6868 escapes in parameter values: ^n newline, ^' double quote, ^^ caret. */
function unescapeParam(value: string): string {
  return value.indexOf('^') === -1 ? value : value.replace(/\^([n'^])/g, (_, char: string) => (char === 'n' ? '\n' : char === "'" ? '"' : '^'));
}

/** A single web address, or nothing (text with spaces or lines is no link). */
function linkOf(value: string): string | undefined {
  const text = unescapeText(value).trim();
  return /^https?:\/\/\S+$/i.test(text) && text.length <= 2048 ? text : undefined;
}

function statusOf(raw: string): Occurrence['status'] {
  const status = raw.trim().toUpperCase();
  if (status === 'CANCELLED' || status === 'CANCELED') return 'CANCELLED';
  return status === 'TENTATIVE' ? 'TENTATIVE' : 'CONFIRMED';
}

/** Rooms and equipment are not people to meet: they are left out of the attendees. */
function toPerson(line: ContentLine, defaultPartstat: string): Attendee | null {
  const cutype = paramValue(line, 'CUTYPE')?.toUpperCase();
  if (cutype === 'ROOM' || cutype === 'RESOURCE') return null;
  const email = cleanText(normalizeEmail(line.value), 320);
  if (email === '') return null;
  const name = cleanText(unescapeParam(paramValue(line, 'CN') ?? ''));
  const partstat = paramValue(line, 'PARTSTAT')?.trim().toUpperCase();
  return { email, name: name === '' ? null : name, partstat: partstat && /^[A-Z-]+$/.test(partstat) ? partstat : defaultPartstat };
}

/** An override's details: what it states, and the rest from its series. */
export function toDetails(uid: string, draft: DetailsDraft, base?: EventDetails): EventDetails {
  return {
    uid,
    title: draft.title ?? base?.title ?? '',
    status: draft.status ?? base?.status ?? 'CONFIRMED',
    transparent: draft.transparent ?? base?.transparent ?? false,
    organizer: draft.organizer !== undefined ? draft.organizer : (base?.organizer ?? null),
    attendees: draft.attendees ?? base?.attendees ?? [],
    location: draft.location !== undefined ? draft.location : (base?.location ?? null),
    ...(draft.meetingUrl ? { meetingUrl: draft.meetingUrl } : base?.meetingUrl ? { meetingUrl: base.meetingUrl } : {}),
  };
}
