import { describe, expect, it } from 'vitest';
import type { StoredOutcome } from '../../../electron/services/coach/coach-service';
import { FakeClock } from '../../support/fake-clock';
import { FakeScheduler } from '../../support/coach';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

// Monday 13 July 2026 in Berlin (UTC+2): a 1:1 from 10:00 to 10:30, from a real calendar import.
const calendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Touchpoint tests//EN',
  'BEGIN:VEVENT',
  'UID:one@acme',
  'DTSTAMP:20260701T000000Z',
  'DTSTART;TZID=Europe/Berlin:20260713T100000',
  'DTEND;TZID=Europe/Berlin:20260713T103000',
  'SUMMARY:1:1 with Sam',
  'ORGANIZER;CN=Sam Rivera:mailto:sam@acme.test',
  'ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@acme.test',
  'ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam@acme.test',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const harmedWithRepair = {
  intention: null,
  reflection: {
    kept: null,
    moment: { valence: 'harmed' as const, tags: ['interrupting' as const], people: ['Sam Rivera'], note: 'Talked over Sam' },
    followUp: { text: 'Apologise to Sam', person: 'Sam Rivera', repair: true },
  },
};

const dir = tempFolderPerTest(closeAllServices);

async function afterCardOpen() {
  const clock = new FakeClock('2026-07-13T07:00:00Z');
  const scheduler = new FakeScheduler(clock);
  const world = await startServices(dir.path, { clock, scheduler, timeZone: () => 'Europe/Berlin' });
  world.services.settings.update({ meetingRules: { ...world.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  await world.services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work export', text: calendar });
  world.services.coach.start();
  scheduler.runUntil('2026-07-13T08:30:30Z');
  const promptId = world.services.coach.currentView()!.prompt.id;
  expect(promptId).toMatch(/^after:/);
  const answer = { ...harmedWithRepair, promptId };
  const outcomes = () => [...world.services.store.collection<StoredOutcome>('prompt-outcomes').values()].filter((o) => o.promptId === promptId).map((o) => o.outcome);
  const reviewStatus = () => world.services.dayReview.forDay('2026-07-13').meetings.map((m) => m.status);
  return { ...world, clock, scheduler, promptId, answer, outcomes, reviewStatus };
}

describe('Undo after answering a check-in card', () => {
  it('takes back the check-in, its moment and its follow-up, opens the card again, and the review counts the meeting as not answered', async () => {
    const { services, clock, shellCalls, promptId, answer, outcomes, reviewStatus } = await afterCardOpen();
    const answered = await services.coach.answer(answer);
    expect(answered.undoUntil).toBe('2026-07-13T08:30:38.000Z');
    expect(services.coach.currentView()).toBeNull();
    // The popup stays up for the confirmation.
    expect(shellCalls.at(-1)).toBe('popup.show:check-in:quiet');
    expect([services.checkIns.all().length, services.moments.all().length, services.followUps.all().length]).toEqual([1, 1, 1]);
    expect(reviewStatus()).toEqual(['reflected']);

    clock.advance(3000);
    const reply = await services.dispatch('coach.undoAnswer', { promptId }, { window: 'popup' });
    expect(reply).toEqual({ ok: true, value: null });
    expect([services.checkIns.all().length, services.moments.all().length, services.followUps.all().length]).toEqual([0, 0, 0]);
    expect(outcomes()).toEqual([]);
    expect(services.coach.currentView()?.prompt.id).toBe(promptId);
    expect(reviewStatus()).toEqual(['unlogged']);

    // The card is open and answerable again; this answer stands.
    clock.advance(60_000);
    await services.coach.answer({ ...answer, reflection: { ...harmedWithRepair.reflection, followUp: null } });
    expect([services.checkIns.all().length, services.moments.all().length, services.followUps.all().length]).toEqual([1, 1, 0]);
    expect(outcomes()).toEqual(['answered']);
    expect(reviewStatus()).toEqual(['reflected']);
  });

  it('undo twice is harmless: the second changes nothing', async () => {
    const { services, promptId, answer, outcomes } = await afterCardOpen();
    await services.coach.answer(answer);
    await services.coach.undoAnswer(promptId);
    await services.coach.undoAnswer(promptId);
    expect(services.coach.currentView()?.prompt.id).toBe(promptId);
    expect([services.checkIns.all().length, services.moments.all().length, outcomes()]).toEqual([0, 0, []]);
  });

  it('undo once its few seconds are over is refused with a plain message, and the answer stays', async () => {
    const { services, clock, promptId, answer, outcomes, reviewStatus } = await afterCardOpen();
    await services.coach.answer(answer);
    clock.advance(8001);
    const reply = await services.dispatch('coach.undoAnswer', { promptId }, { window: 'popup' });
    expect(reply).toEqual({ ok: false, error: { code: 'conflict', message: 'It is too late to undo this check-in. You can edit or delete it in your reflection log.' } });
    expect([services.checkIns.all().length, services.moments.all().length, services.followUps.all().length]).toEqual([1, 1, 1]);
    expect(outcomes()).toEqual(['answered']);
    expect(services.coach.currentView()).toBeNull();
    expect(reviewStatus()).toEqual(['reflected']);
  });

  it('the popup closes when the confirmation is done; a card never answered has nothing to undo', async () => {
    const { services, shellCalls, promptId, answer } = await afterCardOpen();
    const nothing = await services.dispatch('coach.undoAnswer', { promptId: promptId.replace('after:', 'before:') }, { window: 'popup' });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await services.coach.answer(answer);
    await services.dispatch('windows.closePopup', {}, { window: 'popup' });
    expect(shellCalls.at(-1)).toBe('popup.hide');
  });
});
