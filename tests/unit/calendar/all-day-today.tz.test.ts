import { describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../../shared/contract/index';
import { icsCalendar } from '../../e2e/support/ics-feed';
import { FakeClock } from '../../support/fake-clock';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);

// Monday 23 November 2026, 08:00 in Berlin. Runs under five process zones: the user's zone decides the day.
const WEEK = icsCalendar('Work', [
  { uid: 'ooo@acme', title: 'Priya out of office', start: '2026-11-23', end: '2026-11-24', allDay: true },
  { uid: 'trip@acme', title: 'Offsite in Lisbon', start: '2026-11-22', end: '2026-11-25', allDay: true },
  { uid: 'tomorrow@acme', title: 'Public holiday', start: '2026-11-24', end: '2026-11-25', allDay: true },
  { uid: 'skip@acme', title: 'Conference (not going)', start: '2026-11-23', end: '2026-11-24', allDay: true, myAnswer: 'DECLINED' },
  { uid: 'sam@acme', title: '1:1 with Sam', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z', attendees: [{ email: 'sam@acme.test', name: 'Sam Rivera' }] },
]);

type Day = CommandOutput<'calendar.day'>;

async function dayOf(services: Awaited<ReturnType<typeof world>>['services'], day?: string): Promise<Day> {
  const result = await services.dispatch('calendar.day', day ? { day } : {}, { window: 'main' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Day;
}

async function world() {
  const clock = new FakeClock('2026-11-23T07:00:00.000Z');
  const started = await startServices(dir.path, { clock, timeZone: () => 'Europe/Berlin' });
  const rules = started.services.settings.get().meetingRules;
  started.services.settings.update({ meetingRules: { ...rules, userEmails: ['me@acme.test'] } });
  await started.services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work', text: WEEK });
  return started;
}

describe('all-day events on Today', () => {
  it('lists the day’s all-day events apart from its meetings, and none of them becomes a meeting (so no card)', async () => {
    const { services, clock } = await world();
    const day = { value: await dayOf(services) };
    expect(day.value.day).toBe('2026-11-23');
    expect(day.value.allDay.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Offsite in Lisbon', '2026-11-22', '2026-11-25'],
      ['Priya out of office', '2026-11-23', '2026-11-24'],
    ]);
    expect(day.value.meetings.map((m) => m.title)).toEqual(['1:1 with Sam']);
    // The coach plans its cards from the meetings only.
    expect(services.calendar.calendar.todaysMeetings(clock.now()).map((m) => m.title)).toEqual(['1:1 with Sam']);
  });

  it('another day shows that day’s all-day events (the end day is not included)', async () => {
    const { services } = await world();
    const tuesday = { value: await dayOf(services, '2026-11-24') };
    expect(tuesday.value.allDay.map((e) => e.title)).toEqual(['Offsite in Lisbon', 'Public holiday']);
    const thursday = { value: await dayOf(services, '2026-11-26') };
    expect(thursday.value.allDay).toEqual([]);
  });
});
