import type { Harness } from './harness';

const event = (uid: string, start: string, end: string, title: string) =>
  [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261101T000000Z',
    `DTSTART;TZID=Europe/Berlin:${start}`,
    `DTEND;TZID=Europe/Berlin:${end}`,
    `SUMMARY:${title}`,
    'ORGANIZER;CN=Robin Manager:mailto:me@acme.test',
    'ATTENDEE;CN=Robin Manager;PARTSTAT=ACCEPTED:mailto:me@acme.test',
    'ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam@acme.test',
    'ATTENDEE;CN=Priya Nair;PARTSTAT=ACCEPTED:mailto:priya@acme.test',
    'END:VEVENT',
  ].join('\r\n');

/** An ICS export with a few meetings on Wednesday 25 November 2026 (Berlin). */
export const WEDNESDAY_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Touchpoint e2e//EN',
  event('standup@acme', '20261125T093000', '20261125T094500', 'Team standup'),
  event('sam@acme', '20261125T100000', '20261125T103000', '1:1 with Sam'),
  event('roadmap@acme', '20261125T140000', '20261125T150000', 'Roadmap review'),
  'END:VCALENDAR',
  '',
].join('\r\n');

/** The user's own address, and the calendar above imported as a source. */
export async function seedCalendar(harness: Harness): Promise<void> {
  harness.services.settings.update({ meetingRules: { ...harness.services.settings.get().meetingRules, userEmails: ['me@acme.test'] } });
  await harness.services.calendar.sync.addSource({ kind: 'ics-file', name: 'Work calendar', text: WEDNESDAY_ICS });
}

/** A week of the log: moments (own and witnessed), a repair follow-up, a note and a review; then 21 November. */
export async function seedLog(harness: Harness): Promise<void> {
  const s = harness.services;
  await harness.setTime('2026-11-16T09:00:00.000Z');
  await s.moments.add({ kind: 'own', valence: 'helped', tags: ['recognised'], people: ['Sam Rivera'], note: 'Thanked Sam for the release notes', meeting: null, source: 'tray' });
  await harness.setTime('2026-11-17T10:05:00.000Z');
  await s.moments.add({ kind: 'own', valence: 'harmed', tags: ['interrupting'], people: ['Priya Nair'], note: 'Interrupted Priya about the deadline', meeting: null, source: 'tray' });
  await s.followUps.add({ text: 'Ask Priya to finish her point', person: 'Priya Nair', repair: true }, { kind: 'manual', id: null });
  await harness.setTime('2026-11-18T16:00:00.000Z');
  await s.moments.add({ kind: 'witnessed', valence: 'harmed', tags: ['sarcasm'], people: ['Jordan'], note: 'Sarcastic reply to a new joiner', meeting: null, source: 'tray' });
  await s.notes.add({ text: 'Budget talks next week: stay curious' });
  await s.reviews.save({ day: '2026-11-18', answers: [{ promptId: 'proudest', answer: 'Staying calm in the budget meeting' }], mood: 4, energy: 3, tomorrowIntention: null, complete: true });
  await harness.setTime('2026-11-21T09:30:00.000Z');
  await s.log.searchReady();
}
