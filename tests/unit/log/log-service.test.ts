import { describe, expect, it } from 'vitest';
import type { LogEntry, LogQuery } from '../../../shared/domain/log';
import { LogQuerySchema } from '../../../shared/domain/log';
import type { EventListener } from '../../../electron/services/events';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);

const describeEntry = (e: LogEntry): string => {
  switch (e.kind) {
    case 'moment':
      return `${e.moment.kind}:${e.moment.note}`;
    case 'intention':
      return `intention:${e.meeting.title}`;
    case 'review':
      return `review:${e.review.day}`;
    case 'follow-up':
      return `follow-up:${e.followUp.text}`;
    case 'note':
      return `note:${e.note.text}`;
  }
};

async function seeded() {
  const world = await startServices(dir.path);
  const { services, clock } = world;
  const at = (iso: string) => clock.set(iso);
  at('2026-11-16T09:00:00.000Z');
  await services.moments.add({ kind: 'own', valence: 'helped', tags: ['recognised'], people: ['Sam Rivera'], note: 'Thanked Sam for the release notes', meeting: null, source: 'tray' });
  at('2026-11-17T10:00:00.000Z');
  const meeting = { id: 'standup-17', title: 'Team standup', start: '2026-11-17T09:30:00.000Z', end: '2026-11-17T09:45:00.000Z', attendees: [{ name: 'Priya Nair', email: 'priya@acme.test' }] };
  await services.checkIns.record({ kind: 'before', promptId: 'before:standup-17', source: 'prompt', intentionFor: { meeting, intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null });
  at('2026-11-17T10:05:00.000Z');
  await services.checkIns.record({ kind: 'after', promptId: 'after:standup-17', source: 'prompt', intentionFor: null, reflectionOn: { meeting, kept: 'no', moment: { valence: 'harmed', tags: ['interrupting'], people: ['Priya Nair'], note: 'Interrupted Priya about the deadline' }, followUp: { text: 'Ask Priya to finish her point', person: 'Priya Nair', repair: true } } });
  at('2026-11-18T16:00:00.000Z');
  await services.moments.add({ kind: 'witnessed', valence: 'harmed', tags: ['sarcasm'], people: ['Jordan'], note: 'Sarcastic reply to a new joiner', meeting: null, source: 'tray' });
  await services.notes.add({ text: 'Budget talks next week: stay curious' });
  await services.reviews.save({ day: '2026-11-18', answers: [{ promptId: 'proudest', answer: 'Staying calm in the budget meeting' }], mood: 4, energy: 3, tomorrowIntention: null, complete: true });
  const q = (query: LogQuery) => services.log.query(LogQuerySchema.parse(query));
  return { ...world, q };
}

describe('LogService', () => {
  it('an intention set after moments about its meeting were logged shows on those moments only', async () => {
    const { services, clock } = await startServices(dir.path);
    const q = (query: LogQuery) => services.log.query(LogQuerySchema.parse(query));
    const meeting = (id: string, title: string) => ({ id, title, start: '2026-11-17T09:30:00.000Z', end: '2026-11-17T09:45:00.000Z', attendees: [{ name: 'Priya Nair', email: 'priya@acme.test' }] });
    const reflect = (m: ReturnType<typeof meeting>, note: string) =>
      services.checkIns.record({ kind: 'after', promptId: `after:${m.id}`, source: 'prompt', intentionFor: null, reflectionOn: { meeting: m, kept: null, moment: { valence: 'helped', tags: ['listened'], people: ['Priya Nair'], note }, followUp: null } });
    clock.set('2026-11-17T10:00:00.000Z');
    await reflect(meeting('standup-17', 'Team standup'), 'Let Priya finish');
    await reflect(meeting('design-17', 'Design review'), 'Asked for the quiet voices');
    const intentions = () => Object.fromEntries(q({}).entries.flatMap((e) => (e.kind === 'moment' ? [[e.moment.note, e.intention]] : [])));
    expect(intentions()).toEqual({ 'Let Priya finish': null, 'Asked for the quiet voices': null });

    // Filled in later (from the review): the standup's intention reaches the standup's moment.
    clock.set('2026-11-17T18:00:00.000Z');
    await services.checkIns.record({ kind: 'before', promptId: 'before:standup-17', source: 'review', intentionFor: { meeting: meeting('standup-17', 'Team standup'), intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null });
    expect(intentions()).toEqual({ 'Let Priya finish': { type: 'chip', id: 'listen-first' }, 'Asked for the quiet voices': null });
  });

  it('lists every kind of entry newest first, moments with their check-in’s intention and answer', async () => {
    const { q } = await seeded();
    const page = q({});
    expect(page.entries.map(describeEntry)).toEqual([
      'review:2026-11-18',
      'note:Budget talks next week: stay curious',
      'witnessed:Sarcastic reply to a new joiner',
      'follow-up:Ask Priya to finish her point',
      'intention:Team standup',
      'own:Interrupted Priya about the deadline',
      'own:Thanked Sam for the release notes',
    ]);
    const reflected = page.entries.find((e) => e.kind === 'moment' && e.moment.valence === 'harmed' && e.moment.kind === 'own');
    expect(reflected).toMatchObject({ kept: 'no', intention: { type: 'chip', id: 'listen-first' }, moment: { meeting: { title: 'Team standup' } } });
    expect(page.total).toBe(7);
  });

  it('searches as you type: word beginnings, any case and accents, several words, names and behaviour labels', async () => {
    const { q, services } = await seeded();
    await services.log.searchReady();
    const found = (text: string) => q({ text }).entries.map(describeEntry);
    expect(q({ text: 'deadl' }).search).toBe('index');
    expect(found('deadl')).toEqual(['own:Interrupted Priya about the deadline']);
    expect(found('DEADLINE')).toEqual(['own:Interrupted Priya about the deadline']);
    expect(found('príya deadl')).toEqual(['own:Interrupted Priya about the deadline']);
    expect(found('priya finish')).toEqual(['follow-up:Ask Priya to finish her point']);
    expect(found('recognised')).toEqual(['own:Thanked Sam for the release notes']);
    expect(found('budget')).toEqual(['review:2026-11-18', 'note:Budget talks next week: stay curious']);
    expect(found('zebra')).toEqual([]);
  });

  it('filters by kind, outcome, behaviour, person, meeting and date range, and counts matches', async () => {
    const { q } = await seeded();
    const names = (query: LogQuery) => q(query).entries.map(describeEntry);
    expect(names({ kinds: ['witnessed'] })).toEqual(['witnessed:Sarcastic reply to a new joiner']);
    expect(names({ kinds: ['own'], valence: 'harmed' })).toEqual(['own:Interrupted Priya about the deadline']);
    expect(names({ tag: 'recognised' })).toEqual(['own:Thanked Sam for the release notes']);
    expect(names({ person: 'priya' })).toEqual(['follow-up:Ask Priya to finish her point', 'intention:Team standup', 'own:Interrupted Priya about the deadline']);
    expect(names({ meeting: 'standup' })).toEqual(['intention:Team standup', 'own:Interrupted Priya about the deadline']);
    expect(names({ from: '2026-11-17', to: '2026-11-17' })).toEqual(['follow-up:Ask Priya to finish her point', 'intention:Team standup', 'own:Interrupted Priya about the deadline']);
    expect(q({ valence: 'harmed' }).total).toBe(2);
  });

  it('while the search is still reading the log, it already finds word beginnings; changes made meanwhile are found', async () => {
    const { LogService } = await import('../../../electron/services/log/log-service');
    const { services } = await seeded();
    for (let i = 0; i < 12; i++) await services.notes.add({ text: `Weekly sync ${i}` });
    const listeners: EventListener[] = [];
    // Yielding after every entry keeps the reading under way for the queries below.
    const log = new LogService({ ...services, timeZone: () => 'Europe/Berlin', listen: (l) => (listeners.push(l), () => undefined), adoptions: () => undefined, searchYield: () => true });
    const query = (text: string) => log.query(LogQuerySchema.parse({ text }));
    expect(query('deadl')).toMatchObject({ search: 'index', total: 1 });
    expect(query('weekly sync')).toMatchObject({ total: 12 });
    const note = await services.notes.add({ text: 'Quarterly planning offsite' });
    for (const l of listeners) l('log.changed', { kind: 'note', id: note.id, at: note.createdAt });
    expect(query('offsi')).toMatchObject({ total: 1 });
    await log.searchReady();
    expect(query('offsi')).toMatchObject({ search: 'index', total: 1 });
    expect(query('deadl')).toMatchObject({ total: 1 });
    expect(query('weekly sync 1')).toMatchObject({ total: 3 }); // 1, 10 and 11
  });

  it('history loaded month by month after start-up gives the same log and searches as reading it all at once', async () => {
    const { LogService } = await import('../../../electron/services/log/log-service');
    const first = await startServices(dir.path);
    const { services, clock } = first;
    const meeting = { id: 'roadmap-x', title: 'Roadmap review', start: '2026-06-10T09:00:00.000Z', end: '2026-06-10T10:00:00.000Z', attendees: [{ name: 'Ada Lovelace', email: 'ada@acme.test' }] };
    // Two intentions for one meeting in different months (the later one counts), months before the moment about it.
    clock.set('2026-02-01T08:00:00.000Z');
    await services.checkIns.record({ kind: 'before', promptId: 'before:roadmap-x', source: 'prompt', intentionFor: { meeting, intention: { type: 'chip', id: 'listen-first' } }, reflectionOn: null });
    clock.set('2026-03-01T08:00:00.000Z');
    await services.checkIns.record({ kind: 'before', promptId: 'before:roadmap-x', source: 'log-later', intentionFor: { meeting, intention: { type: 'own', text: 'Ask Ada first' } }, reflectionOn: null });
    for (const [i, month] of ['2026-01', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'].entries()) {
      clock.set(`${month}-15T10:00:00.000Z`);
      await services.moments.add({ kind: 'own', valence: i % 2 ? 'helped' : 'harmed', tags: ['listened'], people: ['Ada Lovelace'], note: `Roadmap talk ${month}`, meeting: { occurrenceId: meeting.id, title: meeting.title, start: meeting.start }, source: 'tray' });
      await services.notes.add({ text: `Budget note ${month}` });
      await services.checkIns.record({ kind: 'after', promptId: `after:${month}`, source: 'prompt', intentionFor: null, reflectionOn: { meeting, kept: 'partly', moment: { valence: 'helped', tags: ['recognised'], people: ['Ada Lovelace'], note: `Thanked Ada ${month}` }, followUp: null } });
    }
    await services.reviews.save({ day: '2026-09-15', answers: [{ promptId: 'proudest', answer: 'Budget calm' }], mood: 4, energy: 3, tomorrowIntention: null, complete: true });
    await closeAllServices();

    // Reopened, the newest months come first and the rest are taken in as they load.
    const { services: reopened } = await startServices(dir.path);
    await reopened.whenLoaded();
    await reopened.log.searchReady();
    const atOnce = new LogService({ ...reopened, directory: () => reopened.people.directory(), timeZone: () => 'Europe/Berlin', listen: () => () => undefined, adoptions: () => undefined });
    await atOnce.searchReady();
    for (const text of ['', 'roadmap', 'budg', 'thanked ada', 'ask ada', 'listen', 'intention']) {
      const query = LogQuerySchema.parse({ text, limit: 500 });
      const loaded = reopened.log.query(query);
      expect(loaded.total).toBeGreaterThan(0);
      expect(loaded).toEqual(atOnce.query(query));
    }
    const moments = reopened.log.query(LogQuerySchema.parse({ text: 'roadmap talk', limit: 500 })).entries;
    expect(moments).toHaveLength(7);
    for (const entry of moments) expect(entry).toMatchObject({ intention: { type: 'own', text: 'Ask Ada first' } });
  });

  it('pages with a cursor and follows every change live, in the list and in the search index', async () => {
    const { q, services } = await seeded();
    await services.log.searchReady();
    const first = q({ limit: 3 });
    const second = q({ limit: 3, before: first.nextCursor! });
    const third = q({ limit: 3, before: second.nextCursor! });
    expect([...first.entries, ...second.entries, ...third.entries].map((e) => e.key)).toEqual(q({}).entries.map((e) => e.key));
    expect(third.nextCursor).toBeNull();

    const [note] = services.notes.all();
    await services.notes.update(note!.id, { text: 'Hiring plan: ask the team first' });
    expect(q({ text: 'budget' }).entries.map(describeEntry)).toEqual(['review:2026-11-18']);
    expect(q({ text: 'hiring' }).entries.map(describeEntry)).toEqual(['note:Hiring plan: ask the team first']);
    const [followUp] = services.followUps.all();
    await services.followUps.setStatus(followUp!.id, 'done');
    expect(q({ kinds: ['follow-up'] }).entries[0]).toMatchObject({ followUp: { status: 'done' } });
    const moment = services.moments.all().find((m) => m.note.startsWith('Thanked'))!;
    await services.moments.remove(moment.id);
    expect(q({ text: 'thanked' }).total).toBe(0);
    expect(q({}).total).toBe(6);
  });
});
