import type { CheckIn, Kept, MeetingSnapshot } from '../../../shared/domain/checkin';
import type { PromptOutcome } from '../../../shared/domain/coach';

let n = 0;

export function snapshot(id: string, start: string, minutes = 30): MeetingSnapshot {
  return { id, title: `Meeting ${id}`, start, end: new Date(Date.parse(start) + minutes * 60_000).toISOString(), attendees: [] };
}

/** An intention set before `meeting`. */
export function intention(meeting: MeetingSnapshot, overrides: Partial<CheckIn> = {}): CheckIn {
  const at = new Date(Date.parse(meeting.start) - 120_000).toISOString();
  return { id: `c-${++n}`, promptId: `before:${meeting.id}`, kind: 'before', source: 'prompt', intentionFor: { meeting, intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null, timeZone: 'Europe/Berlin', createdAt: at, updatedAt: at, ...overrides };
}

/** A reflection after `meeting`; `createdAt` defaults to its end. */
export function reflection(meeting: MeetingSnapshot, kept: Kept | null, overrides: Partial<CheckIn> = {}): CheckIn {
  const at = overrides.createdAt ?? meeting.end;
  return { id: `c-${++n}`, promptId: `after:${meeting.id}`, kind: 'after', source: 'prompt', intentionFor: null, reflectionOn: { meeting, kept, momentId: null }, timeZone: 'Europe/Berlin', createdAt: at, updatedAt: at, ...overrides };
}

export function outcome(promptId: string, kind: PromptOutcome['outcome'], at: string, extra: Partial<PromptOutcome> = {}): PromptOutcome {
  return { promptId, outcome: kind, at, ...(kind === 'snoozed' ? { snoozeUntil: at } : {}), ...extra };
}

export interface IcsEvent {
  uid: string;
  title: string;
  /** UTC, e.g. '2026-11-18T13:00:00Z'. */
  start: string;
  end: string;
  /** "Name <address>" or just an address; the user (me@acme.test) is added as organiser. */
  attendees: string[];
  declined?: string[];
  /** An iCalendar RRULE value, e.g. 'FREQ=WEEKLY;COUNT=8'. */
  rrule?: string;
}

const basic = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** An iCalendar file as a calendar app exports it, with named attendees. */
export function icsCalendar(events: readonly IcsEvent[]): string {
  const attendee = (entry: string, partstat: string) => {
    const match = /^(.*)<(.+)>$/.exec(entry);
    const [name, email] = match ? [match[1]!.trim(), match[2]!] : [null, entry];
    return `ATTENDEE;${name ? `CN=${name};` : ''}PARTSTAT=${partstat}:mailto:${email}`;
  };
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Touchpoint tests//EN',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      'DTSTAMP:20261101T000000Z',
      `DTSTART:${basic(e.start)}`,
      `DTEND:${basic(e.end)}`,
      `SUMMARY:${e.title}`,
      ...(e.rrule ? [`RRULE:${e.rrule}`] : []),
      'ORGANIZER;CN=Robin Manager:mailto:me@acme.test',
      'ATTENDEE;CN=Robin Manager;PARTSTAT=ACCEPTED:mailto:me@acme.test',
      ...e.attendees.map((a) => attendee(a, 'ACCEPTED')),
      ...(e.declined ?? []).map((a) => attendee(a, 'DECLINED')),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
