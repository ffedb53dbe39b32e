import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import { rankNotReached, type NotReachedInput } from '../../../electron/services/insights/not-reached';
import { makeMoment } from '../../support/moments';

// Now: Saturday 21 November 2026, 09:30 UTC. A three-week window reaches back to 31 October.
const NOW = Date.parse('2026-11-21T09:30:00.000Z');
const person = (key: string, name: string | null = `${key[0]!.toUpperCase()}${key.slice(1)} Example`, partstat = 'ACCEPTED') => ({ email: `${key}@acme.test`, name, partstat });
const me = person('me', 'Robin Manager');

function meeting(id: string, start: string, attendees: Meeting['attendees'], extra: Partial<Meeting> = {}): Meeting {
  return { id: `${id}@${start}`, sourceId: 'work', uid: id, title: `Meeting ${id}`, start, end: new Date(Date.parse(start) + 1_800_000).toISOString(), organizer: me, attendees: [me, ...attendees], location: null, ...extra };
}

/** A log kept since 1 September. */
/** A meeting before the window (but within the look-back), so these people have been known for over three weeks. */
const kickOff = (...keys: string[]) => meeting('kick-off', '2026-10-12T09:00:00.000Z', keys.map((k) => person(k)));
const since = (occurredAt = '2026-09-01T08:00:00.000Z') => makeMoment({ occurredAt, valence: 'harmed', people: [] });

function rank(input: Partial<NotReachedInput>) {
  return rankNotReached({ pastMeetings: [], upcomingMeetings: [], ownEmails: ['me@acme.test'], team: [], newestFirst: [since()], nowMs: NOW, weeks: 3, ...input });
}

describe('not reached lately, ranked', () => {
  it('puts the team first, then 1:1s, then small meetings, the longest quiet first; large meetings are ignored', () => {
    const allHands = Array.from({ length: 44 }, (_, i) => person(`p${i + 1}`));
    const { notReached, met } = rank({
      team: [{ email: 'Tara@Acme.test', name: 'Tara' }],
      pastMeetings: [
        kickOff('ana', 'ben', 'cleo', 'dev', 'tara'),
        meeting('all-hands', '2026-11-16T15:00:00.000Z', allHands),
        meeting('ana-1on1', '2026-11-02T10:00:00.000Z', [person('ana')]),
        meeting('ben-1on1', '2026-11-10T10:00:00.000Z', [person('ben')]),
        meeting('design', '2026-11-12T13:00:00.000Z', [person('cleo'), person('dev'), person('ben'), person('jo', 'Jo Park', 'DECLINED')]),
        meeting('tara-team', '2026-11-18T09:00:00.000Z', [person('tara', 'Tara Singh'), person('cleo'), person('dev')]),
      ],
      newestFirst: [
        // Dev: reached last week. Ben: last reached in early October. Cleo and Ana: never.
        makeMoment({ occurredAt: '2026-11-13T10:00:00.000Z', people: ['Dev'] }),
        makeMoment({ occurredAt: '2026-10-05T10:00:00.000Z', people: ['Ben Example'] }),
        // A harm and a witnessed help do not count as reaching someone.
        makeMoment({ occurredAt: '2026-11-03T10:00:00.000Z', valence: 'harmed', people: ['Ana Example'] }),
        makeMoment({ occurredAt: '2026-11-04T10:00:00.000Z', kind: 'witnessed', people: ['Cleo'] }),
        since('2026-09-20T08:00:00.000Z'),
      ].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
    });
    expect(notReached.people.map((p) => [p.name, p.group, p.lastPositiveAt, p.quietSince, p.meetingsInWindow])).toEqual([
      // Never reached: quiet since first met (12 October, after the log began on 20 September).
      ['Tara Singh', 'team', null, '2026-10-12T09:00:00.000Z', 1],
      // Ben's last helped moment (5 October) is longer ago than Ana's first meeting.
      ['Ben Example', 'one-on-one', '2026-10-05T10:00:00.000Z', '2026-10-05T10:00:00.000Z', 2],
      ['Ana Example', 'one-on-one', null, '2026-10-12T09:00:00.000Z', 1],
      ['Cleo Example', 'small-meeting', null, '2026-10-12T09:00:00.000Z', 2],
    ]);
    expect(notReached.people[1]!.lastMeeting).toEqual({ title: 'Meeting design', start: '2026-11-12T13:00:00.000Z' });
    // The all-hands' 44 people are not even offered in the people search.
    expect(met.map((p) => p.email).sort()).toEqual(['ana@acme.test', 'ben@acme.test', 'cleo@acme.test', 'dev@acme.test', 'tara@acme.test']);
    expect(notReached).toMatchObject({ peopleMet: 5, largeMeetingsIgnored: 1, more: 0, loggingSince: '2026-09-20T08:00:00.000Z', team: [{ email: 'tara@acme.test', name: 'Tara Singh' }] });
  });

  it('shows the top five and says how many more there are', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const pastMeetings = keys.map((k, i) => meeting(k, `2026-11-0${i + 2}T10:00:00.000Z`, [person(k)]));
    const { notReached } = rank({ pastMeetings: [meeting('early', '2026-10-12T09:00:00.000Z', keys.map((k) => person(k))), ...pastMeetings] });
    expect(notReached.people).toHaveLength(5);
    expect(notReached.more).toBe(2);
    // Same quiet time (the first meeting together): by name.
    expect(notReached.people.map((p) => p.name)).toEqual(['A Example', 'B Example', 'C Example', 'D Example', 'E Example']);
  });

  it('lists nobody on day one, nor someone first met two hours ago', () => {
    const pastMeetings = [meeting('new', '2026-11-21T07:30:00.000Z', [person('nia')]), meeting('sync', '2026-11-20T09:00:00.000Z', [person('omar'), person('pat')])];
    // The log began yesterday: three weeks without a helped moment cannot have passed for anyone.
    expect(rank({ pastMeetings, newestFirst: [since('2026-11-20T08:00:00.000Z')] }).notReached.people).toEqual([]);
    // A long log, but Nia was first met this morning and Omar yesterday.
    expect(rank({ pastMeetings }).notReached.people).toEqual([]);
    // Omar was also met five weeks ago (before the window, within the look-back): now he is due; Nia is still not.
    const earlier = meeting('sync', '2026-10-16T09:00:00.000Z', [person('omar')]);
    expect(rank({ pastMeetings: [earlier, ...pastMeetings] }).notReached.people.map((p) => [p.name, p.quietSince])).toEqual([['Omar Example', '2026-10-16T09:00:00.000Z']]);
    // An empty log: nothing can be said about anyone yet.
    expect(rank({ pastMeetings: [earlier, ...pastMeetings], newestFirst: [] }).notReached).toMatchObject({ people: [], loggingSince: null, peopleMet: 3 });
  });

  it('gives the next chance: the soonest 1:1 or small meeting in the next two weeks', () => {
    const pastMeetings = [kickOff('ana', 'ben', 'cleo'), meeting('ana-1on1', '2026-11-02T10:00:00.000Z', [person('ana')]), meeting('ops', '2026-11-03T10:00:00.000Z', [person('ben'), person('cleo')])];
    const { notReached } = rank({
      pastMeetings,
      upcomingMeetings: [
        meeting('ana-1on1', '2026-11-26T10:00:00.000Z', [person('ana')]),
        meeting('ops', '2026-11-24T10:00:00.000Z', [person('ana'), person('ben'), person('cleo')]),
        // Large: not a chance to reach anyone in particular.
        meeting('all-hands', '2026-11-23T15:00:00.000Z', [person('cleo'), ...Array.from({ length: 10 }, (_, i) => person(`x${i}`))]),
      ],
    });
    expect(notReached.people.map((p) => [p.name, p.nextMeeting])).toEqual([
      ['Ana Example', { title: 'Meeting ops', start: '2026-11-24T10:00:00.000Z', oneOnOne: false }],
      ['Ben Example', { title: 'Meeting ops', start: '2026-11-24T10:00:00.000Z', oneOnOne: false }],
      ['Cleo Example', { title: 'Meeting ops', start: '2026-11-24T10:00:00.000Z', oneOnOne: false }],
    ]);
    const oneOnOne = rank({ pastMeetings, upcomingMeetings: [meeting('ana-1on1', '2026-11-26T10:00:00.000Z', [person('ana')])] });
    expect(oneOnOne.notReached.people[0]!.nextMeeting).toEqual({ title: 'Meeting ana-1on1', start: '2026-11-26T10:00:00.000Z', oneOnOne: true });
    expect(oneOnOne.notReached.people[1]!.nextMeeting).toBeNull();
  });

  it('suggests the team from recurring 1:1s, and lists a team member not met lately', () => {
    const { notReached } = rank({
      team: [{ email: 'zoe@acme.test', name: 'Zoe Lind' }],
      pastMeetings: [
        meeting('ana-weekly', '2026-11-02T10:00:00.000Z', [person('ana')]),
        meeting('ana-weekly', '2026-11-09T10:00:00.000Z', [person('ana')]),
        meeting('ben-once', '2026-11-10T10:00:00.000Z', [person('ben')]),
        // A recurring meeting with two people is not a 1:1.
        meeting('pair', '2026-11-03T10:00:00.000Z', [person('cleo'), person('dev')]),
        meeting('pair', '2026-11-10T10:00:00.000Z', [person('cleo'), person('dev')]),
        meeting('zoe-weekly', '2026-11-11T10:00:00.000Z', [person('zoe', 'Zoe Lind')]),
      ],
      // A series that starts next week counts too.
      upcomingMeetings: [meeting('eve-weekly', '2026-11-24T10:00:00.000Z', [person('eve')]), meeting('eve-weekly', '2026-12-01T10:00:00.000Z', [person('eve')])],
    });
    expect(notReached.teamSuggestions).toEqual([
      { email: 'ana@acme.test', name: 'Ana Example' },
      { email: 'eve@acme.test', name: 'Eve Example' },
    ]);
    const away = rank({ team: [{ email: 'zoe@acme.test', name: 'Zoe Lind' }] }).notReached;
    expect(away.people).toEqual([{ name: 'Zoe Lind', email: 'zoe@acme.test', group: 'team', lastPositiveAt: null, quietSince: '2026-09-01T08:00:00.000Z', lastMeeting: null, nextMeeting: null, meetingsInWindow: 0 }]);
    expect(away.peopleMet).toBe(0);
  });

  it('warns when the user’s own addresses are unknown, and offers everyone met for the people search', () => {
    const { notReached, met } = rank({ ownEmails: [], pastMeetings: [kickOff('ana'), meeting('m', '2026-11-02T10:00:00.000Z', [person('ana', null), { ...person('ana'), email: 'ANA@acme.test' }])] });
    expect(notReached.ownAddressesKnown).toBe(false);
    // Without the user's address, "Robin Manager" looks like someone else in the meeting.
    expect(notReached.people.map((p) => p.name)).toEqual(['Ana Example', 'Robin Manager']);
    expect(met).toEqual([
      { email: 'me@acme.test', name: 'Robin Manager' },
      { email: 'ana@acme.test', name: 'Ana Example' },
    ]);
  });
});
