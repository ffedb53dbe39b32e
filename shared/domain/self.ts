import type { MeetingRules } from './calendar';
import { attendeeDisplayName, normaliseEmail } from './people';

/**
 * Who "you" are: the user's own addresses and names (Settings → Meetings that count, learned
 * from the calendars). Entries are never rewritten when these change; every list of people
 * met is read through a matcher instead, so earlier entries follow the current settings.
 */
export interface SelfMatcher {
  /** A name (or address) typed in the log that means the user. */
  isSelf(person: string): boolean;
  /** A calendar attendee who is the user: one of their addresses, or their name. */
  isSelfAttendee(attendee: { name: string | null; email: string }): boolean;
  /** The list without the user; the same array when the user is not in it. */
  withoutSelf<T extends string>(people: readonly T[]): readonly T[];
}

function key(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function selfMatcher(rules: Pick<MeetingRules, 'userEmails' | 'userNames'>): SelfMatcher {
  const emails = new Set(rules.userEmails.map(normaliseEmail).filter((e) => e !== ''));
  const names = new Set<string>();
  for (const name of rules.userNames) if (key(name)) names.add(key(name));
  for (const email of emails) {
    // "alex.morgan@…" reads as "Alex Morgan"; a one-word local part ("alex@…") is too likely
    // to be a colleague's first name as well, so it is not taken as the user's name.
    const derived = key(attendeeDisplayName({ name: null, email }));
    if (derived.includes(' ')) names.add(derived);
  }
  const isSelf = (person: string): boolean => {
    const k = key(person);
    return k !== '' && (names.has(k) || emails.has(normaliseEmail(person)));
  };
  return {
    isSelf,
    isSelfAttendee: (attendee) => emails.has(normaliseEmail(attendee.email)) || (attendee.name !== null && names.has(key(attendee.name))),
    withoutSelf: (people) => (people.some(isSelf) ? people.filter((p) => !isSelf(p)) : people),
  };
}

/** No one is the user: for callers that have no settings (tests, the locked app). */
export const NOBODY_IS_SELF: SelfMatcher = selfMatcher({ userEmails: [], userNames: [] });

/**
 * The rules after the user chose their addresses: `nextEmails` are theirs; any address they had
 * before or were offered (`offered`) and did not keep is remembered as "not mine", so it is not
 * suggested again; one they chose is forgotten from there.
 */
export function withOwnAddresses(rules: MeetingRules, nextEmails: readonly string[], offered: readonly string[] = []): MeetingRules {
  const next = [...new Map(nextEmails.map((e) => [normaliseEmail(e), e.trim()])).values()].filter((e) => e !== '');
  const kept = new Set(next.map(normaliseEmail));
  const dropped = [...rules.userEmails, ...offered].filter((e) => !kept.has(normaliseEmail(e)));
  const notMine = new Set([...rules.notUserEmails, ...dropped].map(normaliseEmail).filter((e) => e !== '' && !kept.has(e)));
  return { ...rules, userEmails: next, notUserEmails: [...notMine] };
}
