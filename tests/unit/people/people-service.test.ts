import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import { withMerge, withoutMerge } from '../../../shared/domain/person-aliases';
import { FakeClock } from '../../support/fake-clock';
import { meeting } from '../../support/coach';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);
const me = { email: 'me@acme.test', name: 'Alex Morgan', partstat: 'ACCEPTED' };
const withPeople = (m: Meeting, title: string, people: { email: string; name: string | null; partstat?: string }[]): Meeting => ({
  ...m,
  title,
  attendees: [me, ...people.map((p) => ({ partstat: 'ACCEPTED', ...p }))],
});

// Wednesday 25 November 2026, 11:00 in Berlin.
const oneOnOne = withPeople(meeting('A', '2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z'), '1:1 with Sam', [{ email: 'sam.rivera@acme.test', name: null }]);
const monday = withPeople(meeting('B', '2026-11-23T13:00:00Z', '2026-11-23T14:00:00Z'), 'Roadmap', [
  { email: 'priya@acme.test', name: 'Priya Nair' },
  { email: 'jordan@acme.test', name: 'Jordan Ellis', partstat: 'DECLINED' },
]);
const friday = withPeople(meeting('C', '2026-11-27T13:00:00Z', '2026-11-27T14:00:00Z'), 'Hiring', [{ email: 'taylor@acme.test', name: 'Taylor Kim' }]);
const lastWeek = withPeople(meeting('D', '2026-11-18T13:00:00Z', '2026-11-18T14:00:00Z'), 'Old', [{ email: 'casey@acme.test', name: 'Casey Wu' }]);

async function peopleWorld() {
  const clock = new FakeClock('2026-11-25T10:00:00.000Z');
  const world = await startServices(dir.path, { clock, meetingsOverride: () => [lastWeek, monday, oneOnOne, friday], timeZone: () => 'Europe/Berlin' });
  const { services } = world;
  services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  const add = (occurredAt: string, people: string[]) => services.moments.add({ kind: 'own', valence: 'helped', tags: [], people, note: '', meeting: null, source: 'tray', occurredAt });
  await add('2026-11-10T09:00:00.000Z', ['Sam']);
  await add('2026-11-11T09:00:00.000Z', ['Zoe Park', 'Alex Morgan']);
  await add('2026-11-12T09:00:00.000Z', ['Sammy']);
  return world;
}

describe('names suggested while typing', () => {
  it('the meeting’s attendees first, then people from this week’s meetings (nearest first), then earlier entries; never the user, never a declined attendee', async () => {
    const { services } = await peopleWorld();
    expect(services.people.suggest('', 8, 'A')).toEqual(['Sam Rivera', 'Priya Nair', 'Taylor Kim', 'Sammy', 'Zoe Park']);
    // Without a meeting (a hallway moment): this week's people first.
    expect(services.people.suggest('', 3)).toEqual(['Sam Rivera', 'Priya Nair', 'Taylor Kim']);
  });

  it('a first name typed finds the attendee’s full name, once: the earlier "Sam" is the same person', async () => {
    const { services } = await peopleWorld();
    expect(services.people.suggest('sa', 8, 'A')).toEqual(['Sam Rivera', 'Sammy']);
    expect(services.people.suggest('riv', 8)).toEqual(['Sam Rivera']);
    const reply = await services.dispatch('people.suggest', { query: 'Sam', meetingId: 'A' }, { window: 'main' });
    expect(reply).toEqual({ ok: true, value: ['Sam Rivera', 'Sammy'] });
  });
});

describe('a merge shows in insights and on the person page, and undoing it gives the names back', () => {
  it('merges "Sammy" into Sam Rivera', async () => {
    const { services } = await peopleWorld();
    await services.followUps.add({ text: 'Send Sammy the notes', person: 'Sammy', repair: false }, { kind: 'manual', id: null });
    const names = () => services.insights.people().map((p) => [p.name, p.moments]);
    expect(names()).toEqual(expect.arrayContaining([['Sam Rivera', 1], ['Sammy', 1]]));
    expect(services.personPages.page('Sam Rivera', 50).followUps).toEqual([]);

    services.settings.update({ people: { aliases: withMerge([], 'Sammy', 'Sam Rivera') } });
    expect(names()).toEqual(expect.arrayContaining([['Sam Rivera', 2]]));
    expect(names().map(([n]) => n)).not.toContain('Sammy');
    const page = services.personPages.page('Sam Rivera', 50);
    expect(page.history.total).toBe(2);
    expect(page.followUps.map((f) => f.text)).toEqual(['Send Sammy the notes']);
    // Any spelling opens the same person's page.
    expect([services.personPages.page('Sammy', 50), services.personPages.page('sam', 50)].map((p) => [p.asked, p.history.name, p.history.total])).toEqual([
      ['Sammy', 'Sam Rivera', 2],
      ['sam', 'Sam Rivera', 2],
    ]);
    // The entries themselves still say what was written.
    expect(services.moments.all().flatMap((m) => m.people)).toContain('Sammy');

    services.settings.update({ people: { aliases: withoutMerge(services.settings.get().people.aliases, 'Sammy') } });
    expect(names()).toEqual(expect.arrayContaining([['Sam Rivera', 1], ['Sammy', 1]]));
  });
});
