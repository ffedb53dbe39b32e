import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../support/fake-clock';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);

const ics = (name: string, events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tests//EN', `X-WR-CALNAME:${name}`, ...events, 'END:VCALENDAR', ''].join('\r\n');
const event = (uid: string, start: string, end: string, title: string, myAnswer = 'ACCEPTED', other = 'Sam Rivera:mailto:sam') =>
  [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261101T000000Z',
    `DTSTART;TZID=Europe/Berlin:${start}`,
    `DTEND;TZID=Europe/Berlin:${end}`,
    `SUMMARY:${title}`,
    `ORGANIZER;CN=${other}@acme.test`,
    `ATTENDEE;CN=Alex Morgan;PARTSTAT=${myAnswer}:mailto:alex@acme.test`,
    `ATTENDEE;CN=${other.replace(':', ';PARTSTAT=ACCEPTED:')}@acme.test`,
    'END:VEVENT',
  ].join('\r\n');

// Monday 23 November 2026, 08:00 in Berlin (UTC+1).
async function world() {
  const clock = new FakeClock('2026-11-23T07:00:00.000Z');
  return startServices(dir.path, { clock, timeZone: () => 'Europe/Berlin' });
}

const feed = (name: string) =>
  ics(name, [event('one@acme', '20261123T100000', '20261123T103000', '1:1 with Sam'), event('declined@acme', '20261123T140000', '20261123T150000', 'Budget sync', 'DECLINED')]);

describe('learning the user’s own addresses from a connected calendar', () => {
  it('a feed named after an address (as Google names them) teaches it, with the name: the declined meeting leaves, the user is nobody met', async () => {
    const { services, clock } = await world();
    // Earlier entries, written before Touchpoint knew who the user was, name the user.
    await services.moments.add({ kind: 'own', valence: 'helped', tags: ['listened'], people: ['Alex Morgan', 'Sam Rivera'], note: '', meeting: null, source: 'tray', occurredAt: '2026-11-20T09:00:00.000Z' });

    await services.calendar.sync.addSource({ kind: 'ics-file', name: 'alex@acme.test', text: feed('alex@acme.test') });

    expect(services.settings.get().meetingRules).toMatchObject({ userEmails: ['alex@acme.test'], userNames: ['Alex Morgan'] });
    const today = services.calendar.calendar.todaysMeetings(clock.now());
    expect(today.map((m) => m.title)).toEqual(['1:1 with Sam']);
    const people = await services.dispatch('people.suggest', { query: '', limit: 10 }, { window: 'main' });
    expect(people).toEqual({ ok: true, value: ['Sam Rivera'] });
    // Stored entries are not rewritten: the filter is applied when they are read.
    expect(services.moments.all()[0]!.people).toEqual(['Alex Morgan', 'Sam Rivera']);
    expect(services.insights.people().map((p) => p.name)).not.toContain('Alex Morgan');
    expect(services.insights.people().map((p) => p.name)).toContain('Sam Rivera');

    // Without the address (the user said it is not theirs), the declined meeting counts again.
    services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: [], userNames: [], notUserEmails: ['alex@acme.test'] } });
    expect(services.calendar.calendar.todaysMeetings(clock.now())).toHaveLength(2);
    expect(services.insights.people().map((p) => p.name)).toContain('Alex Morgan');
  });

  it('an address the user removed is neither learned nor suggested again', async () => {
    const { services } = await world();
    await services.calendar.sync.addSource({ kind: 'ics-file', name: 'alex@acme.test', text: feed('alex@acme.test') });
    const rules = services.settings.get().meetingRules;
    services.settings.update({ meetingRules: { ...rules, userEmails: [], notUserEmails: ['alex@acme.test'] } });
    expect(services.ownAddresses.learn()).toBe(false);
    expect(services.settings.get().meetingRules.userEmails).toEqual([]);
    expect(services.ownAddresses.suggestions()).toEqual([]);
  });

  it('a feed with a plain name only suggests the person on every meeting, for the user to confirm', async () => {
    const { services } = await world();
    const many = ics('Work', [
      event('a@acme', '20261123T100000', '20261123T103000', 'A'),
      event('b@acme', '20261124T100000', '20261124T103000', 'B', 'ACCEPTED', 'Priya Nair:mailto:priya'),
      event('c@acme', '20261125T100000', '20261125T103000', 'C', 'ACCEPTED', 'Lee Park:mailto:lee'),
    ]);
    await services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work', text: many });
    expect(services.settings.get().meetingRules.userEmails).toEqual([]);
    expect(services.ownAddresses.suggestions()).toEqual([{ email: 'alex@acme.test', name: 'Alex Morgan', reasons: ['organizer'], strong: false }]);

    // With only Sam on every meeting too, the calendar alone cannot tell which one is the user.
    await services.calendar.sync.removeSource(services.calendar.sync.listSources()[0]!.id);
    await services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work', text: ics('Work', [event('a@acme', '20261123T100000', '20261123T103000', 'A'), event('b@acme', '20261124T100000', '20261124T103000', 'B'), event('c@acme', '20261125T100000', '20261125T103000', 'C')]) });
    expect(services.ownAddresses.suggestions()).toEqual([]);
  });
});
