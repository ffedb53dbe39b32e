import type { FollowUp } from '../../../shared/domain/followup';
import type { Moment } from '../../../shared/domain/moment';
import type { PeopleDirectory } from '../../../shared/domain/people-directory';

/**
 * The log as Insights and the person page read it: every name as its person (one per email
 * address, merges applied). Stored entries are not rewritten, so a merge shows everywhere at
 * once and undoing it gives the entries back as they were written.
 */
export function momentsAsPeople(source: { all(): readonly Moment[] }, directory: () => PeopleDirectory): { all(): readonly Moment[] } {
  return {
    all: () => {
      const people = directory();
      const moments = source.all();
      let changed = false;
      const result = moments.map((m) => {
        const names = people.canonicalPeople(m.people);
        if (names === m.people) return m;
        changed = true;
        return { ...m, people: [...names] };
      });
      return changed ? result : moments;
    },
  };
}

/** Follow-ups with their person read the same way. */
export function followUpsAsPeople(source: { all(): readonly FollowUp[] }, directory: () => PeopleDirectory): { all(): readonly FollowUp[] } {
  return {
    all: () => {
      const people = directory();
      return source.all().map((f) => {
        const person = f.person === null ? null : people.canonical(f.person);
        return person === f.person ? f : { ...f, person };
      });
    },
  };
}
