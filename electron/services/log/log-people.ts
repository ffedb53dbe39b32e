import type { LogEntry } from '../../../shared/domain/log';
import type { PeopleDirectory } from '../../../shared/domain/people-directory';

/** A moment on a page of the log, with who its written names mean (the entry itself keeps them as written). */
export function asPeople(entry: LogEntry, people: PeopleDirectory): LogEntry {
  if (entry.kind !== 'moment') return entry;
  return { ...entry, people: entry.moment.people.map((n) => people.canonical(n)) };
}

/**
 * Whether a written name is the person asked for: as written or as the person it means. Decided
 * once per distinct name for the query, so a 100k-row log costs a map lookup per name, not a
 * resolution per row per keystroke.
 */
export function personMatcher(query: string, people: PeopleDirectory | null): ((name: string) => boolean) | null {
  const wanted = query.toLocaleLowerCase();
  if (wanted === '') return null;
  const known = new Map<string, boolean>();
  return (name) => {
    let yes = known.get(name);
    if (yes === undefined) {
      yes = name.toLocaleLowerCase().includes(wanted) || (people !== null && people.canonical(name).toLocaleLowerCase().includes(wanted));
      known.set(name, yes);
    }
    return yes;
  };
}
