import { describe, expect, it } from 'vitest';
import type { Attendee, Occurrence } from '../../../shared/domain/calendar';
import { MeetingRulesSchema } from '../../../shared/domain/calendar';
import { meetingId, selectMeetings } from '../../../electron/services/calendar';

const me: Attendee = { email: 'alex@example.com', name: 'Alex', partstat: 'ACCEPTED' };
const sam: Attendee = { email: 'sam@example.com', name: 'Sam', partstat: 'ACCEPTED' };

function occurrence(overrides: Partial<Occurrence> = {}): Occurrence {
  return {
    uid: 'uid-1',
    recurrenceId: null,
    title: 'Planning',
    start: '2026-03-24T09:00:00.000Z',
    end: '2026-03-24T10:00:00.000Z',
    allDay: false,
    status: 'CONFIRMED',
    transparent: false,
    organizer: me,
    attendees: [me, sam],
    location: null,
    ...overrides,
  };
}

const rules = MeetingRulesSchema.parse({ userEmails: ['Alex@Example.com'] });
const kept = (occurrences: Occurrence[], ruleSet = rules): string[] => selectMeetings(occurrences, ruleSet, 'work').map((m) => m.title);

describe('selectMeetings', () => {
  it('keeps a timed, confirmed or tentative event shared with someone', () => {
    expect(kept([occurrence(), occurrence({ title: 'Tentative', status: 'TENTATIVE' })])).toEqual(['Planning', 'Tentative']);
  });

  it('drops all-day and cancelled events', () => {
    expect(kept([occurrence({ allDay: true, start: '2026-03-24', end: '2026-03-25' }), occurrence({ status: 'CANCELLED' })])).toEqual([]);
  });

  it('drops events the user declined, recognising the address in any case and with mailto:', () => {
    const declined = occurrence({ attendees: [{ ...me, email: 'alex@example.com', partstat: 'DECLINED' }, sam] });
    expect(kept([declined], MeetingRulesSchema.parse({ userEmails: ['MAILTO:ALEX@EXAMPLE.COM'] }))).toEqual([]);
    // Someone else declining does not matter.
    expect(kept([occurrence({ attendees: [me, sam, { email: 'kim@example.com', name: null, partstat: 'DECLINED' }] })])).toEqual(['Planning']);
  });

  it('drops free (transparent) time unless opted in', () => {
    const free = occurrence({ transparent: true });
    expect(kept([free])).toEqual([]);
    expect(kept([free], { ...rules, includeFreeEvents: true })).toEqual(['Planning']);
  });

  it('drops events with nobody else unless solo events are opted in', () => {
    const solo = occurrence({ attendees: [], organizer: me });
    const onlyMe = occurrence({ attendees: [me], organizer: null });
    const othersDeclined = occurrence({ attendees: [me, { ...sam, partstat: 'DECLINED' }] });
    expect(kept([solo, onlyMe, othersDeclined])).toEqual([]);
    expect(kept([solo, onlyMe], { ...rules, includeSoloEvents: true })).toEqual(['Planning', 'Planning']);
  });

  it('counts an organizer who is someone else as another person (published calendars omit attendees)', () => {
    expect(kept([occurrence({ attendees: [], organizer: sam })])).toEqual(['Planning']);
  });

  it('without the user\'s addresses, needs two distinct people', () => {
    const noAddresses = MeetingRulesSchema.parse({ userEmails: [] });
    expect(kept([occurrence({ attendees: [me], organizer: me }), occurrence({ title: 'Pair', attendees: [me, sam] })], noAddresses)).toEqual(['Pair']);
  });

  it.each([
    ['Lunch', 'Team lunch', true],
    ['Lunch', 'LUNCH & learn', true],
    ['Lunch', 'Lunches with the team', false],
    ['Focus', 'Focus time', true],
    ['Focus', 'Refocus planning', false],
    ['Focus', 'Focused review', false],
    ['Block', 'Blockchain sync', false],
    ['Block', 'Block: deep work', true],
    ['OOO', 'OOO - Sam', true],
    ['Out of office', 'Out-of-office (back Monday)', true],
    ['Out of office', 'Office hours', false],
    ['1:1', '1:1 with Sam', true],
    ['Café', 'café catch-up', true],
  ])('ignore entry %j on title %j → ignored: %s', (entry, title, ignored) => {
    const result = kept([occurrence({ title })], { ...rules, ignoreTitles: [entry] });
    expect(result).toEqual(ignored ? [] : [title]);
  });

  it('applies the default ignore list', () => {
    expect(kept(['Focus time', 'Lunch', 'Sprint planning', 'OOO'].map((title) => occurrence({ title })))).toEqual(['Sprint planning']);
  });

  it('judges every instance of a repeated title alike (each distinct title is read once)', () => {
    const titles = ['Lunch', 'Sprint planning', 'Lunch', 'Focus time', 'Sprint planning', 'Lunch'];
    expect(kept(titles.map((title, i) => occurrence({ title, start: `2026-03-2${i}T09:00:00.000Z` })))).toEqual(['Sprint planning', 'Sprint planning']);
  });

  it('gives ids that depend on source, UID and original start only', () => {
    const base = occurrence({ recurrenceId: '2026-03-23T09:00:00.000Z' });
    const moved = { ...base, start: '2026-03-24T13:00:00.000Z', end: '2026-03-24T13:30:00.000Z', title: 'Planning (moved)' };
    expect(meetingId('work', moved)).toBe(meetingId('work', base));
    expect(meetingId('home', base)).not.toBe(meetingId('work', base));
    expect(meetingId('work', { ...base, recurrenceId: '2026-03-30T08:00:00.000Z' })).not.toBe(meetingId('work', base));
    // Single events are keyed by their start.
    const single = occurrence();
    expect(meetingId('work', single)).not.toBe(meetingId('work', { ...single, start: '2026-03-25T09:00:00.000Z' }));
    expect(meetingId('work', base)).toMatch(/^mtg_[A-Za-z0-9_-]{24}$/);
  });

  it('copies the meeting fields from the occurrence', () => {
    const [meeting] = selectMeetings([occurrence({ location: 'Room 4' })], rules, 'work');
    expect(meeting).toEqual({
      id: meetingId('work', occurrence()),
      sourceId: 'work',
      uid: 'uid-1',
      title: 'Planning',
      start: '2026-03-24T09:00:00.000Z',
      end: '2026-03-24T10:00:00.000Z',
      organizer: me,
      attendees: [me, sam],
      location: 'Room 4',
    });
  });
});

describe('the meeting link on a selected meeting', () => {
  it('says whether Join opens it: a known meeting service over https yes, anything else stays text', () => {
    const links = ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com.evil.test/abc', 'http://zoom.us/j/1'];
    const meetings = selectMeetings(
      links.map((meetingUrl, index) => occurrence({ uid: `u${index}`, title: `M${index}`, meetingUrl })),
      rules,
      'work',
    );
    expect(meetings.map((m) => [m.meetingUrl, m.meetingUrlOpens])).toEqual([
      ['https://meet.google.com/abc-defg-hij', true],
      ['https://meet.google.com.evil.test/abc', false],
      ['http://zoom.us/j/1', false],
    ]);
    expect(selectMeetings([occurrence()], rules, 'work')[0]).not.toHaveProperty('meetingUrlOpens');
  });
});

