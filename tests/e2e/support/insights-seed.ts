import type { MeetingSnapshot } from '../../../shared/domain/checkin';
import type { MomentInput } from '../../../shared/domain/moment';
import type { StoredOutcome } from '../../../electron/services/coach/coach-service';
import { icsCalendar, snapshot } from '../../unit/insights/helpers';
import type { Harness } from './harness';

// The harness clock: Saturday 21 November 2026, 10:30 in Berlin. Weeks (Monday to Sunday):
// 26 Oct, 2 Nov, 9 Nov and this week, 16 Nov. Every expected number below is counted by hand
// from what is seeded here.
export async function seedInsights(harness: Harness): Promise<void> {
  const { services } = harness;
  // Prompts for the imported (past) meetings must not add outcomes of their own.
  services.coach.stop();
  services.settings.update({ onboarded: true, meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] }, insights: { notReachedWeeks: 3 } });
  const add = (occurredAt: string, fields: Partial<MomentInput>) =>
    services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: [], note: '', meeting: null, source: 'tray', occurredAt, ...fields });
  // This week: helped 2 (+1 from the check-in below), harmed 1, witnessed helped 1.
  await add('2026-11-16T09:00:00.000Z', { tags: ['listened', 'recognised'], people: ['Sam'], note: 'Thanked Sam for the release notes' });
  await add('2026-11-17T10:00:00.000Z', { tags: ['listened'], people: ['Priya Nair'] });
  await add('2026-11-18T08:30:00.000Z', { valence: 'harmed', tags: ['rushed', 'interrupting'], people: ['Sam'], note: 'Cut Sam off in standup' });
  await add('2026-11-19T12:00:00.000Z', { kind: 'witnessed', tags: ['warmth'], people: ['Alex Chen'], note: 'Alex welcomed the new hire' });
  // Week of 9 Nov: helped 1 (+1 from a check-in), harmed 2.
  await add('2026-11-10T10:00:00.000Z', { valence: 'harmed', tags: ['rushed'], people: ['Priya Nair'] });
  await add('2026-11-11T10:00:00.000Z', { valence: 'harmed', tags: ['distracted'] });
  await add('2026-11-12T10:00:00.000Z', { tags: ['warmth'], people: ['Sam'] });
  // Week of 2 Nov: helped 2.
  await add('2026-11-03T10:00:00.000Z', { tags: ['empathy'], people: ['Jo Park'], note: 'Asked Jo how the move went' });
  await add('2026-11-05T15:00:00.000Z', { tags: ['followed-up'], people: ['Sam Rivera'] });
  // Week of 26 Oct: harmed 1.
  await add('2026-10-28T10:00:00.000Z', { valence: 'harmed', tags: ['blame'], people: ['Kim Lee'], note: 'Blamed Kim for the outage in front of the team' });
  // Long before the period.
  await add('2026-08-01T10:00:00.000Z', { people: ['Alex'] });

  // Intentions: m-a kept partly, m-c kept fully, m-b never looked back on. Each reflection adds a helped moment.
  const ma: MeetingSnapshot = { ...snapshot('m-a', '2026-11-20T09:00:00.000Z'), title: '1:1 Sam', attendees: [{ name: 'Sam Rivera', email: 'sam.rivera@acme.test' }] };
  const mb: MeetingSnapshot = snapshot('m-b', '2026-11-19T13:00:00.000Z');
  const mc: MeetingSnapshot = snapshot('m-c', '2026-11-12T09:00:00.000Z');
  for (const meeting of [ma, mb, mc]) {
    await services.checkIns.record({ kind: 'before', promptId: `before:${meeting.id}`, source: 'prompt', intentionFor: { meeting, intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null });
  }
  await services.checkIns.record({ kind: 'after', promptId: 'after:m-a', source: 'prompt', intentionFor: null, reflectionOn: { meeting: ma, kept: 'partly', moment: { valence: 'helped', tags: ['empathy'], people: ['Sam'], note: '' }, followUp: null } });
  await services.checkIns.record({ kind: 'after', promptId: 'after:m-c', source: 'prompt', intentionFor: null, reflectionOn: { meeting: mc, kept: 'yes', moment: { valence: 'helped', tags: ['listened'], people: ['Priya Nair'], note: '' }, followUp: null } });

  // For Sam's page: something still owed to him, and a note that names him.
  await services.followUps.add({ text: 'Send Sam the budget sheet', person: 'Sam', repair: false }, { kind: 'manual', id: null });
  await services.notes.add({ text: 'Sam Rivera asked about the staff engineer path', occurredAt: '2026-11-19T16:00:00.000Z' });

  // Cards: 4 answered, 1 timed out, 1 skipped, 1 put off = 7 shown; 1 never shown (quiet hours).
  const outcomes = services.store.collection<StoredOutcome>('prompt-outcomes');
  let n = 0;
  const outcome = (o: Omit<StoredOutcome, 'id' | 'createdAt'>) => outcomes.insert({ ...o, id: `seed-${++n}`, createdAt: o.at });
  await outcome({ promptId: 'before:m-a', outcome: 'answered', at: '2026-11-20T08:58:30.000Z' });
  await outcome({ promptId: 'after:m-a', outcome: 'answered', at: '2026-11-20T09:31:00.000Z' });
  await outcome({ promptId: 'after:m-b', outcome: 'missed', reason: 'timeout', at: '2026-11-19T13:31:00.000Z' });
  await outcome({ promptId: 'before:m-c', outcome: 'answered', at: '2026-11-12T08:58:00.000Z' });
  await outcome({ promptId: 'after:m-c', outcome: 'answered', at: '2026-11-12T09:31:00.000Z' });
  await outcome({ promptId: 'before:m-d', outcome: 'suppressed', reason: 'quiet-hours', at: '2026-11-18T06:00:00.000Z' });
  await outcome({ promptId: 'after:m-e', outcome: 'skipped', at: '2026-11-12T15:00:00.000Z' });
  await outcome({ promptId: 'after:m-f', outcome: 'missed', reason: 'log-later', at: '2026-11-05T11:00:00.000Z' });

  // The calendar, as an imported file. Three weeks back reaches to 31 October, 10:30; the
  // look-back for "since when do I know them" to 10 October.
  const allHands = Array.from({ length: 44 }, (_, i) => `Person ${i + 1} <p${i + 1}@acme.test>`);
  await services.calendar.sync.addSource({
    kind: 'ics-file',
    name: 'Work',
    text: icsCalendar([
      { uid: 'sync', title: 'Team sync', start: '2026-11-18T13:00:00Z', end: '2026-11-18T13:30:00Z', attendees: ['Sam Rivera <sam.rivera@acme.test>', 'Priya Nair <priya@acme.test>', 'Alex Chen <alex@acme.test>'], declined: ['Jo Park <jo@acme.test>'] },
      // A weekly 1:1 with Priya since 16 October: she is suggested for the team.
      { uid: 'priya', title: '1:1 Priya', start: '2026-10-16T10:00:00Z', end: '2026-10-16T10:30:00Z', attendees: ['Priya Nair <priya@acme.test>'], rrule: 'FREQ=WEEKLY;COUNT=8' },
      { uid: 'ops', title: 'Ops review', start: '2026-11-04T13:00:00Z', end: '2026-11-04T14:00:00Z', attendees: ['Kim Lee <kim@acme.test>', 'Jo Park <jo@acme.test>'] },
      { uid: 'ops-kickoff', title: 'Ops kick-off', start: '2026-10-14T13:00:00Z', end: '2026-10-14T14:00:00Z', attendees: ['Kim Lee <kim@acme.test>', 'Jo Park <jo@acme.test>'] },
      { uid: 'old', title: 'Design review', start: '2026-10-20T13:00:00Z', end: '2026-10-20T14:00:00Z', attendees: ['Lee Morgan <lee@acme.test>'] },
      // 44 people in one all-hands: nobody in it is listed for it.
      { uid: 'all-hands', title: 'All hands', start: '2026-11-16T15:00:00Z', end: '2026-11-16T16:00:00Z', attendees: allHands },
      // The next chances: a 1:1 with Alex next Thursday; an ops sync in three weeks (too far).
      { uid: 'alex', title: 'Alex / Robin', start: '2026-11-26T09:00:00Z', end: '2026-11-26T09:30:00Z', attendees: ['Alex Chen <alex@acme.test>'] },
      { uid: 'ops-later', title: 'Ops sync', start: '2026-12-10T09:00:00Z', end: '2026-12-10T09:30:00Z', attendees: ['Kim Lee <kim@acme.test>', 'Jo Park <jo@acme.test>'] },
    ]),
  });
}
