import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../shared/contract/index';
import type { MeetingSnapshot } from '../../../shared/domain/checkin';
import type { InsightsOverview } from '../../../shared/domain/insights';
import type { PersonPage } from '../../../shared/domain/person-page';
import type { StoredOutcome } from '../../../electron/services/coach/coach-service';
import { closeAllServices, startServices } from '../../support/services';
import { makeTempDir } from '../../support/temp-dir';
import { icsCalendar, snapshot } from './helpers';

// Now: Saturday 21 November 2026, 10:30 in Berlin. This week: 16-22 Nov; the one before: 9-15 Nov.
let dir: { path: string; cleanup: () => Promise<void> };
let app: Awaited<ReturnType<typeof startServices>>;
const ctx = { window: 'main' as const };

beforeEach(async () => {
  dir = await makeTempDir();
  app = await startServices(dir.path);
  const { services } = app;
  services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] }, insights: { notReachedWeeks: 2 } });
  const add = (occurredAt: string, fields: Partial<Parameters<typeof services.moments.add>[0]>) =>
    services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: [], note: '', meeting: null, source: 'tray', occurredAt, ...fields });
  // This week.
  await add('2026-11-16T09:00:00.000Z', { tags: ['listened', 'recognised'], people: ['Sam'], note: 'Thanked Sam for the release notes' });
  await add('2026-11-17T10:00:00.000Z', { tags: ['listened'], people: ['Priya Nair'] });
  await add('2026-11-18T08:30:00.000Z', { valence: 'harmed', tags: ['rushed', 'interrupting'], people: ['Sam'], note: 'Cut Sam off in *standup*' });
  await add('2026-11-19T12:00:00.000Z', { kind: 'witnessed', tags: ['warmth'], people: ['Alex Chen'], note: 'Alex welcomed the new hire' });
  // The week before.
  await add('2026-11-10T10:00:00.000Z', { valence: 'harmed', tags: ['rushed'], people: ['Priya Nair'] });
  await add('2026-11-11T10:00:00.000Z', { valence: 'harmed', tags: ['distracted'] });
  await add('2026-11-12T10:00:00.000Z', { tags: ['warmth'], people: ['Sam'] });
  // Long ago.
  await add('2026-09-01T10:00:00.000Z', { people: ['Alex'] });

  // Check-ins: an intention kept partly (its reflection adds a helped moment), one never looked back on.
  const ma: MeetingSnapshot = snapshot('m-a', '2026-11-20T09:00:00.000Z');
  const mb: MeetingSnapshot = snapshot('m-b', '2026-11-19T13:00:00.000Z');
  const intend = (meeting: MeetingSnapshot) => services.checkIns.record({ kind: 'before', promptId: `before:${meeting.id}`, source: 'prompt', intentionFor: { meeting, intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null });
  await intend(ma);
  await intend(mb);
  await services.checkIns.record({ kind: 'after', promptId: 'after:m-a', source: 'prompt', intentionFor: null, reflectionOn: { meeting: ma, kept: 'partly', moment: { valence: 'helped', tags: ['empathy'], people: ['Sam'], note: '' }, followUp: null } });

  const outcomes = services.store.collection<StoredOutcome>('prompt-outcomes');
  let n = 0;
  const outcome = (o: Omit<StoredOutcome, 'id' | 'createdAt'>) => outcomes.insert({ ...o, id: `o${++n}`, createdAt: o.at });
  await outcome({ promptId: 'before:m-a', outcome: 'answered', at: '2026-11-20T08:58:30.000Z' });
  await outcome({ promptId: 'after:m-a', outcome: 'answered', at: '2026-11-20T09:31:00.000Z' });
  await outcome({ promptId: 'after:m-b', outcome: 'missed', reason: 'timeout', at: '2026-11-19T13:31:00.000Z' });
  await outcome({ promptId: 'before:m-c', outcome: 'suppressed', reason: 'quiet-hours', at: '2026-11-18T06:00:00.000Z' });
  await outcome({ promptId: 'after:x', outcome: 'skipped', at: '2026-11-12T10:00:00.000Z' });

  await services.calendar.sync.addSource({
    kind: 'ics-file',
    name: 'Work',
    text: icsCalendar([
      { uid: 'sync', title: 'Team sync', start: '2026-11-18T13:00:00Z', end: '2026-11-18T13:30:00Z', attendees: ['Sam Rivera <sam.rivera@acme.test>', 'Priya Nair <priya@acme.test>', 'Alex Chen <alex@acme.test>'], declined: ['Jo Park <jo@acme.test>'] },
      { uid: 'priya', title: '1:1 Priya', start: '2026-11-13T10:00:00Z', end: '2026-11-13T10:30:00Z', attendees: ['Priya Nair <priya@acme.test>'] },
      { uid: 'old', title: 'Design review', start: '2026-11-05T13:00:00Z', end: '2026-11-05T14:00:00Z', attendees: ['Kim Lee <kim@acme.test>'] },
    ]),
  });
});

afterEach(async () => {
  await closeAllServices();
  await dir.cleanup();
});

async function call(name: 'insights.overview' | 'insights.person' | 'insights.personPage' | 'insights.people' | 'insights.weeklySummary', input: unknown) {
  const reply = await app.services.dispatch(name, input, ctx);
  if (!reply.ok) throw new Error(reply.error.message);
  return commands[name].output.parse(reply.value);
}

describe('insights over the real services', () => {
  it('computes the page from moments, check-ins, prompt outcomes and the calendar', async () => {
    const overview = (await call('insights.overview', { weeks: 2 })) as InsightsOverview;
    expect(overview.weeks.map((w) => [w.weekStart, w.own, w.witnessed])).toEqual([
      ['2026-11-09', { helped: 1, harmed: 2 }, { helped: 0, harmed: 0 }],
      ['2026-11-16', { helped: 3, harmed: 1 }, { helped: 1, harmed: 0 }],
    ]);
    expect(overview.totals.own).toEqual({ helped: 4, harmed: 3 });
    expect(overview.builders.map((b) => [b.tag, b.perWeek])).toEqual([['listened', [0, 2]], ['empathy', [0, 1]], ['warmth', [1, 0]], ['recognised', [0, 1]]]);
    expect(overview.damagers.map((d) => [d.tag, d.perWeek])).toEqual([['rushed', [1, 1]], ['interrupting', [0, 1]], ['distracted', [1, 0]]]);
    expect(overview.totals.followThrough).toEqual({ intentions: 2, yes: 0, partly: 1, no: 0, notAnswered: 0, notReflected: 1, keptRate: null, atLeastPartlyRate: null });
    expect(overview.weeks[1]!.response).toEqual({ shown: 3, answered: 2, filledInLater: 0, later: 0, skipped: 0, missed: 1, notShown: { 'quiet-time': 1, paused: 0, away: 0, 'too-late': 0 }, rate: null });
    expect(overview.weeks[0]!.response).toMatchObject({ shown: 1, skipped: 1, rate: null });
    // Sam and Priya had a helped moment in the last two weeks; Alex only a witnessed one. Jo declined; Kim is too long ago.
    expect(overview.notReached).toEqual({
      weeks: 2,
      since: '2026-11-07T09:30:00.000Z',
      peopleMet: 3,
      largeMeetingsIgnored: 0,
      ownAddressesKnown: true,
      loggingSince: '2026-09-01T10:00:00.000Z',
      team: [],
      teamSuggestions: [],
      people: [
        {
          name: 'Alex Chen',
          email: 'alex@acme.test',
          group: 'small-meeting',
          lastPositiveAt: '2026-09-01T10:00:00.000Z',
          quietSince: '2026-09-01T10:00:00.000Z',
          lastMeeting: { title: 'Team sync', start: '2026-11-18T13:00:00.000Z' },
          nextMeeting: null,
          meetingsInWindow: 1,
        },
      ],
      more: 0,
    });
    expect(overview.momentsInLog).toBe(9);
  });

  it('finds a person’s history and everyone to search', async () => {
    const sam = await call('insights.person', { name: 'Sam Rivera' });
    expect(sam).toMatchObject({ name: 'Sam Rivera', total: 4, own: { helped: 3, harmed: 1 } });
    const people = (await call('insights.people', {})) as { name: string; moments: number; inCalendar: boolean }[];
    // One person per address: "Sam" and "Alex", written in moments, are the attendees Sam Rivera and Alex Chen.
    expect(people.map((p) => [p.name, p.moments, p.inCalendar])).toEqual([
      ['Sam Rivera', 4, true],
      ['Alex Chen', 2, true],
      ['Priya Nair', 2, true],
    ]);
    for (const p of people) expect((await call('insights.person', { name: p.name })) as { total: number }).toMatchObject({ total: p.moments });
  });

  it('puts together a person page from the log, follow-ups, notes, check-ins and the calendar', async () => {
    for (const [name, input] of [
      ['followUps.add', { text: 'Send Sam the budget sheet', person: 'Sam' }],
      ['followUps.add', { text: 'Thank Priya for the demo', person: 'Priya Nair' }],
      ['notes.add', { text: 'Sam Rivera asked about the staff engineer path', occurredAt: '2026-11-19T16:00:00.000Z' }],
    ] as const) expect(await app.services.dispatch(name, input, ctx)).toMatchObject({ ok: true });
    const sam = await app.services.checkIns.record({
      kind: 'before',
      promptId: null,
      source: 'review',
      intentionFor: { meeting: { ...snapshot('sync', '2026-11-18T13:00:00.000Z'), attendees: [{ name: 'Sam Rivera', email: 'sam.rivera@acme.test' }] }, intention: { type: 'own', text: 'Ask Sam first' } },
      reflectionOn: null,
    });
    expect(sam.intentionFor).not.toBeNull();
    const page = (await call('insights.personPage', { name: 'Sam Rivera' })) as PersonPage;
    expect(page.history).toMatchObject({ name: 'Sam Rivera', total: 4 });
    expect(page.followUps.map((f) => f.text)).toEqual(['Send Sam the budget sheet']);
    expect(page.notes.map((n) => n.text)).toEqual(['Sam Rivera asked about the staff engineer path']);
    expect(page.intentions.map((i) => [i.meetingId, i.outcome])).toEqual([['sync', 'not-looked-back']]);
    // Every meeting in this calendar is over: no next one.
    expect(page.nextMeeting).toBeNull();
  });

  it('writes the weekly summary, with or without notes', async () => {
    const withNotes = (await call('insights.weeklySummary', { includeNotes: true })) as { markdown: string; fileName: string; weekStart: string };
    expect(withNotes.weekStart).toBe('2026-11-16');
    expect(withNotes.fileName).toBe('touchpoint-week-2026-11-16.md');
    const md = withNotes.markdown;
    expect(md).toContain('# Weekly summary: 16–22 November 2026');
    expect(md).toContain('| My moments that helped trust | 3 | 1 |');
    expect(md).toContain('| My moments that harmed trust | 1 | 2 |');
    expect(md).toContain('Compared with the week before, by the same time: 2 more helped, 1 fewer harmed.');
    expect(md).toContain('- Builders: Listened (2), Empathy (1), Recognised / thanked (1)');
    expect(md).toContain('- Damagers: Rushed (1), Interrupting (1)');
    expect(md).toContain('Answered 2 of 3 check-ins shown.'); // three cards: too few for a percentage
    expect(md).toContain('- **Wed 18 Nov, 09:30** · harmed trust, with Sam Rivera (Rushed, Interrupting): Cut Sam off in \\*standup\\*');
    expect(md).toContain('- Alex Chen: last helped moment 1 September 2026; last met in “Team sync”, 18 November 2026');

    const withoutNotes = (await call('insights.weeklySummary', { includeNotes: false })) as { markdown: string };
    expect(withoutNotes.markdown).toContain('Notes are left out of this summary.');
    for (const note of ['Thanked Sam', 'Cut Sam off', 'welcomed the new hire']) expect(withoutNotes.markdown).not.toContain(note);

    const lastWeek = (await call('insights.weeklySummary', { weekStart: '2026-11-09', includeNotes: true })) as { markdown: string };
    expect(lastWeek.markdown).toContain('# Weekly summary: 9–15 November 2026');
    expect(lastWeek.markdown).toContain('No notes were written this week.');
  });

  it('refuses malformed or impossible input with a readable message', async () => {
    for (const [name, input] of [
      ['insights.overview', { weeks: 1 }],
      ['insights.overview', { weeks: 12, extra: true }],
      ['insights.person', { name: '' }],
      ['insights.person', { name: 'x'.repeat(81) }],
      ['insights.personPage', { name: ' ' }],
      ['insights.weeklySummary', { weekStart: '2026-11-17', includeNotes: true }],
      ['insights.weeklySummary', { weekStart: '2026-02-30', includeNotes: true }],
      ['insights.weeklySummary', {}],
      ['insights.weeklySummary', { weekStart: '2026-11-23', includeNotes: false }],
    ] as const) {
      const reply = await app.services.dispatch(name, input, ctx);
      expect(reply, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
