import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameMatchesAttendee } from '../../../shared/domain/people';
import { peopleDirectory, personHistory, personMatcher } from '../../../electron/services/insights/people';
import { makeMoment } from '../../support/moments';

describe('person history', () => {
  const log = [
    makeMoment({ occurredAt: '2026-11-20T10:00:00.000Z', valence: 'harmed', people: ['Sam'], note: 'Cut Sam off', tags: ['interrupting'] }),
    makeMoment({ occurredAt: '2026-11-18T10:00:00.000Z', valence: 'helped', people: ['Priya Nair'], note: 'not Sam' }),
    makeMoment({ occurredAt: '2026-11-17T10:00:00.000Z', kind: 'witnessed', valence: 'helped', people: ['sam rivera', 'Sam'], note: 'Priya thanked Sam' }),
    makeMoment({ occurredAt: '2026-11-10T10:00:00.000Z', valence: 'helped', people: ['Sam Rivera'], note: 'Asked about the move', meeting: { occurrenceId: 'x', title: '1:1', start: '2026-11-10T09:30:00.000Z' } }),
    makeMoment({ occurredAt: '2026-11-02T10:00:00.000Z', valence: 'helped', people: ['Samira'], note: 'not Sam either' }),
  ];

  it('lists every moment with the person, newest first, notes included, and says under which name', () => {
    const history = personHistory(log, 'Sam Rivera', 10);
    expect(history.moments.map((m) => [m.occurredAt.slice(0, 10), m.loggedAs, m.note])).toEqual([
      ['2026-11-20', 'Sam', 'Cut Sam off'],
      ['2026-11-17', 'sam rivera', 'Priya thanked Sam'],
      ['2026-11-10', 'Sam Rivera', 'Asked about the move'],
    ]);
    expect(history).toMatchObject({ name: 'Sam Rivera', total: 3, own: { helped: 1, harmed: 1 }, witnessed: { helped: 1, harmed: 0 }, firstAt: '2026-11-10T10:00:00.000Z', lastPositiveAt: '2026-11-10T10:00:00.000Z' });
    expect(history.moments[2]?.meetingTitle).toBe('1:1');
  });

  it('matches a first name only exactly, and caps the list but not the counts', () => {
    const history = personHistory(log, 'sam', 1);
    expect(history.total).toBe(2);
    expect(history.moments.map((m) => m.note)).toEqual(['Cut Sam off']);
  });

  it('lists everyone in the log (latest spelling) and the people met lately, counted as their history is', () => {
    expect(peopleDirectory(log, [{ name: 'Priya Nair' }, { name: 'Alex Chen' }])).toEqual([
      { name: 'Sam', moments: 2, lastAt: '2026-11-20T10:00:00.000Z', inCalendar: false },
      // Its own two moments and the two that say "Sam", one of which names both: 3, as its history.
      { name: 'sam rivera', moments: 3, lastAt: '2026-11-20T10:00:00.000Z', inCalendar: false },
      { name: 'Priya Nair', moments: 1, lastAt: '2026-11-18T10:00:00.000Z', inCalendar: true },
      { name: 'Samira', moments: 1, lastAt: '2026-11-02T10:00:00.000Z', inCalendar: false },
      { name: 'Alex Chen', moments: 0, lastAt: null, inCalendar: true },
    ]);
  });

  it('matches names exactly as the coach’s “last time” does', () => {
    const word = fc.constantFrom('sam', 'Sam', 'SAM', 'rivera', 'Rivera', 'priya', 'nair', 'sam.rivera@acme.test', 'x');
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const attendee = fc.record({ name: fc.option(name, { nil: null }), email: fc.constantFrom('sam.rivera@acme.test', 'MAILTO:Priya@acme.test', 'x@y') });
    fc.assert(
      fc.property(name, attendee, (typed, a) => {
        expect(personMatcher(a)(typed.trim().toLocaleLowerCase())).toBe(nameMatchesAttendee(typed, a));
      }),
    );
  });
});
