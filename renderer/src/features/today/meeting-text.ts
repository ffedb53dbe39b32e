import type { Meeting, MeetingRules } from '../../../../shared/domain/calendar';
import { selfMatcher } from '../../../../shared/domain/self';

/** "with Sam Rivera, Priya Nair and 3 more": the other people, by name where the calendar has one. */
export function attendeesText(meeting: Meeting, you: Pick<MeetingRules, 'userEmails' | 'userNames'>): string {
  const self = selfMatcher(you);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const person of [meeting.organizer, ...meeting.attendees]) {
    if (!person) continue;
    const email = person.email.toLowerCase();
    if (self.isSelfAttendee(person) || seen.has(email) || person.partstat === 'DECLINED') continue;
    seen.add(email);
    names.push(person.name?.trim() || email.split('@')[0] || email);
  }
  if (names.length === 0) return '';
  if (names.length <= 3) return `with ${joinNames(names)}`;
  return `with ${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

function joinNames(names: string[]): string {
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

export type MeetingPhase = 'past' | 'now' | 'next' | 'later';

/** Where each meeting stands against `now`: over, happening, the next one, or later. */
export function phases(meetings: readonly Meeting[], now: number): MeetingPhase[] {
  let nextGiven = false;
  return meetings.map((m) => {
    if (Date.parse(m.end) <= now) return 'past';
    if (Date.parse(m.start) <= now) return 'now';
    if (!nextGiven) {
      nextGiven = true;
      return 'next';
    }
    return 'later';
  });
}
