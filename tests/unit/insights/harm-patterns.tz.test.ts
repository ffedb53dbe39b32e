import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import { patternSentence, wilsonInterval, type HarmPatterns } from '../../../shared/domain/harm-patterns';
import type { Moment } from '../../../shared/domain/moment';
import { computeHarmPatterns, type HarmPatternsInput } from '../../../electron/services/insights/harm-patterns';
import { makeMoment } from '../../support/moments';
import englishCatalog from '../../../shared/i18n/en/index';
import germanCatalog from '../../../shared/i18n/de/index';
import { createTranslator } from '../../../shared/i18n/translator';

const english = createTranslator('en-GB', { en: englishCatalog }).t;

// Runs under five process zones: the user's zone is Berlin (UTC+1 in November) whatever the process zone.
const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-21T18:00:00.000Z');
const FROM = Date.parse('2026-11-01T00:00:00.000Z');
const me = { email: 'me@acme.test', name: 'Robin', partstat: 'ACCEPTED' };
const guest = (i: number) => ({ email: `p${i}@acme.test`, name: `Person ${i}`, partstat: 'ACCEPTED' });

/** A meeting on 16 November (a Monday) between two Berlin wall times, with `people` others. */
function meeting(uid: string, from: string, to: string, people = 1, day = '2026-11-16'): Meeting {
  const utc = (t: string) => new Date(Date.parse(`${day}T${t}:00+01:00`)).toISOString();
  return { id: `${uid}@${day}T${from}`, sourceId: 'work', uid, title: uid, start: utc(from), end: utc(to), organizer: me, attendees: [me, ...Array.from({ length: people }, (_, i) => guest(i))], location: null };
}

const at = (time: string, valence: Moment['valence'], fields: Partial<Moment> = {}, day = '2026-11-16') =>
  makeMoment({ occurredAt: new Date(Date.parse(`${day}T${time}:00+01:00`)).toISOString(), timeZone: ZONE, valence, people: [], ...fields });

function patterns(moments: Moment[], meetings: Meeting[], extra: Partial<HarmPatternsInput> = {}): HarmPatterns {
  const newestFirst = [...moments].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return computeHarmPatterns({ newestFirst, meetings, ownEmails: ['me@acme.test'], timeZone: ZONE, fromMs: FROM, nowMs: NOW, weeks: 3, calendarKnown: meetings.length > 0, minimum: 1, ...extra });
}

const rows = (p: HarmPatterns, dimension: string) => p.groups.find((g) => g.dimension === dimension)!.rows.map((r) => [r.key, r.moments, r.harmed]);

describe('the Wilson interval', () => {
  it('matches published values, stays inside 0–100% and is wide for small counts', () => {
    const close = (got: { low: number; high: number }, low: number, high: number) => {
      expect(got.low).toBeCloseTo(low, 3);
      expect(got.high).toBeCloseTo(high, 3);
    };
    close(wilsonInterval(5, 10), 0.2366, 0.7634);
    close(wilsonInterval(0, 10), 0, 0.2775);
    close(wilsonInterval(10, 10), 0.7225, 1);
    close(wilsonInterval(9, 23), 0.2216, 0.5921);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('says a pattern in plain words, with counts and the interval', () => {
    const { low, high } = wilsonInterval(9, 23);
    const row = { key: '3+', phrase: 'moments after three or more back-to-back meetings', label: '', moments: 23, harmed: 9, share: 9 / 23, low, high, restMoments: 100, restHarmed: 12, restShare: 0.12, standsOut: true };
    expect(patternSentence(row, english, 'en-GB')).toBe('Of your 23 moments after three or more back-to-back meetings, 9 were harm (39%, 22–59%); otherwise 12%.');
    expect(patternSentence({ ...row, moments: 12, harmed: 1, share: 1 / 12, ...wilsonInterval(1, 12) }, english, 'en-GB')).toBe('Of your 12 moments after three or more back-to-back meetings, 1 was harm (8%, 1–35%); otherwise 12%.');
    // On a German desktop: the phrase comes from the main process in German, the shares in German format.
    const german = createTranslator('de-DE', { en: englishCatalog, de: germanCatalog }).t;
    expect(patternSentence({ ...row, phrase: 'Momente nach drei oder mehr Meetings am Stück' }, german, 'de-DE')).toBe('Momente nach drei oder mehr Meetings am Stück: 9 von 23 haben geschadet (39\u00a0%, 22–59\u00a0%); sonst 12\u00a0%.');
  });
});

describe('what goes with harm', () => {
  // Monday 16 November: 09:00-09:30, 09:30-10:00, 10:05-10:30 back to back (a five-minute gap
  // still counts), a 1:1 at 14:00, then a 12-person one-off at 16:00. A weekly 1:1 series.
  const day = [
    meeting('standup', '09:00', '09:30', 4),
    meeting('review', '09:30', '10:00', 3),
    meeting('planning', '10:05', '10:30', 2),
    meeting('weekly-1on1', '14:00', '14:30', 1),
    meeting('all-hands', '16:00', '17:00', 11),
  ];
  const weekly = meeting('weekly-1on1', '14:00', '14:30', 1, '2026-11-09');

  it('groups moments by back-to-back streak, meeting size, series, day load and time of day', () => {
    const moments = [
      at('09:10', 'helped'), // in the first meeting: streak 1
      at('09:45', 'harmed'), // in the second: streak 2
      at('10:40', 'harmed'), // ten minutes after the third: streak 3
      at('14:20', 'helped', { meeting: { occurrenceId: day[3]!.id, title: 'weekly-1on1', start: day[3]!.start } }),
      at('16:30', 'harmed'), // in the all-hands
      at('19:00', 'helped'), // evening, after everything
      at('11:00', 'helped', {}, '2026-11-18'), // a quiet Wednesday
    ];
    const p = patterns(moments, [weekly, ...day]);
    expect(p).toMatchObject({ moments: 7, harmed: 3, calendarKnown: true });
    expect(rows(p, 'streak')).toEqual([['none', 2, 0], ['1', 3, 1], ['2', 1, 1], ['3+', 1, 1]]);
    expect(rows(p, 'size')).toEqual([['none', 2, 0], ['1:1', 1, 0], ['small', 3, 2], ['large', 1, 1]]);
    expect(rows(p, 'series')).toEqual([['none', 2, 0], ['recurring', 1, 0], ['one-off', 4, 3]]);
    // Five meetings on Monday; none on Wednesday.
    expect(rows(p, 'day-load')).toEqual([['0-2', 1, 0], ['5+', 6, 3]]);
    expect(rows(p, 'time-of-day')).toEqual([['morning', 4, 2], ['afternoon', 2, 1], ['evening', 1, 0]]);
  });

  it('reads the time of day in the zone the moment was lived in', () => {
    // 08:00 UTC: morning in Berlin, 13:30 in Kolkata, midnight in Los Angeles.
    const moments = (['Europe/Berlin', 'Asia/Kolkata', 'America/Los_Angeles'] as const).map((timeZone) => makeMoment({ occurredAt: '2026-11-17T08:00:00.000Z', timeZone, valence: 'helped', people: [] }));
    expect(rows(patterns(moments, []), 'time-of-day')).toEqual([['morning', 2, 0], ['afternoon', 1, 0]]);
  });

  it('compares each person with everyone else, named as the user usually writes them', () => {
    const moments = [
      at('09:00', 'harmed', { people: ['Sam'] }),
      at('10:00', 'harmed', { people: ['sam', 'Priya'] }),
      at('11:00', 'helped', { people: ['Sam'] }),
      at('12:00', 'helped', { people: ['Priya'] }),
      at('13:00', 'helped', { people: [] }),
      // Witnessed moments are someone else's behaviour: not counted.
      at('14:00', 'harmed', { people: ['Priya'], kind: 'witnessed' }),
    ];
    const p = patterns(moments, []);
    const people = p.groups.find((g) => g.dimension === 'person')!.rows;
    expect(people.map((r) => [r.label, r.moments, r.harmed, r.restMoments, r.restHarmed])).toEqual([
      ['Sam', 3, 2, 2, 0],
      ['Priya', 2, 1, 3, 1],
    ]);
    expect(people[0]!.phrase).toBe('moments with Sam');
    // Without a calendar, only the groups that need none.
    expect(p.groups.map((g) => g.dimension)).toEqual(['time-of-day', 'person']);
  });

  it('shows a group only with enough moments in it and outside it, and flags one that stands out', () => {
    // 12 moments after three back-to-back meetings (8 harm) and 30 elsewhere (3 harm), over ten Mondays.
    const moments: Moment[] = [];
    const meetings: Meeting[] = [];
    for (let i = 0; i < 12; i++) {
      const d = new Date(Date.parse('2026-11-02T12:00:00Z') + (i % 3) * 7 * 86_400_000 + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
      meetings.push(meeting('a', '09:00', '09:30', 2, d), meeting('b', '09:30', '10:00', 2, d), meeting('c', '10:00', '10:30', 2, d));
      moments.push(at('10:35', i < 8 ? 'harmed' : 'helped', {}, d));
    }
    for (let i = 0; i < 30; i++) moments.push(at(`${String(6 + (i % 12)).padStart(2, '0')}:50`, i < 3 ? 'harmed' : 'helped', {}, '2026-11-20'));
    const p = patterns(moments, meetings, { minimum: 10 });
    const streak = p.groups.find((g) => g.dimension === 'streak')!;
    // "None" (30 moments, the rest 12) and "3+" are shown; no group of one or two meetings exists.
    expect(streak.rows.map((r) => [r.key, r.moments, r.harmed, r.restMoments, r.restHarmed, r.standsOut])).toEqual([
      ['none', 30, 3, 12, 8, true],
      ['3+', 12, 8, 30, 3, true],
    ]);
    expect(patternSentence(streak.rows[1]!, english, 'en-GB')).toBe('Of your 12 moments after three or more back-to-back meetings, 8 were harm (67%, 39–86%); otherwise 10%.');
    // Ten moments a person is the floor: nobody here has any.
    expect(p.groups.find((g) => g.dimension === 'person')!.rows).toEqual([]);
  });

  it('with too little data shows nothing, and says how many groups wait for more', () => {
    const p = patterns([at('09:10', 'harmed'), at('09:45', 'helped'), at('19:00', 'helped')], day, { minimum: 10 });
    expect(p.moments).toBe(3);
    for (const group of p.groups) expect(group.rows).toEqual([]);
    expect(p.groups.find((g) => g.dimension === 'time-of-day')!.hidden).toBe(2);
    // An empty log: no groups at all.
    expect(patterns([], day, { minimum: 10 }).groups.every((g) => g.rows.length === 0 && g.hidden === 0)).toBe(true);
  });

  it('looks only at the period', () => {
    const p = patterns([at('09:10', 'harmed', {}, '2026-10-20'), at('09:10', 'helped')], day);
    expect(p.moments).toBe(1);
  });
});

describe('local days across clock changes', () => {
  it.each([
    // Berlin falls back on 25 October and springs forward on 29 March; Santiago springs forward at midnight.
    ['Europe/Berlin', '2026-10-25T22:30:00.000Z', 'evening'], // 23:30 on the 25-hour day
    ['Europe/Berlin', '2026-10-26T07:30:00.000Z', 'morning'], // 08:30 the day after
    ['Europe/Berlin', '2026-03-29T10:30:00.000Z', 'afternoon'], // 12:30 on the 23-hour day
    ['America/Santiago', '2026-09-06T04:30:00.000Z', 'morning'], // 01:30, the day began at 01:00 (no midnight)
    ['America/Santiago', '2026-09-06T22:30:00.000Z', 'evening'], // 19:30 the same day
  ])('in %s, %s is in the %s', (timeZone, occurredAt, part) => {
    const moment = makeMoment({ occurredAt, timeZone, valence: 'helped', people: [] });
    const p = computeHarmPatterns({ newestFirst: [moment], meetings: [], ownEmails: [], timeZone, fromMs: Date.parse('2026-01-01T00:00:00Z'), nowMs: Date.parse('2026-12-01T00:00:00Z'), weeks: 48, calendarKnown: false, minimum: 0 });
    expect(p.groups.find((g) => g.dimension === 'time-of-day')!.rows.map((r) => r.key)).toEqual([part]);
  });
});
