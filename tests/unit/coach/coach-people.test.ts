import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import { withMerge } from '../../../shared/domain/person-aliases';
import { FakeClock } from '../../support/fake-clock';
import { FakeScheduler, meeting } from '../../support/coach';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);
const me = { email: 'me@acme.test', name: 'Me', partstat: 'ACCEPTED' };
// Monday 13 July 2026 in Berlin: this 1:1's invitation calls Sam by a first name; the week's planning meeting by the full name.
const oneOnOne: Meeting = { ...meeting('A', '2026-07-13T08:00:00Z', '2026-07-13T08:30:00Z'), title: '1:1 with Sam', attendees: [me, { email: 'sam.rivera@acme.test', name: 'Sam', partstat: 'ACCEPTED' }] };
const planning: Meeting = { ...meeting('P', '2026-07-14T08:00:00Z', '2026-07-14T09:00:00Z'), title: 'Planning', attendees: [me, { email: 'Sam.Rivera@acme.test', name: 'Sam Rivera', partstat: 'ACCEPTED' }] };

async function coachWorld() {
  const clock = new FakeClock('2026-07-13T07:00:00Z');
  const scheduler = new FakeScheduler(clock);
  const world = await startServices(dir.path, { clock, scheduler, meetingsOverride: () => [oneOnOne, planning], timeZone: () => 'Europe/Berlin' });
  world.services.settings.update({ meetingRules: { ...world.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  world.services.coach.start();
  return { ...world, scheduler };
}

describe('cards name people as the directory does', () => {
  it('attendee names, "Last time with them" and the pre-filled people use one name per address and follow merges', async () => {
    const { services, scheduler } = await coachWorld();
    await services.moments.add({ kind: 'own', valence: 'harmed', tags: ['rushed'], people: ['Sammy'], note: 'Rushed Sammy through the handover', meeting: null, source: 'tray', occurredAt: '2026-07-10T09:00:00.000Z' });
    services.settings.update({ people: { aliases: withMerge([], 'Sammy', 'Sam Rivera') } });
    scheduler.runUntil('2026-07-13T07:58:30Z');
    const before = services.coach.currentView()!;
    expect(before.prompt.id).toBe('before:A');
    expect(before.attendeeNames).toEqual(['Sam Rivera']);
    expect(before.lastTime).toEqual([{ person: 'Sam Rivera', moments: [expect.objectContaining({ note: 'Rushed Sammy through the handover' }) as unknown] }]);
    await services.coach.answer({ promptId: 'before:A', intention: { type: 'chip', id: 'listen-first' }, reflection: null });
    scheduler.runUntil('2026-07-13T08:30:30Z');
    const after = services.coach.currentView()!;
    expect(after.prompt.id).toBe('after:A');
    expect(after.suggestedPeople).toEqual(['Sam Rivera']);
  });
});
