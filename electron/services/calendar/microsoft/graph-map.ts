import type { Attendee, Occurrence } from '../../../../shared/domain/calendar';
import { normalizeEmail } from '../text';
import type { GraphEvent } from './graph-schema';

/**
 * A Graph calendarView instance as an Occurrence. Times come in UTC (we ask with
 * Prefer: outlook.timezone="UTC"), written without an offset. The user's own answer is
 * `responseStatus`, which Graph gives even when the user is the organizer or not listed.
 */
const PARTSTAT: Record<string, string> = {
  accepted: 'ACCEPTED',
  organizer: 'ACCEPTED',
  tentativelyAccepted: 'TENTATIVE',
  declined: 'DECLINED',
  notResponded: 'NEEDS-ACTION',
  none: 'NEEDS-ACTION',
};

const MAX_TEXT = 500;
const cut = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** "2026-03-02T08:00:00.0000000" in UTC → ISO; null when unreadable. */
function utcInstant(value: string | undefined): string | null {
  if (!value) return null;
  const withZone = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value.replace(/(\.\d{3})\d*$/, '$1')}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function person(address: string | undefined, name: string | undefined, partstat: string): Attendee | null {
  if (!address) return null;
  return { email: normalizeEmail(address), name: name?.trim() ? name.trim() : null, partstat };
}

export function toOccurrence(event: GraphEvent, selfEmail: string | null): Occurrence | null {
  if (event['@removed'] || event.isCancelled) return null;
  const startIso = utcInstant(event.start?.dateTime);
  const endIso = utcInstant(event.end?.dateTime);
  if (!startIso || !endIso) return null;
  const allDay = event.isAllDay === true;
  const self = selfEmail ? normalizeEmail(selfEmail) : null;
  const ownAnswer = PARTSTAT[event.responseStatus?.response ?? 'none'] ?? 'NEEDS-ACTION';
  const attendees: Attendee[] = [];
  for (const attendee of event.attendees ?? []) {
    if (attendee.type === 'resource') continue; // rooms and equipment are not people
    const email = attendee.emailAddress?.address;
    const isSelf = self !== null && email !== undefined && normalizeEmail(email) === self;
    const entry = person(email, attendee.emailAddress?.name, isSelf ? ownAnswer : (PARTSTAT[attendee.status?.response ?? 'none'] ?? 'NEEDS-ACTION'));
    if (entry) attendees.push(entry);
  }
  // The user's own answer must be visible to the meeting rules even when Graph lists them nowhere.
  if (self !== null && ownAnswer === 'DECLINED' && !attendees.some((a) => a.email === self)) attendees.push({ email: self, name: null, partstat: 'DECLINED' });
  const place = event.location?.displayName?.trim();
  const link = event.onlineMeeting?.joinUrl ?? event.onlineMeetingUrl ?? null;
  return {
    uid: event.seriesMasterId ?? event.iCalUId ?? event.id,
    recurrenceId: event.originalStart ? utcInstant(event.originalStart) : null,
    title: cut(event.subject?.trim() ?? ''),
    // All-day events are dates: the day written, wherever the user is.
    start: allDay ? startIso.slice(0, 10) : startIso,
    end: allDay ? endIso.slice(0, 10) : endIso,
    allDay,
    status: 'CONFIRMED',
    transparent: event.showAs === 'free' || event.showAs === 'workingElsewhere',
    organizer: person(event.organizer?.emailAddress?.address, event.organizer?.emailAddress?.name, 'ACCEPTED'),
    attendees,
    location: place ? cut(place) : null,
    meetingUrl: link,
  };
}
