import { describe, expect, it } from 'vitest';
import { buildPeopleDirectory } from '../../../shared/domain/people-directory';
import { namesMergedInto, withMerge, withoutMerge, type PersonAlias } from '../../../shared/domain/person-aliases';
import { NOBODY_IS_SELF, selfMatcher } from '../../../shared/domain/self';

const attendees = [
  { name: null, email: 'sam.rivera@acme.test' },
  { name: 'Sam Rivera', email: 'SAM.RIVERA@acme.test' },
  { name: 'Priya Nair', email: 'priya@acme.test' },
  { name: 'Alex Morgan', email: 'alex.morgan@acme.test' },
];

describe('the people directory: one person per email address', () => {
  it('maps every way of writing an attendee to one name: full name, first name, address, any case', () => {
    const people = buildPeopleDirectory({ attendees, aliases: [], self: NOBODY_IS_SELF });
    expect(['Sam', 'sam', 'Sam Rivera', 'sam rivera', 'sam.rivera@acme.test', 'mailto:Sam.Rivera@acme.test'].map(people.canonical)).toEqual(Array(6).fill('Sam Rivera'));
    expect(people.canonical('Priya')).toBe('Priya Nair');
    // Not an attendee: as written.
    expect(people.canonical('Jordan')).toBe('Jordan');
    expect(people.attendeeName({ name: null, email: 'sam.rivera@acme.test' })).toBe('Sam Rivera');
  });

  it('leaves a name that could mean two attendees as written instead of guessing', () => {
    const people = buildPeopleDirectory({ attendees: [...attendees, { name: 'Sam Lee', email: 'sam.lee@acme.test' }], aliases: [], self: NOBODY_IS_SELF });
    expect(people.canonical('Sam')).toBe('Sam');
    expect(people.canonical('Sam Lee')).toBe('Sam Lee');
  });

  it('a moment naming one person twice lists them once; an unchanged list is the same array', () => {
    const people = buildPeopleDirectory({ attendees, aliases: [], self: NOBODY_IS_SELF });
    expect(people.canonicalPeople(['Sam', 'Sam Rivera', 'Jordan'])).toEqual(['Sam Rivera', 'Jordan']);
    const already = ['Sam Rivera', 'Jordan'];
    expect(people.canonicalPeople(already)).toBe(already);
  });

  it('never makes the user someone else’s name', () => {
    const people = buildPeopleDirectory({ attendees, aliases: [], self: selfMatcher({ userEmails: ['alex.morgan@acme.test'], userNames: [] }) });
    expect(people.canonical('Alex')).toBe('Alex');
    // The name a calendar gives the user's address is the user too, even before it was learned.
    expect(['Alex Morgan', 'alex morgan'].map(people.isSelf)).toEqual([true, true]);
    expect(people.isSelf('Sam Rivera')).toBe(false);
  });
});

describe('merging two names into one person', () => {
  it('is an alias read everywhere, applied before the calendar, and undone by removing it', () => {
    let aliases: PersonAlias[] = withMerge([], 'Sammy', 'Sam');
    const merged = buildPeopleDirectory({ attendees, aliases, self: NOBODY_IS_SELF });
    // "Sammy" → "Sam" → the one attendee called Sam.
    expect(merged.canonical('Sammy')).toBe('Sam Rivera');
    expect(merged.canonicalPeople(['Sammy', 'Sam Rivera'])).toEqual(['Sam Rivera']);

    aliases = withMerge(aliases, 'Sam Rivera', 'Samuel');
    const renamed = buildPeopleDirectory({ attendees, aliases, self: NOBODY_IS_SELF });
    expect(['Sam', 'Sam Rivera', 'Samuel'].map(renamed.canonical)).toEqual(['Samuel', 'Samuel', 'Samuel']);
    expect(renamed.attendeeName({ name: 'Sam Rivera', email: 'sam.rivera@acme.test' })).toBe('Samuel');

    aliases = withoutMerge(aliases, 'Sam Rivera');
    expect(buildPeopleDirectory({ attendees, aliases, self: NOBODY_IS_SELF }).canonical('Sam')).toBe('Sam Rivera');
    aliases = withoutMerge(aliases, 'sammy');
    expect(aliases).toEqual([]);
    expect(buildPeopleDirectory({ attendees, aliases, self: NOBODY_IS_SELF }).canonical('Sammy')).toBe('Sammy');
  });

  it('never chains or loops: names merged into a name follow it when it is merged on; the target stops being an alias', () => {
    let aliases = withMerge([], 'Pri', 'Priya');
    aliases = withMerge(aliases, 'Priya', 'Priya N.');
    expect(aliases).toEqual([
      { name: 'Pri', person: 'Priya N.' },
      { name: 'Priya', person: 'Priya N.' },
    ]);
    expect(namesMergedInto(aliases, 'priya n.')).toEqual(['Pri', 'Priya']);
    // Merging back the other way makes "Priya" the person again, with no loop left behind.
    aliases = withMerge(aliases, 'Priya N.', 'Priya');
    expect(aliases).toEqual([
      { name: 'Pri', person: 'Priya' },
      { name: 'Priya N.', person: 'Priya' },
    ]);
    expect(withMerge(aliases, 'Sam', 'sam')).toEqual(aliases);
    const people = buildPeopleDirectory({ attendees: [], aliases: [{ name: 'A', person: 'B' }, { name: 'B', person: 'A' }], self: NOBODY_IS_SELF });
    expect(['A', 'B']).toContain(people.canonical('A'));
  });
});
