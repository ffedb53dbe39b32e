import { describe, expect, it } from 'vitest';
import { meetingsToFillIn, afterCardText } from '../../../shared/domain/review-day';
import { FakeScheduler } from '../../support/coach';
import { FakeClock } from '../../support/fake-clock';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';
import english from '../../../shared/i18n/en/index';
import { createTranslator } from '../../../shared/i18n/translator';

const { t } = createTranslator('en-GB', { en: english });

const dir = tempFolderPerTest(closeAllServices);

const ics = (events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN', ...events, 'END:VCALENDAR', ''].join('\r\n');
const event = (uid: string, start: string, end: string, title: string) =>
  [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261101T000000Z',
    `DTSTART;TZID=Europe/Berlin:${start}`,
    `DTEND;TZID=Europe/Berlin:${end}`,
    `SUMMARY:${title}`,
    'ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@acme.test',
    'ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam@acme.test',
    'END:VEVENT',
  ].join('\r\n');

// Wednesday 25 November 2026, 18:00 in Berlin (UTC+1).
async function reviewWorld() {
  const clock = new FakeClock('2026-11-25T17:00:00.000Z');
  const world = await startServices(dir.path, { clock, timeZone: () => 'Europe/Berlin' });
  const { services } = world;
  services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  await services.calendar.sync.addSource({
    kind: 'ics-file',
    name: 'Work',
    text: ics([
      event('a@acme', '20261125T100000', '20261125T103000', '1:1 with Sam'),
      event('b@acme', '20261125T140000', '20261125T150000', 'Roadmap'),
      event('c@acme', '20261125T190000', '20261125T200000', 'Late call'),
    ]),
  });
  return world;
}

describe('the end-of-day review of a day', () => {
  it('shows the timeline: meetings with intention, kept and outcome; unlogged and upcoming ones; moments in between', async () => {
    const { services, clock } = await reviewWorld();
    const meetings = services.calendar.calendar.todaysMeetings(clock.now(), 'Europe/Berlin');
    const [oneOnOne] = meetings;
    clock.set('2026-11-25T08:58:00.000Z');
    const { snapshotOf } = await import('../../../electron/services/checkins/checkin-service');
    await services.checkIns.record({ kind: 'before', promptId: null, source: 'prompt', intentionFor: { meeting: snapshotOf(oneOnOne!), intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null });
    clock.set('2026-11-25T09:31:00.000Z');
    await services.checkIns.record({ kind: 'after', promptId: null, source: 'prompt', intentionFor: null, reflectionOn: { meeting: snapshotOf(oneOnOne!), kept: 'yes', moment: { valence: 'helped', tags: ['listened', 'warmth'], people: ['Sam Rivera'], note: 'Let Sam finish' }, followUp: null } });
    clock.set('2026-11-25T11:00:00.000Z');
    await services.moments.add({ kind: 'own', valence: 'harmed', tags: ['rushed'], people: ['Alex'], note: 'Brushed Alex off in the hallway', meeting: null, source: 'tray' });
    clock.set('2026-11-25T11:05:00.000Z');
    await services.moments.add({ kind: 'witnessed', valence: 'helped', tags: ['recognised'], people: ['Priya'], note: 'Priya thanked the intern', meeting: null, source: 'tray' });
    clock.set('2026-11-24T11:00:00.000Z'); // the day before: counts for the week only
    await services.moments.add({ kind: 'own', valence: 'helped', tags: ['listened'], people: [], note: '', meeting: null, source: 'tray' });
    clock.set('2026-11-25T17:00:00.000Z');

    const day = services.dayReview.forDay('2026-11-25');
    expect(day.isToday).toBe(true);
    expect(day.meetings.map((m) => [m.meeting.title, m.status, m.intention?.type === 'chip' ? m.intention.id : null, m.kept, m.moment?.note ?? null])).toEqual([
      ['1:1 with Sam', 'reflected', 'listen-first', 'yes', 'Let Sam finish'],
      ['Roadmap', 'unlogged', null, null, null],
      ['Late call', 'upcoming', null, null, null],
    ]);
    expect(day.meetings[0]!.sourceColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(day.moments.map((m) => m.note)).toEqual(['Brushed Alex off in the hallway', 'Priya thanked the intern']);
    expect(day.counts).toEqual({ day: { helped: 1, harmed: 1, witnessedHelped: 1, witnessedHarmed: 0 }, week: { helped: 2, harmed: 1, witnessedHelped: 1, witnessedHarmed: 0 } });
    expect(day.builders).toEqual([
      { tag: 'listened', count: 1 },
      { tag: 'warmth', count: 1 },
    ]);
    expect(day.damagers).toEqual([{ tag: 'rushed', count: 1 }]);
    expect(day.prompts).toHaveLength(3);
    expect(new Set(day.prompts.map((p) => p.id)).size).toBe(3);
    expect(services.dayReview.forDay('2026-11-26').prompts).not.toEqual(day.prompts);
  });

  it('an unlogged meeting can be filled in from the review; any earlier day can be reviewed', async () => {
    const { services } = await reviewWorld();
    const reply = await services.dispatch(
      'review.fillMeeting',
      { day: '2026-11-25', meetingId: services.dayReview.forDay('2026-11-25').meetings[1]!.meeting.id, reflection: { kept: null, moment: { valence: 'harmed', tags: ['distracted'], people: ['Sam Rivera'], note: 'On my phone during the demo' } } },
      { window: 'main' },
    );
    expect(reply).toEqual({ ok: true, value: null });
    const roadmap = services.dayReview.forDay('2026-11-25').meetings[1]!;
    expect(roadmap).toMatchObject({ status: 'reflected', moment: { valence: 'harmed', source: 'check-in', occurredAt: '2026-11-25T14:00:00.000Z' } });
    const earlier = services.dayReview.forDay('2026-11-20');
    expect(earlier).toMatchObject({ day: '2026-11-20', isToday: false, meetings: [], moments: [] });
  });

  it('counts a streak of working days with a review, skipping days off and counting ones filled in later', async () => {
    const { services } = await reviewWorld();
    const save = (day: string) => services.reviews.save({ day, answers: [], mood: null, energy: null, tomorrowIntention: null, complete: true });
    // Mon 23, Tue 24 done; Fri 20 done; the weekend in between does not break it. Today (Wed 25) not yet.
    await save('2026-11-23');
    await save('2026-11-24');
    await save('2026-11-20');
    expect(services.reviews.streak('2026-11-25', ['mon', 'tue', 'wed', 'thu', 'fri'])).toEqual({ current: 3, todayDone: false });
    await save('2026-11-25');
    expect(services.reviews.streak('2026-11-25', ['mon', 'tue', 'wed', 'thu', 'fri'])).toEqual({ current: 4, todayDone: true });
    // A gap on Thursday 19th ends the streak there; back-filling it extends it.
    expect(services.reviews.streak('2026-11-25', ['mon', 'tue', 'wed', 'thu', 'fri']).current).toBe(4);
    await save('2026-11-19');
    expect(services.reviews.streak('2026-11-25', ['mon', 'tue', 'wed', 'thu', 'fri']).current).toBe(5);
    // Saving again updates the same day's review instead of adding one.
    const again = await services.reviews.save({ day: '2026-11-25', answers: [{ promptId: 'proudest', answer: 'Listening' }], mood: 5, energy: 4, tomorrowIntention: { type: 'chip', id: 'be-present' }, complete: true });
    expect(services.reviews.all().filter((r) => r.day === '2026-11-25')).toEqual([again]);
    expect(again.answers[0]).toEqual({ promptId: 'proudest', question: 'Which small moment today are you proudest of?', answer: 'Listening' });
  });

  it('says why the coach held a meeting back, and does not count it as a missed check-in', async () => {
    const { services } = await reviewWorld();
    const before = services.dayReview.forDay('2026-11-25');
    expect(before.meetings.map((m) => m.heldBack)).toEqual([null, null, null]);
    const coach = services.settings.get().coach;
    const roadmapSource = services.calendar.sync.listSources()[0]!.id;
    services.settings.update({ coach: { ...coach, mutedSeries: [{ key: `${roadmapSource}|b@acme`, title: 'Roadmap' }] } });
    const after = services.dayReview.forDay('2026-11-25');
    expect(after.meetings.map((m) => [m.meeting.title, m.heldBack])).toEqual([
      ['1:1 with Sam', null],
      ['Roadmap', 'muted-series'],
      ['Late call', null],
    ]);
  });

  it('respects choices: a skipped card is not counted as missing; a missed one is explained once; a snooze answered later is answered', async () => {
    const clock = new FakeClock('2026-11-25T07:00:00.000Z');
    const scheduler = new FakeScheduler(clock);
    const { services } = await startServices(dir.path, { clock, scheduler, timeZone: () => 'Europe/Berlin' });
    services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
    await services.calendar.sync.addSource({
      kind: 'ics-file',
      name: 'Work',
      text: ics([
        event('a@acme', '20261125T100000', '20261125T103000', '1:1 with Sam'),
        event('b@acme', '20261125T120000', '20261125T123000', 'Roadmap'),
        event('d@acme', '20261125T150000', '20261125T153000', 'Hiring sync'),
      ]),
    });
    services.coach.start();
    const shown = () => services.coach.currentView()!.prompt.id;

    scheduler.runUntil('2026-11-25T08:58:30Z'); // the before card of the 1:1: skipped
    services.coach.skip(shown());
    scheduler.runUntil('2026-11-25T09:30:30Z'); // its after card: skipped on purpose
    expect(shown()).toMatch(/^after:/);
    services.coach.skip(shown());

    scheduler.runUntil('2026-11-25T11:30:30Z'); // Roadmap's after card: snoozed, then answered
    services.coach.snooze(shown(), '5-minutes');
    expect(services.coach.currentView()).toBeNull();
    scheduler.runUntil('2026-11-25T11:35:30Z');
    await services.coach.answer({ promptId: shown(), intention: null, reflection: { kept: null, moment: { valence: 'helped', tags: ['listened'], people: ['Sam Rivera'], note: '' }, followUp: null } });

    scheduler.runUntil('2026-11-25T14:33:00Z'); // Hiring sync's after card: left alone until it closed itself
    expect(services.coach.currentView()).toBeNull();

    clock.set('2026-11-25T17:00:00.000Z');
    const day = services.dayReview.forDay('2026-11-25');
    expect(day.meetings.map((m) => [m.meeting.title, m.status, m.afterCard, m.heldBack])).toEqual([
      ['1:1 with Sam', 'unlogged', { kind: 'skipped' }, null],
      ['Roadmap', 'reflected', null, null],
      ['Hiring sync', 'unlogged', { kind: 'timed-out' }, null],
    ]);
    // "1 meeting has no check-in yet": the missed one, never the skipped one.
    expect(meetingsToFillIn(day.meetings).map((m) => m.meeting.title)).toEqual(['Hiring sync']);
    expect(afterCardText(day.meetings[2]!.afterCard!, t)).toBe('Missed: the card got no answer and closed itself.');

    // Muting the series from the skipped card explains the meeting once, as not asked.
    const source = services.calendar.sync.listSources()[0]!.id;
    services.settings.update({ coach: { ...services.settings.get().coach, mutedSeries: [{ key: `${source}|a@acme`, title: '1:1 with Sam' }] } });
    const muted = services.dayReview.forDay('2026-11-25').meetings[0]!;
    expect([muted.heldBack, muted.afterCard]).toEqual(['muted-series', null]);
  });

  it('a card that never appeared says why, in plain words', () => {
    expect(afterCardText({ kind: 'not-shown', reason: 'user-idle' }, t)).toBe('Missed: no card appeared while you were away from the computer.');
    expect(afterCardText({ kind: 'not-shown', reason: 'screen-shared' }, t)).toBe('Missed: no card appeared while your screen was being shared.');
    expect(afterCardText({ kind: 'later' }, t)).toBe('You chose to log it later.');
  });
});
