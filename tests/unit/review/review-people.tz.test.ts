import { describe, expect, it } from 'vitest';
import { withMerge, withoutMerge } from '../../../shared/domain/person-aliases';
import { FakeClock } from '../../support/fake-clock';
import { closeAllServices, startServices } from '../../support/services';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest(closeAllServices);

const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//tests//EN',
  'BEGIN:VEVENT',
  'UID:a@acme',
  'DTSTAMP:20261101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20261125T100000',
  'DTEND;TZID=Europe/Berlin:20261125T103000',
  'SUMMARY:1:1 with Sam',
  'ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@acme.test',
  'ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam@acme.test',
  'ATTENDEE;CN=Priya Nair;PARTSTAT=ACCEPTED:mailto:priya@acme.test',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('the review’s meeting rows name people as the directory does', () => {
  it('an attendee merged into another name shows under that name, and under the calendar’s again after the undo', async () => {
    // Wednesday 25 November 2026, 18:00 in Berlin.
    const clock = new FakeClock('2026-11-25T17:00:00.000Z');
    const { services } = await startServices(dir.path, { clock, timeZone: () => 'Europe/Berlin' });
    services.settings.update({ meetingRules: { ...services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
    await services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work', text: ics });
    const people = () => services.dayReview.forDay('2026-11-25').meetings.map((m) => m.people);
    expect(people()).toEqual([['Sam Rivera', 'Priya Nair']]);
    services.settings.update({ people: { aliases: withMerge([], 'Sam Rivera', 'Samantha Rivera') } });
    expect(people()).toEqual([['Samantha Rivera', 'Priya Nair']]);
    services.settings.update({ people: { aliases: withoutMerge(services.settings.get().people.aliases, 'Sam Rivera') } });
    expect(people()).toEqual([['Sam Rivera', 'Priya Nair']]);
  });
});
