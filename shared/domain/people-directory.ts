import { attendeeDisplayName, nameMatchesAttendee, normaliseEmail } from './people';
import { personKey, type PersonAlias } from './person-aliases';
import type { SelfMatcher } from './self';

/**
 * One person per email address. Calendars know people by address while the user types names
 * ("Sam", "sam rivera", "Sam Rivera"); the directory maps every spelling to one name: a merge
 * the user made first, then the one attendee the name or address can only mean. A name that
 * could mean two attendees (two Sams) is left as written rather than guessed.
 */
export interface PeopleDirectory {
  /** The person a written name refers to, as shown everywhere. */
  canonical: (name: string) => string;
  /** A list of names as people: each resolved, each person once; the same array when nothing changes. */
  canonicalPeople: (people: readonly string[]) => readonly string[];
  /** How an attendee is called: their person's name. */
  attendeeName: (attendee: { name: string | null; email: string }) => string;
  /** A name that means the user: as the settings say, or as a calendar names one of their addresses. */
  isSelf: (name: string) => boolean;
}

interface KnownPerson {
  email: string;
  /** The fullest name a calendar gave them ("Sam Rivera" over "Sam" over the address). */
  name: string;
}

const MAX_ALIAS_HOPS = 10;

export function buildPeopleDirectory(input: { attendees: Iterable<{ name: string | null; email: string }>; aliases: readonly PersonAlias[]; self: SelfMatcher }): PeopleDirectory {
  const byEmail = new Map<string, KnownPerson>();
  const selfNames = new Set<string>();
  for (const a of input.attendees) {
    const email = normaliseEmail(a.email);
    if (email === '') continue;
    if (input.self.isSelfAttendee(a)) {
      if (a.name?.trim()) selfNames.add(personKey(a.name));
      continue;
    }
    const name = attendeeDisplayName({ name: a.name, email });
    const known = byEmail.get(email);
    if (!known) byEmail.set(email, { email, name });
    else if (a.name?.trim() && wordCount(name) > wordCount(known.name)) known.name = name;
  }
  const aliasOf = new Map(input.aliases.map((a) => [personKey(a.name), a.person]));
  const people = [...byEmail.values()];
  const cache = new Map<string, string>();

  const merged = (name: string): string => {
    let current = name.trim();
    for (let hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
      const next = aliasOf.get(personKey(current));
      if (next === undefined || personKey(next) === personKey(current)) break;
      current = next.trim();
    }
    return current;
  };

  const canonical = (name: string): string => {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    let result = merged(name);
    // A merge may lead to a name the calendar knows better ("Sammy" → "Sam" → Sam Rivera).
    const byAddress = byEmail.get(normaliseEmail(result));
    const candidates = byAddress ? [byAddress] : people.filter((p) => nameMatchesAttendee(result, p));
    if (candidates.length === 1) result = merged(candidates[0]!.name);
    cache.set(name, result);
    return result;
  };

  return {
    canonical,
    canonicalPeople: (names) => {
      const out: string[] = [];
      const seen = new Set<string>();
      let changed = false;
      for (const n of names) {
        const c = canonical(n);
        if (c !== n) changed = true;
        const key = personKey(c);
        if (seen.has(key)) {
          changed = true;
          continue;
        }
        seen.add(key);
        out.push(c);
      }
      return changed ? out : names;
    },
    attendeeName: (attendee) => {
      const known = byEmail.get(normaliseEmail(attendee.email));
      return merged(known?.name ?? attendeeDisplayName(attendee));
    },
    isSelf: (name) => input.self.isSelf(name) || selfNames.has(personKey(name)),
  };
}

function wordCount(name: string): number {
  return name.trim().split(/\s+/).length;
}
