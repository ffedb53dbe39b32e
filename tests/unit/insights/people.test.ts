import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Meeting } from '../../../shared/domain/calendar';
import { nameMatchesAttendee } from '../../../shared/domain/people';
import { notReached, peopleDirectory, personHistory, personMatcher } from '../../../electron/services/insights/people';
import { makeMoment } from '../../support/moments';

const NOW = Date.parse('2026-11-21T09:30:00.000Z');
const me = { email: 'me@acme.test', name: 'Robin Manager', partstat: 'ACCEPTED' };
const sam = { email: 'sam.rivera@acme.test', name: null, partstat: 'ACCEPTED' };
const priya = { email: 'priya@acme.test', name: 'Priya Nair', partstat: 'ACCEPTED' };
const alex = { email: 'MAILTO:Alex.Chen@Acme.test', name: 'Alex Chen', partstat: 'ACCEPTED' };
const jo = { email: 'jo@acme.test', name: 'Jo Park', partstat: 'DECLINED' };

function meeting(id: string, start: string, attendees: Meeting['attendees'], organizer: Meeting['organizer'] = null): Meeting {
  return { id, sourceId: 'work', uid: id, title: `Meeting ${id}`, start, end: new Date(Date.parse(start) + 1_800_000).toISOString(), organizer, attendees, location: null };
}

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

describe('not reached lately', () => {
  const meetings = [
    meeting('old', '2026-10-20T09:00:00.000Z', [me, sam, priya, alex]), // before the 3-week window
    meeting('m1', '2026-11-02T09:00:00.000Z', [me, sam, priya, jo]),
    meeting('m2', '2026-11-12T09:00:00.000Z', [me, priya, { ...sam, name: 'Sam Rivera' }]),
    meeting('m3', '2026-11-19T13:00:00.000Z', [me, alex], priya),
    meeting('future', '2026-11-23T09:00:00.000Z', [me, { email: 'new@acme.test', name: 'New Person', partstat: 'ACCEPTED' }]),
  ];
  const log = [
    // Sam: reached this week, by first name only.
    makeMoment({ occurredAt: '2026-11-19T10:00:00.000Z', valence: 'helped', people: ['Sam'] }),
    // Priya: only a harm lately, and a witnessed help: neither counts as reaching her.
    makeMoment({ occurredAt: '2026-11-18T10:00:00.000Z', valence: 'harmed', people: ['Priya Nair'] }),
    makeMoment({ occurredAt: '2026-11-16T10:00:00.000Z', kind: 'witnessed', valence: 'helped', people: ['Priya'] }),
    // Her last help is older than the window.
    makeMoment({ occurredAt: '2026-10-01T10:00:00.000Z', valence: 'helped', people: ['priya nair'] }),
    // Alex was written by address once, long ago.
    makeMoment({ occurredAt: '2025-06-01T10:00:00.000Z', valence: 'helped', people: ['alex.chen@acme.test'] }),
  ];

  it('lists people met in the window with no helped moment in it, never-reached first', () => {
    const { notReached: result, met } = notReached({ meetings, ownEmails: ['ME@acme.test'], newestFirst: log, nowMs: NOW, weeks: 3 });
    expect(result).toEqual({
      weeks: 3,
      since: '2026-10-31T09:30:00.000Z',
      peopleMet: 3, // Sam, Priya, Alex; not me, not Jo (declined), not the future meeting's guest
      ownAddressesKnown: true,
      people: [
        { name: 'Alex Chen', email: 'alex.chen@acme.test', lastPositiveAt: '2025-06-01T10:00:00.000Z', lastMeeting: { title: 'Meeting m3', start: '2026-11-19T13:00:00.000Z' }, meetingsInWindow: 1 },
        { name: 'Priya Nair', email: 'priya@acme.test', lastPositiveAt: '2026-10-01T10:00:00.000Z', lastMeeting: { title: 'Meeting m3', start: '2026-11-19T13:00:00.000Z' }, meetingsInWindow: 3 },
      ],
    });
    // The name Sam got from a later meeting is the one shown.
    expect(met.map((p) => p.name).sort()).toEqual(['Alex Chen', 'Priya Nair', 'Sam Rivera']);
  });

  it('shows "never" when there was no helped moment at all, and warns when the user’s addresses are unknown', () => {
    const { notReached: result } = notReached({ meetings, ownEmails: [], newestFirst: [], nowMs: NOW, weeks: 1 });
    // One week back: only m3 (Alex, Priya as organiser, and me, who is unknown here).
    expect(result.ownAddressesKnown).toBe(false);
    expect(result.people.map((p) => [p.name, p.lastPositiveAt])).toEqual([
      ['Alex Chen', null],
      ['Priya Nair', null],
      ['Robin Manager', null],
    ]);
  });
});
