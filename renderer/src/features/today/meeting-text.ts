import type { TFunction } from 'i18next';
import type { Meeting, MeetingRules } from '../../../../shared/domain/calendar';
import { selfMatcher } from '../../../../shared/domain/self';
import { formatList } from '../../../../shared/format/locale-format';
import { appLocale } from '../../locale';

/** "with Sam Rivera, Priya Nair and 3 more": the other people, by name where the calendar has one. */
export function attendeesText(t: TFunction<'today'>, meeting: Meeting, you: Pick<MeetingRules, 'userEmails' | 'userNames'>): string {
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
  if (names.length <= 3) return t('meetings.with', { names: formatList(appLocale(), names) });
  // The first two, then a count: a comma between the two names in every language we ship.
  return t('meetings.withMore', { names: names.slice(0, 2).join(', '), count: names.length - 2 });
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
