import type { Attendee, Occurrence } from '../../../../shared/domain/calendar';
import { normalizeEmail } from '../text';
import type { GoogleEvent } from './google-schema';

/**
 * A Google event instance (singleEvents=true) as the engine's Occurrence. Returns null for
 * what is not a meeting at all (cancelled, without times) or cannot be read; the selection
 * rules then treat it like any calendar's event.
 */
const PARTSTAT: Record<string, string> = {
  accepted: 'ACCEPTED',
  declined: 'DECLINED',
  tentative: 'TENTATIVE',
  needsAction: 'NEEDS-ACTION',
};

/** Event types that are the user's own time, never a meeting with someone. */
const NOT_MEETINGS = new Set(['outOfOffice', 'focusTime', 'workingLocation', 'birthday']);

const MAX_TEXT = 500;
const cut = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

function person(email: string | undefined, name: string | undefined, partstat: string): Attendee | null {
  if (!email) return null;
  return { email: normalizeEmail(email), name: name?.trim() ? name.trim() : null, partstat };
}

/** The online meeting link: Meet's hangoutLink, else the conference's video entry point. */
export function meetingLink(event: GoogleEvent): string | null {
  if (event.hangoutLink) return event.hangoutLink;
  const video = event.conferenceData?.entryPoints?.find((entry) => entry.entryPointType === 'video' && entry.uri);
  return video?.uri ?? null;
}

function instant(time: { dateTime?: string; date?: string } | undefined): { allDay: boolean; value: string } | null {
  if (time?.dateTime) {
    const ms = Date.parse(time.dateTime);
    return Number.isNaN(ms) ? null : { allDay: false, value: new Date(ms).toISOString() };
  }
  if (time?.date && /^\d{4}-\d{2}-\d{2}$/.test(time.date)) return { allDay: true, value: time.date };
  return null;
}

export function toOccurrence(event: GoogleEvent): Occurrence | null {
  if (event.status === 'cancelled' || (event.eventType !== undefined && NOT_MEETINGS.has(event.eventType))) return null;
  const start = instant(event.start);
  const end = instant(event.end);
  if (!start || !end || start.allDay !== end.allDay) return null;
  const attendees = (event.attendees ?? [])
    .filter((attendee) => !attendee.resource) // rooms and equipment are not people
    .map((attendee) => person(attendee.email, attendee.displayName, PARTSTAT[attendee.responseStatus] ?? 'NEEDS-ACTION'))
    .filter((attendee): attendee is Attendee => attendee !== null);
  const link = meetingLink(event);
  return {
    uid: event.iCalUID ?? event.recurringEventId ?? event.id,
    recurrenceId: event.originalStartTime ? (instant(event.originalStartTime)?.value ?? null) : null,
    title: cut(event.summary?.trim() ?? ''),
    start: start.value,
    end: end.value,
    allDay: start.allDay,
    status: event.status === 'tentative' ? 'TENTATIVE' : 'CONFIRMED',
    transparent: event.transparency === 'transparent',
    organizer: person(event.organizer?.email, event.organizer?.displayName, 'ACCEPTED'),
    attendees,
    location: event.location?.trim() ? cut(event.location.trim()) : null,
    meetingUrl: link,
  };
}

/** The signed-in user's address as Google marks it on their own attendee entry. */
export function selfEmailOf(event: GoogleEvent): string | null {
  const self = event.attendees?.find((attendee) => attendee.self && attendee.email);
  return self?.email ? normalizeEmail(self.email) : null;
}
