import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import type { Moment } from '../../../shared/domain/moment';
import type { StoredOutcome } from '../../../electron/services/coach/coach-service';
import { FakeClock } from '../../support/fake-clock';
import { FakeScheduler, meeting } from '../../support/coach';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

// Monday 13 July 2026 in Berlin (UTC+2).
const withPeople = (m: Meeting): Meeting => ({
  ...m,
  attendees: [
    { email: 'me@acme.test', name: 'Me', partstat: 'ACCEPTED' },
    { email: 'sam.rivera@acme.test', name: null, partstat: 'ACCEPTED' },
    { email: 'priya@acme.test', name: 'Priya Nair', partstat: 'ACCEPTED' },
  ],
});
const oneOnOne = withPeople({ ...meeting('A', '2026-07-13T08:00:00Z', '2026-07-13T08:30:00Z'), title: '1:1 with Sam' });
const review = withPeople({ ...meeting('B', '2026-07-13T08:30:00Z', '2026-07-13T09:00:00Z'), title: 'Design review' });

const dir = tempFolderPerTest(closeAllServices);

async function coachWorld(meetings: Meeting[]) {
  const clock = new FakeClock('2026-07-13T07:00:00Z');
  const scheduler = new FakeScheduler(clock);
  const world = await startServices(dir.path, { clock, scheduler, meetingsOverride: () => meetings, timeZone: () => 'Europe/Berlin' });
  world.services.settings.update({ meetingRules: { ...world.services.settings.get().meetingRules, userEmails: ['ME@acme.test'] } });
  world.services.coach.start();
  return { ...world, scheduler };
}

describe('CoachService', () => {
  it('shows a quiet before-card with the meeting, the people and what happened last time with them', async () => {
    const { services, scheduler, shellCalls } = await coachWorld([oneOnOne]);
    await services.moments.add({ kind: 'own', valence: 'harmed', tags: ['rushed'], people: ['Sam'], note: 'Cut our last 1:1 short; promised to reschedule', meeting: null, source: 'tray', occurredAt: '2026-07-10T09:00:00.000Z' });
    scheduler.runUntil('2026-07-13T07:58:30Z');
    expect(shellCalls).toEqual(['popup.show:check-in:quiet']);
    const view = services.coach.currentView()!;
    expect(view.prompt).toMatchObject({ id: 'before:A', kind: 'before', dueAt: '2026-07-13T07:58:00.000Z' });
    expect(view.intendFor?.title).toBe('1:1 with Sam');
    expect(view.reflectOn).toBeNull();
    expect(view.lastTime).toEqual([{ person: 'Sam Rivera', moments: [expect.objectContaining({ valence: 'harmed', note: 'Cut our last 1:1 short; promised to reschedule' }) as unknown] }]);
  });

  it('a card setting an intention starts with the one accepted for this week, and only for this week', async () => {
    const { services, scheduler } = await coachWorld([oneOnOne, { ...review, id: 'C', start: '2026-07-20T08:30:00Z', end: '2026-07-20T09:00:00Z' }]);
    const intention = { type: 'chip', id: 'listen-first' } as const;
    expect(services.coach.currentView()).toBeNull();
    services.settings.update({ weekIntention: { weekStart: '2026-07-13', intention } });
    scheduler.runUntil('2026-07-13T07:58:30Z');
    expect(services.coach.currentView()?.weekIntention).toEqual(intention);
    // Accepted for last week: not this week's.
    services.settings.update({ weekIntention: { weekStart: '2026-07-06', intention } });
    expect(services.coach.currentView()?.weekIntention).toBeNull();
  });

  it('before: the intention is saved; after: it is asked about, and help/harm, tags, people and a repair are saved', async () => {
    const { services, scheduler, shellCalls } = await coachWorld([oneOnOne]);
    scheduler.runUntil('2026-07-13T07:58:30Z');
    await services.coach.answer({ promptId: 'before:A', intention: { type: 'own', text: 'If I feel rushed, then I will ask how Sam is' }, reflection: null });
    expect(services.coach.currentView()).toBeNull();
    // The popup stays for the "Saved" confirmation (with Undo) until the page closes it.
    expect(shellCalls.at(-1)).toBe('popup.show:check-in:quiet');
    await services.dispatch('windows.closePopup', {}, { window: 'popup' });
    expect(shellCalls.at(-1)).toBe('popup.hide');

    scheduler.runUntil('2026-07-13T08:30:30Z');
    const after = services.coach.currentView()!;
    expect(after.prompt.id).toBe('after:A');
    expect(after.intentionToReview).toEqual({ type: 'own', text: 'If I feel rushed, then I will ask how Sam is' });
    expect(after.suggestedPeople).toEqual(['Sam Rivera', 'Priya Nair']);
    services.coach.engage('after:A');
    scheduler.runUntil('2026-07-13T08:40:00Z'); // engaged: no timeout while the user writes
    expect(services.coach.currentView()?.prompt.id).toBe('after:A');
    await services.coach.answer({
      promptId: 'after:A',
      intention: null,
      reflection: { kept: 'partly', moment: { valence: 'harmed', tags: ['interrupting'], people: ['Sam Rivera'], note: 'Talked over Sam twice' }, followUp: { text: 'Apologise to Sam and ask him to finish his point', person: 'Sam Rivera', repair: true } },
    });

    const [moment] = services.moments.all() as Moment[];
    expect(moment).toMatchObject({ valence: 'harmed', source: 'check-in', occurredAt: '2026-07-13T08:30:00.000Z', meeting: { occurrenceId: 'A', title: '1:1 with Sam' } });
    const [followUp] = services.followUps.all();
    expect(followUp).toMatchObject({ person: 'Sam Rivera', repair: true, status: 'open', origin: { kind: 'check-in' } });
    const checkIns = services.checkIns.all().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(checkIns.map((c) => [c.kind, c.intentionFor?.meeting.id ?? null, c.reflectionOn?.kept ?? null])).toEqual([
      ['before', 'A', null],
      ['after', null, 'partly'],
    ]);
    expect(checkIns[1]!.reflectionOn?.momentId).toBe(moment!.id);
    expect(followUp!.origin.id).toBe(checkIns[1]!.id);
  });

  it('back-to-back meetings get one card that reflects on the first and prepares the second', async () => {
    const { services, scheduler } = await coachWorld([oneOnOne, review]);
    scheduler.runUntil('2026-07-13T07:58:30Z');
    await services.coach.answer({ promptId: 'before:A', intention: { type: 'chip', id: 'listen-first' }, reflection: null });
    scheduler.runUntil('2026-07-13T08:30:10Z');
    const card = services.coach.currentView()!;
    expect(card.prompt.kind).toBe('between');
    expect([card.reflectOn?.title, card.intendFor?.title]).toEqual(['1:1 with Sam', 'Design review']);
    expect(card.intentionToReview).toEqual({ type: 'chip', id: 'listen-first' });
    await services.coach.answer({
      promptId: card.prompt.id,
      intention: { type: 'chip', id: 'stay-curious' },
      reflection: { kept: 'yes', moment: { valence: 'helped', tags: ['listened'], people: ['Sam Rivera'], note: '' }, followUp: null },
    });
    const between = services.checkIns.all().find((c) => c.kind === 'between')!;
    expect(between.reflectionOn?.meeting.id).toBe('A');
    expect(between.intentionFor).toMatchObject({ meeting: { id: 'B' }, intention: { type: 'chip', id: 'stay-curious' } });
    // The between card settled both questions: no separate before:B or after:A later.
    scheduler.runUntil('2026-07-13T08:45:00Z');
    expect(services.coach.currentView()).toBeNull();
  });

  it('refuses an incomplete answer with a readable message and leaves the card open', async () => {
    const { services, scheduler } = await coachWorld([oneOnOne]);
    scheduler.runUntil('2026-07-13T08:30:10Z');
    const reply = await services.dispatch('coach.answer', { promptId: 'after:A' }, { window: 'popup' });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Choose whether the meeting helped or harmed trust.', fields: { valence: 'required' } } });
    expect(services.coach.currentView()?.prompt.id).toBe('after:A');
    expect(services.checkIns.all()).toEqual([]);
  });

  it('pausing silences cards until resumed, and a lead-time change applies without a restart', async () => {
    const later = { ...meeting('C', '2026-07-13T12:00:00Z', '2026-07-13T12:30:00Z'), title: 'Planning' };
    const { services, scheduler } = await coachWorld([oneOnOne, later]);
    services.coach.pause('2-hours');
    expect(services.coach.state().paused).toBe(true);
    scheduler.runUntil('2026-07-13T08:05:00Z');
    expect(services.coach.currentView()).toBeNull();
    services.coach.resume();
    expect(services.coach.state().paused).toBe(false);
    services.settings.update({ coach: { ...services.settings.get().coach, leadMinutes: 10 } });
    scheduler.runUntil('2026-07-13T11:50:30Z');
    expect(services.coach.currentView()?.prompt).toMatchObject({ id: 'before:C', dueAt: '2026-07-13T11:50:00.000Z' });
  });

  it('a test check-in shows the card and saves nothing', async () => {
    const { services, shellCalls } = await coachWorld([]);
    services.coach.sendTestCheckIn();
    const view = services.coach.currentView()!;
    expect(view.test).toBe(true);
    expect(view.intendFor?.title).toBe('Example: 1:1 with a teammate');
    await services.coach.answer({ promptId: view.prompt.id, intention: { type: 'chip', id: 'be-present' }, reflection: null });
    expect(services.checkIns.all()).toEqual([]);
    expect(services.coach.currentView()).toBeNull();
    expect(shellCalls).toEqual(['popup.show:check-in:quiet', 'popup.hide']);
  });

  it('skip, later and snooze each record what happened', async () => {
    const { services, scheduler } = await coachWorld([oneOnOne]);
    scheduler.runUntil('2026-07-13T07:58:10Z');
    expect(services.coach.snooze('before:A', '5-minutes')).toBe('2026-07-13T08:03:10.000Z');
    scheduler.runUntil('2026-07-13T08:03:20Z');
    expect(services.coach.currentView()?.prompt.id).toBe('before:A');
    services.coach.skip('before:A');
    scheduler.runUntil('2026-07-13T08:30:10Z');
    services.coach.later('after:A');
    const outcomes = [...services.store.collection<StoredOutcome>('prompt-outcomes').values()].map((o) => `${o.promptId}:${o.outcome}${o.reason ? `:${o.reason}` : ''}`);
    expect(outcomes.sort()).toEqual(['after:A:missed:log-later', 'before:A:skipped', 'before:A:snoozed']);
  });
});

describe('CoachService with a real calendar source', () => {
  it('an imported calendar’s meetings get check-ins; declined and ignored events do not; removing the source withdraws them', async () => {
    const clock = new FakeClock('2026-07-13T07:00:00Z');
    const scheduler = new FakeScheduler(clock);
    const { services } = await startServices(dir.path, { clock, scheduler, timeZone: () => 'Europe/Berlin' });
    services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
    const event = (uid: string, start: string, end: string, title: string, myStatus = 'ACCEPTED') =>
      [
        'BEGIN:VEVENT',
        `UID:${uid}`,
        'DTSTAMP:20260701T000000Z',
        `DTSTART;TZID=Europe/Berlin:${start}`,
        `DTEND;TZID=Europe/Berlin:${end}`,
        `SUMMARY:${title}`,
        'ORGANIZER;CN=Sam Rivera:mailto:sam@acme.test',
        `ATTENDEE;CN=Me;PARTSTAT=${myStatus}:mailto:me@acme.test`,
        'ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam@acme.test',
        'END:VEVENT',
      ].join('\r\n');
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Touchpoint tests//EN',
      event('one@acme', '20260713T100000', '20260713T103000', '1:1 with Sam'),
      event('two@acme', '20260713T110000', '20260713T113000', 'Vendor pitch', 'DECLINED'),
      event('three@acme', '20260713T120000', '20260713T130000', 'Team lunch'),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const source = await services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work export', text });
    services.coach.start();
    expect(services.coach.state().nextMeeting).toEqual({ title: '1:1 with Sam', start: '2026-07-13T08:00:00.000Z' });

    scheduler.runUntil('2026-07-13T07:58:30Z');
    expect(services.coach.currentView()?.intendFor?.title).toBe('1:1 with Sam');
    await services.coach.answer({ promptId: services.coach.currentView()!.prompt.id, intention: { type: 'chip', id: 'be-present' }, reflection: null });
    scheduler.runUntil('2026-07-13T12:59:00Z');
    // The after-card for the 1:1 came and timed out; the declined pitch and the lunch never asked.
    const outcomes = [...services.store.collection<StoredOutcome>('prompt-outcomes').values()].map((o) => o.outcome);
    expect(outcomes.sort()).toEqual(['answered', 'missed']);

    await services.calendar.sync.removeSource(source.id);
    expect(services.coach.state().nextMeeting).toBeNull();
  });
});

describe('CoachService state', () => {
  it('names as next check-in only a card that will really appear', async () => {
    // Saturday 18 July 2026: not a working day, so Monday's card is the next one.
    const saturday = meeting('S', '2026-07-18T08:00:00Z', '2026-07-18T08:30:00Z');
    const monday = meeting('M', '2026-07-20T08:00:00Z', '2026-07-20T08:30:00Z');
    const clock = new FakeClock('2026-07-18T07:00:00Z');
    const { services } = await startServices(dir.path, { clock, scheduler: new FakeScheduler(clock), meetingsOverride: () => [saturday, monday], timeZone: () => 'Europe/Berlin' });
    services.coach.start();
    expect(services.coach.state().nextCheckIn).toMatchObject({ kind: 'before', dueAt: '2026-07-20T07:58:00.000Z', title: 'Meeting M' });
  });

  it('"Don’t ask for this series" closes the card as skipped, and the series’ next meeting gets no card', async () => {
    const tomorrow = { ...oneOnOne, id: 'A2', start: '2026-07-14T08:00:00.000Z', end: '2026-07-14T08:30:00.000Z' };
    const { services, scheduler } = await coachWorld([oneOnOne, tomorrow]);
    scheduler.runUntil('2026-07-13T07:58:30Z');
    expect(services.coach.currentView()?.prompt.id).toBe('before:A');
    services.coach.muteSeries('before:A');
    expect(services.coach.currentView()).toBeNull();
    expect(services.settings.get().coach.mutedSeries).toEqual([{ key: `work|${oneOnOne.uid}`, title: '1:1 with Sam' }]);
    expect([...services.store.collection<StoredOutcome>('prompt-outcomes').values()].map((o) => [o.promptId, o.outcome])).toContainEqual(['before:A', 'skipped']);
    scheduler.runUntil('2026-07-14T09:00:00Z');
    expect(services.coach.state().nextCheckIn?.title).not.toBe('1:1 with Sam');
    expect(services.coach.currentView()).toBeNull();
  });
});
