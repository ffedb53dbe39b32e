import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import type { FollowUp } from '../../../shared/domain/followup';
import type { Note } from '../../../shared/domain/note';
import { buildPersonPage, type PersonPageInput } from '../../../electron/services/insights/person-page';
import { makeMoment } from '../../support/moments';
import { intention, reflection, snapshot } from './helpers';

// Now: Saturday 21 November 2026, 09:30 UTC.
const NOW = Date.parse('2026-11-21T09:30:00.000Z');
const me = { email: 'me@acme.test', name: 'Robin Manager', partstat: 'ACCEPTED' };
const sam = { email: 'sam.rivera@acme.test', name: 'Sam Rivera', partstat: 'ACCEPTED' };
const priya = { email: 'priya@acme.test', name: 'Priya Nair', partstat: 'ACCEPTED' };

function meeting(id: string, start: string, attendees: Meeting['attendees']): Meeting {
  return { id, sourceId: 'work', uid: id, title: `Meeting ${id}`, start, end: new Date(Date.parse(start) + 1_800_000).toISOString(), organizer: me, attendees: [me, ...attendees], location: null };
}

const withAttendees = (id: string, start: string, attendees: { name: string | null; email: string }[]) => ({ ...snapshot(id, start), attendees });

function followUp(id: string, person: string | null, status: FollowUp['status'], createdAt: string, extra: Partial<FollowUp> = {}): FollowUp {
  return { id, text: `Follow-up ${id}`, person, repair: false, status, notBefore: null, origin: { kind: 'manual', id: null }, createdAt, updatedAt: createdAt, closedAt: status === 'open' ? null : createdAt, ...extra };
}

function note(id: string, text: string, occurredAt: string): Note {
  return { id, text, occurredAt, timeZone: 'Europe/Berlin', createdAt: occurredAt, updatedAt: occurredAt };
}

function page(input: Partial<PersonPageInput>) {
  return buildPersonPage({ name: 'Sam Rivera', newestFirst: [], checkIns: [], followUps: [], notes: [], upcoming: [], ownEmails: ['me@acme.test'], nowMs: NOW, timeZone: 'Europe/Berlin', momentLimit: 50, ...input });
}

describe('the person page', () => {
  it('with nothing logged says nothing rather than guessing', () => {
    const empty = page({});
    expect(empty.history).toMatchObject({ name: 'Sam Rivera', total: 0, moments: [] });
    expect(empty).toMatchObject({ followUps: [], intentions: [], notes: [], nextMeeting: null, intentionCounts: { yes: 0, partly: 0, no: 0, notAnswered: 0, notLookedBack: 0 } });
  });

  it('lists open follow-ups with the person (first name too), oldest first, and leaves out closed ones and other people', () => {
    const result = page({
      followUps: [
        followUp('b', 'Sam', 'open', '2026-11-18T10:00:00.000Z', { repair: true, notBefore: '2026-11-24' }),
        followUp('a', 'sam rivera', 'open', '2026-11-10T10:00:00.000Z'),
        followUp('done', 'Sam Rivera', 'done', '2026-11-11T10:00:00.000Z'),
        followUp('other', 'Samira', 'open', '2026-11-12T10:00:00.000Z'),
        followUp('nobody', null, 'open', '2026-11-13T10:00:00.000Z'),
      ],
    });
    expect(result.followUps.map((f) => [f.id, f.repair, f.notBefore])).toEqual([
      ['a', false, null],
      ['b', true, '2026-11-24'],
    ]);
  });

  it('shows intentions for meetings with them and whether each was kept, the latest answer winning', () => {
    const kept = withAttendees('kept', '2026-11-02T09:00:00.000Z', [sam]);
    const changed = withAttendees('changed', '2026-11-09T09:00:00.000Z', [sam, priya]);
    const blank = withAttendees('blank', '2026-11-12T09:00:00.000Z', [{ name: null, email: 'sam.rivera@acme.test' }]);
    const forgotten = withAttendees('forgotten', '2026-11-16T09:00:00.000Z', [sam]);
    const coming = withAttendees('coming', '2026-11-23T09:00:00.000Z', [sam]);
    const notSam = withAttendees('priya', '2026-11-17T09:00:00.000Z', [priya]);
    // The user's own entry never makes a meeting "with" anyone.
    const mine = withAttendees('mine', '2026-11-18T09:00:00.000Z', [{ name: 'Sam Rivera', email: 'me@acme.test' }]);
    const result = page({
      checkIns: [
        intention(kept),
        reflection(kept, 'yes'),
        intention(changed),
        reflection(changed, 'yes', { createdAt: '2026-11-09T09:31:00.000Z' }),
        reflection(changed, 'no', { createdAt: '2026-11-09T18:00:00.000Z' }),
        intention(blank),
        reflection(blank, null),
        intention(forgotten),
        intention(coming),
        intention(notSam),
        reflection(notSam, 'yes'),
        intention(mine),
        // A reflection on a meeting without an intention is no intention.
        reflection(withAttendees('plain', '2026-11-19T09:00:00.000Z', [sam]), null),
      ],
    });
    expect(result.intentions.map((i) => [i.meetingId, i.outcome])).toEqual([
      ['coming', 'upcoming'],
      ['forgotten', 'not-looked-back'],
      ['blank', 'not-answered'],
      ['changed', 'no'],
      ['kept', 'yes'],
    ]);
    expect(result.intentionCounts).toEqual({ yes: 1, partly: 0, no: 1, notAnswered: 1, notLookedBack: 1 });
    expect(result.intentions[0]!.intention).toEqual({ type: 'chip', id: 'listen-first' });
  });

  it('finds notes that name them as whole words, newest first', () => {
    const result = page({
      notes: [
        note('1', 'Ask Sam about the conference budget', '2026-11-10T10:00:00.000Z'),
        note('2', 'SAM RIVERA wants to lead the migration', '2026-11-19T10:00:00.000Z'),
        note('3', 'Samira joined the team', '2026-11-18T10:00:00.000Z'),
        note('4', 'The sample data is wrong', '2026-11-17T10:00:00.000Z'),
      ],
    });
    expect(result.notes.map((n) => n.id)).toEqual(['2', '1']);
  });

  it('gives the next meeting together from the calendar: the soonest, not a past one, not one they declined', () => {
    const result = page({
      upcoming: [
        meeting('later', '2026-11-26T09:00:00.000Z', [sam, priya]),
        meeting('declined', '2026-11-23T09:00:00.000Z', [{ ...sam, partstat: 'DECLINED' }]),
        meeting('started', '2026-11-21T09:00:00.000Z', [sam]),
        meeting('priya', '2026-11-22T09:00:00.000Z', [priya]),
        meeting('one-on-one', '2026-12-01T09:00:00.000Z', [sam]),
      ],
    });
    expect(result.nextMeeting).toEqual({ title: 'Meeting later', start: '2026-11-26T09:00:00.000Z', end: '2026-11-26T09:30:00.000Z', oneOnOne: false, others: 2 });
    const oneOnOne = page({ upcoming: [meeting('one-on-one', '2026-12-01T09:00:00.000Z', [sam])] });
    expect(oneOnOne.nextMeeting).toMatchObject({ oneOnOne: true, others: 1 });
    // Beyond four weeks is not "next" for preparing a 1:1.
    expect(page({ upcoming: [meeting('far', '2026-12-20T09:00:00.000Z', [sam])] }).nextMeeting).toBeNull();
  });

  it('keeps the moments with the person, as the history counts them', () => {
    const result = page({
      newestFirst: [
        makeMoment({ occurredAt: '2026-11-20T10:00:00.000Z', valence: 'harmed', people: ['Sam'], note: 'Cut Sam off' }),
        makeMoment({ occurredAt: '2026-11-18T10:00:00.000Z', people: ['Priya Nair'] }),
        makeMoment({ occurredAt: '2026-11-10T10:00:00.000Z', people: ['Sam Rivera'], note: 'Asked about the move' }),
      ],
    });
    expect(result.history).toMatchObject({ total: 2, own: { helped: 1, harmed: 1 } });
    expect(result.history.moments.map((m) => m.note)).toEqual(['Cut Sam off', 'Asked about the move']);
  });
});
