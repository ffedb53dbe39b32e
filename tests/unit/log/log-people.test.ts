import { describe, expect, it } from 'vitest';
import type { LogEntry, LogQuery } from '../../../shared/domain/log';
import { LogQuerySchema } from '../../../shared/domain/log';
import { buildPeopleDirectory, type PeopleDirectory } from '../../../shared/domain/people-directory';
import { withMerge, withoutMerge } from '../../../shared/domain/person-aliases';
import { selfMatcher } from '../../../shared/domain/self';
import { LogService } from '../../../electron/services/log/log-service';
import { meeting } from '../../support/coach';
import { FakeClock } from '../../support/fake-clock';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);

const oneOnOne = {
  ...meeting('A', '2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z'),
  title: '1:1 with Sam',
  attendees: [
    { email: 'me@acme.test', name: 'Alex Morgan', partstat: 'ACCEPTED' },
    { email: 'sam.rivera@acme.test', name: 'Sam Rivera', partstat: 'ACCEPTED' },
  ],
};

const notes = (page: { entries: LogEntry[] }) => page.entries.map((e) => (e.kind === 'moment' ? e.moment.note : e.kind));

async function logWorld() {
  const clock = new FakeClock('2026-11-25T10:00:00.000Z');
  const world = await startServices(dir.path, { clock, meetingsOverride: () => [oneOnOne], timeZone: () => 'Europe/Berlin' });
  const { services } = world;
  const add = (occurredAt: string, people: string[], note: string) => services.moments.add({ kind: 'own', valence: 'helped', tags: [], people, note, meeting: null, source: 'tray', occurredAt });
  await add('2026-11-10T09:00:00.000Z', ['Sam'], 'Let Sam finish');
  await add('2026-11-11T09:00:00.000Z', ['Sammy', 'Priya Nair'], 'Asked Sammy about the move');
  await add('2026-11-12T09:00:00.000Z', ['Sam Rivera'], 'Thanked Sam for the demo');
  const q = (query: LogQuery) => services.log.query(LogQuerySchema.parse(query));
  return { ...world, q };
}

describe('the reflection log reads names as people', () => {
  it('the person filter finds every spelling of one person: the calendar’s name at once, a merged name after the merge, not after its undo', async () => {
    const { services, q } = await logWorld();
    expect(notes(q({ person: 'Sam Rivera' }))).toEqual(['Thanked Sam for the demo', 'Let Sam finish']);
    services.settings.update({ people: { aliases: withMerge([], 'Sammy', 'Sam Rivera') } });
    expect(notes(q({ person: 'sam rivera' }))).toEqual(['Thanked Sam for the demo', 'Asked Sammy about the move', 'Let Sam finish']);
    // The name as written still finds its own entries.
    expect(notes(q({ person: 'Sammy' }))).toEqual(['Asked Sammy about the move']);
    expect(notes(q({ person: 'Priya' }))).toEqual(['Asked Sammy about the move']);
    services.settings.update({ people: { aliases: withoutMerge(services.settings.get().people.aliases, 'Sammy') } });
    expect(notes(q({ person: 'Sam Rivera' }))).toEqual(['Thanked Sam for the demo', 'Let Sam finish']);
  });

  it('rows show who each written name means, in the order written, and keep the names as written', async () => {
    const { services, q } = await logWorld();
    services.settings.update({ people: { aliases: withMerge([], 'Sammy', 'Sam Rivera') } });
    const rows = q({ kinds: ['own'] }).entries.filter((e) => e.kind === 'moment');
    expect(rows.map((e) => [e.moment.people, e.people])).toEqual([
      [['Sam Rivera'], ['Sam Rivera']],
      [['Sammy', 'Priya Nair'], ['Sam Rivera', 'Priya Nair']],
      [['Sam'], ['Sam Rivera']],
    ]);
    // Stored entries are not rewritten.
    expect(services.moments.all().map((m) => m.people)).toEqual([['Sam Rivera'], ['Sammy', 'Priya Nair'], ['Sam']]);
  });

  it('a person filter asks who a name means once per distinct name, however many rows carry it', async () => {
    const { services } = await logWorld();
    for (let i = 0; i < 200; i++) await services.moments.add({ kind: 'own', valence: 'helped', tags: [], people: [i % 2 ? 'Sam' : 'Priya Nair'], note: `m${i}`, meeting: null, source: 'tray', occurredAt: '2026-11-13T09:00:00.000Z' });
    const real = buildPeopleDirectory({ attendees: oneOnOne.attendees, aliases: [], self: selfMatcher(services.settings.get().meetingRules) });
    const asked: string[] = [];
    const counting: PeopleDirectory = { ...real, canonical: (name) => (asked.push(name), real.canonical(name)) };
    const log = new LogService({ ...services, directory: () => counting, timeZone: () => 'Europe/Berlin', listen: () => () => undefined, adoptions: () => undefined });
    const page = log.query(LogQuerySchema.parse({ person: 'Sam Rivera', limit: 500 }));
    expect(page.total).toBe(102); // 100 "Sam" plus "Let Sam finish" and "Thanked Sam for the demo"
    // Matching by the name as written needs no resolution; every other name is resolved once for the filter, then once per row shown.
    const forFilter = asked.length - page.entries.length;
    expect(new Set(asked.slice(0, forFilter)).size).toBe(forFilter);
    expect(forFilter).toBeLessThanOrEqual(4);
  });
});
