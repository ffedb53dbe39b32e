import type { PersonEntry, PersonHistory, PersonMoment } from '../../../shared/domain/insights';
import type { Moment } from '../../../shared/domain/moment';
import { attendeeDisplayName, normaliseEmail } from '../../../shared/domain/people';

type LogMoment = Pick<Moment, 'id' | 'occurredAt' | 'timeZone' | 'kind' | 'valence' | 'tags' | 'note' | 'people' | 'meeting'>;

/** Lower-cases names once per distinct spelling: the same few hundred names repeat across 100k moments. */
function lowerer(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let lower = cache.get(name);
    if (lower === undefined) cache.set(name, (lower = name.trim().toLocaleLowerCase()));
    return lower;
  };
}

/**
 * Whether a name written in a moment (already lower-cased) refers to the person: the same
 * name, their address, or just their first name when that is all that was written. The same
 * rule as nameMatchesAttendee, so the coach's "last time" and insights agree.
 */
export function personMatcher(person: { name: string | null; email?: string }): (typedLower: string) => boolean {
  const email = person.email ? normaliseEmail(person.email) : '';
  const display = (person.name?.trim() || (email ? attendeeDisplayName({ name: null, email }) : '')).toLocaleLowerCase();
  const first = display.split(/\s+/)[0] ?? '';
  return (typed) => typed !== '' && (typed === display || (email !== '' && typed === email) || (!typed.includes(' ') && typed === first));
}

/**
 * Every moment with a person, newest first, notes included; `limit` caps the list, not the counts.
 * `samePerson` also counts other spellings of them (a merged name), still shown as written.
 */
export function personHistory(newestFirst: readonly LogMoment[], name: string, limit: number, samePerson?: (written: string) => boolean): PersonHistory {
  const lower = lowerer();
  const matches = personMatcher({ name });
  const exact = name.trim().toLocaleLowerCase();
  const history: PersonHistory = { name: name.trim(), total: 0, own: { helped: 0, harmed: 0 }, witnessed: { helped: 0, harmed: 0 }, firstAt: null, lastPositiveAt: null, moments: [] };
  for (const m of newestFirst) {
    let loggedAs: string | null = null;
    for (const p of m.people) {
      const typed = lower(p);
      if (typed === exact) {
        loggedAs = p;
        break;
      }
      if (loggedAs === null && (matches(typed) || samePerson?.(p) === true)) loggedAs = p;
    }
    if (loggedAs === null) continue;
    history.total++;
    (m.kind === 'own' ? history.own : history.witnessed)[m.valence]++;
    history.firstAt = m.occurredAt;
    if (history.lastPositiveAt === null && m.kind === 'own' && m.valence === 'helped') history.lastPositiveAt = m.occurredAt;
    if (history.moments.length < limit) history.moments.push(personMoment(m, loggedAs));
  }
  return history;
}

function personMoment(m: LogMoment, loggedAs: string): PersonMoment {
  return { id: m.id, occurredAt: m.occurredAt, timeZone: m.timeZone, kind: m.kind, valence: m.valence, tags: m.tags, note: m.note, meetingTitle: m.meeting?.title ?? null, loggedAs };
}

/**
 * Everyone in the log, under the spellings used (case aside; the latest spelling shown), plus
 * the people met in recent meetings; most recently mentioned first, calendar-only people last.
 * Counts agree with personHistory: "Sam Rivera" also counts the moments that say only "Sam".
 */
export function peopleDirectory(newestFirst: readonly Pick<Moment, 'occurredAt' | 'people'>[], metRecently: readonly { name: string }[]): PersonEntry[] {
  const lower = lowerer();
  const byName = new Map<string, PersonEntry>();
  // Moments naming both "sam" and "sam rivera", so those are not counted twice for Sam Rivera.
  const both = new Map<string, number>();
  const bySpelling = new Map<string, PersonEntry>();
  const firstWords = new Map<string, string>();
  const firstOf = (key: string) => {
    let first = firstWords.get(key);
    if (first === undefined) firstWords.set(key, (first = firstWord(key)));
    return first;
  };
  for (const m of newestFirst) {
    const people = m.people;
    for (const p of people) {
      // One look-up per name written: each spelling leads straight to its person's entry.
      let entry = bySpelling.get(p);
      if (!entry) {
        const key = lower(p);
        entry = byName.get(key);
        if (!entry) byName.set(key, (entry = { name: p.trim(), moments: 0, lastAt: m.occurredAt, inCalendar: false }));
        bySpelling.set(p, entry);
      }
      entry.moments++;
    }
    if (people.length > 1) {
      const keys = people.map(lower);
      for (const key of keys) {
        if (!key.includes(' ')) continue;
        if (keys.includes(firstOf(key))) both.set(key, (both.get(key) ?? 0) + 1);
      }
    }
  }
  for (const person of metRecently) {
    const key = lower(person.name);
    const entry = byName.get(key);
    if (entry) entry.inCalendar = true;
    else byName.set(key, { name: person.name, moments: 0, lastAt: null, inCalendar: true });
  }
  const entries = [...byName.entries()].map(([key, entry]) => {
    const byFirstName = key.includes(' ') ? byName.get(firstWord(key)) : undefined;
    if (!byFirstName) return entry;
    const lastAt = [entry.lastAt, byFirstName.lastAt].reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
    return { ...entry, moments: entry.moments + byFirstName.moments - (both.get(key) ?? 0), lastAt };
  });
  return entries.sort((a, b) => (b.lastAt ?? '').localeCompare(a.lastAt ?? '') || a.name.localeCompare(b.name));
}

function firstWord(lowerName: string): string {
  return lowerName.split(/\s+/)[0] ?? lowerName;
}
