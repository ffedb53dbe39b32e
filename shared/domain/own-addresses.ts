import { z } from 'zod';
import type { Attendee } from './calendar';
import { normaliseEmail } from './people';
import { ownAddressFoundText, OWN_ADDRESS_REASONS, type OwnAddressReason } from './own-address-reasons';

/**
 * Finding the user's own addresses in what they connected. Strong evidence names the account
 * itself (a calendar named after an address, as Google names its feeds; a CalDAV account or
 * principal that is an address): learned at once. Weaker evidence — the one person who
 * organizes or attends most of the calendar's meetings — is only suggested, for the user to
 * confirm on the first-run summary or in Settings.
 */
export const OwnAddressReasonSchema = z.enum(OWN_ADDRESS_REASONS);
export type { OwnAddressReason };

export const OwnAddressSuggestionSchema = z.object({
  email: z.string(),
  /** The display name the calendars give this address, if any. */
  name: z.string().nullable(),
  reasons: z.array(OwnAddressReasonSchema),
  /** Strong enough to be used without asking (it can still be removed). */
  strong: z.boolean(),
});
export type OwnAddressSuggestion = z.infer<typeof OwnAddressSuggestionSchema>;

export { ownAddressFoundText };

export interface AddressSourceFacts {
  /** The source's name and the names of its calendars. */
  names: readonly string[];
  /** A CalDAV username, and the calendars' addresses (a principal path often holds the address). */
  account: string | null;
  urls: readonly string[];
}

export interface AddressEvent {
  organizer: Pick<Attendee, 'email' | 'name'> | null;
  attendees: readonly Pick<Attendee, 'email' | 'name'>[];
}

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
/** The share of meetings with other people an address must be on to look like the calendar's owner. */
const OWNER_SHARE = 0.6;
const MIN_MEETINGS = 3;

function asEmail(text: string | null | undefined): string | null {
  if (!text) return null;
  const candidate = normaliseEmail(safeDecode(text));
  return EMAIL.test(candidate) ? candidate : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function suggestOwnAddresses(sources: readonly AddressSourceFacts[], events: readonly AddressEvent[]): OwnAddressSuggestion[] {
  const found = new Map<string, Set<OwnAddressReason>>();
  const add = (email: string | null, reason: OwnAddressReason) => {
    if (email) found.set(email, (found.get(email) ?? new Set()).add(reason));
  };
  for (const source of sources) {
    for (const name of source.names) add(asEmail(name), 'calendar-name');
    add(asEmail(source.account), 'account');
    for (const url of source.urls) {
      // The path only: "https://host/calendars/alex@example.com/work/" holds the principal's address.
      const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
      for (const segment of path.split('/')) add(asEmail(segment), 'account');
    }
  }

  // The calendar's owner is on nearly every meeting in it; colleagues only on theirs.
  const onMeetings = new Map<string, number>();
  const names = calendarNames(events);
  let meetings = 0;
  for (const event of events) {
    const people = new Map<string, string | null>();
    for (const person of event.organizer ? [...event.attendees, event.organizer] : event.attendees) {
      const email = normaliseEmail(person.email);
      if (!email) continue;
      people.set(email, person.name ?? people.get(email) ?? null);
    }
    // An event with no one else still counts when it has an organizer: the user's own events.
    if (people.size < 2 && !event.organizer) continue;
    meetings++;
    for (const email of people.keys()) onMeetings.set(email, (onMeetings.get(email) ?? 0) + 1);
  }
  if (meetings >= MIN_MEETINGS) {
    const ranked = [...onMeetings].sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    // Only a clear owner: when two people share every meeting (a calendar of 1:1s with one
    // report), the calendar alone cannot say which of them is the user.
    if (top && top[1] >= OWNER_SHARE * meetings && (!second || second[1] < top[1])) add(asEmail(top[0]), 'organizer');
  }

  return [...found].map(([email, reasons]) => ({
    email,
    name: names.get(email) ?? null,
    reasons: [...reasons].sort(),
    strong: reasons.has('calendar-name') || reasons.has('account'),
  }));
}

/** The display name the calendars give each address (the first one seen). */
export function calendarNames(events: readonly AddressEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    for (const person of event.organizer ? [...event.attendees, event.organizer] : event.attendees) {
      const email = normaliseEmail(person.email);
      const name = person.name?.trim();
      if (email && name && !names.has(email) && normaliseEmail(name) !== email) names.set(email, name);
    }
  }
  return names;
}
