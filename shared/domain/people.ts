import type { Attendee } from './calendar';

/** How a calendar attendee is called in the log: their display name, else the name part of their address. */
export function attendeeDisplayName(attendee: Pick<Attendee, 'name' | 'email'>): string {
  const name = attendee.name?.trim();
  if (name) return name;
  const local = attendee.email.replace(/^mailto:/i, '').split('@')[0] ?? attendee.email;
  // "sam.rivera" -> "Sam Rivera": readable, and likely what the user would have typed.
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toLocaleUpperCase() + part.slice(1))
    .join(' ');
}

export function normaliseEmail(email: string): string {
  return email.replace(/^mailto:/i, '').trim().toLocaleLowerCase();
}

/**
 * Whether a name typed in the log refers to this attendee: the same full name (any case),
 * their address, or just their first name when that is all the user wrote.
 */
export function nameMatchesAttendee(name: string, attendee: Pick<Attendee, 'name' | 'email'>): boolean {
  const typed = name.trim().toLocaleLowerCase();
  if (!typed) return false;
  const display = attendeeDisplayName(attendee).toLocaleLowerCase();
  if (typed === display || typed === normaliseEmail(attendee.email)) return true;
  return !typed.includes(' ') && display.split(/\s+/)[0] === typed;
}
