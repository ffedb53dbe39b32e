import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/calendar';
import { selfMatcher } from '../../../shared/domain/self';
import { planCards } from '../../../electron/services/coach/card-policy';
import { planPrompts } from '../../../electron/services/coach/planner';
import { coachSettings, meeting } from '../../support/coach';

const ZONE = 'Europe/Berlin';
const me = selfMatcher({ userEmails: ['me@acme.test'], userNames: [] });
const person = (email: string, partstat = 'ACCEPTED') => ({ email, name: null, partstat });
const withPeople = (m: Meeting, others: number, uid = m.uid, title = m.title): Meeting => ({
  ...m,
  uid,
  title,
  attendees: [person('me@acme.test'), ...Array.from({ length: others }, (_, i) => person(`p${i}@acme.test`))],
});
const at = (day: string, hour: number, id: string, minutes = 30) => meeting(id, `${day}T${String(hour).padStart(2, '0')}:00:00Z`, `${day}T${String(hour).padStart(2, '0')}:${minutes}:00Z`);

// Monday 23 November 2026 (Berlin is UTC+1, so 08:00Z is 09:00 there).
const MONDAY = '2026-11-23';
const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];

describe('planCards', () => {
  it('a daily stand-up is asked once a week, afterwards only; its other days are held back as daily', () => {
    const standups = week.map((day, i) => withPeople(at(day, 8, `standup-${i}`, 15), 5, 'standup@acme', 'Team sync'));
    const plans = planCards(standups, coachSettings(), ZONE, me);
    expect(plans.get('standup-0')).toEqual({ kind: 'after-only' });
    expect(week.slice(1).map((_, i) => plans.get(`standup-${i + 1}`))).toEqual(Array(4).fill({ kind: 'held', reason: 'daily-meeting' }));
  });

  it('a large meeting is asked once a week; a muted series never; a 1:1 always', () => {
    const allHands = withPeople(at(MONDAY, 10, 'all-hands'), 20);
    const allHandsAgain = withPeople(at('2026-11-26', 10, 'all-hands-2'), 20, allHands.uid);
    const oneOnOne = withPeople(at(MONDAY, 12, 'one'), 1);
    const muted = withPeople(at(MONDAY, 13, 'muted'), 2);
    const settings = coachSettings({ mutedSeries: [{ key: `work|${muted.uid}`, title: muted.title }] });
    const plans = planCards([allHands, allHandsAgain, oneOnOne, muted], settings, ZONE, me);
    expect(plans.get('all-hands')).toEqual({ kind: 'after-only' });
    expect(plans.get('all-hands-2')).toEqual({ kind: 'held', reason: 'large-meeting' });
    expect(plans.get('one')).toEqual({ kind: 'ask' });
    expect(plans.get('muted')).toEqual({ kind: 'held', reason: 'muted-series' });
  });

  it('the user and people who declined do not make a meeting larger', () => {
    const m = { ...withPeople(at(MONDAY, 9, 'm'), 1), attendees: [person('me@acme.test'), person('sam@acme.test'), ...Array.from({ length: 10 }, (_, i) => person(`d${i}@acme.test`, 'DECLINED'))] };
    expect(planCards([m], coachSettings(), ZONE, me).get('m')).toEqual({ kind: 'ask' });
  });

  it('the daily budget keeps 1:1s first, then small meetings, earliest first; the rest are held back for the budget', () => {
    const day = [
      withPeople(at(MONDAY, 8, 'small-early'), 3),
      withPeople(at(MONDAY, 9, 'one-a'), 1),
      withPeople(at(MONDAY, 11, 'small-late'), 4),
      withPeople(at(MONDAY, 13, 'one-b'), 1),
    ];
    const plans = planCards(day, coachSettings({ dailyCardBudget: 5 }), ZONE, me);
    expect(Object.fromEntries([...plans].map(([id, p]) => [id, p.kind === 'held' ? p.reason : p.kind]))).toEqual({
      'one-a': 'ask',
      'one-b': 'ask',
      'small-early': 'budget',
      'small-late': 'budget',
    });
    // A budget of 6 lets the earlier small meeting in (2 cards each).
    expect(planCards(day, coachSettings({ dailyCardBudget: 6 }), ZONE, me).get('small-early')).toEqual({ kind: 'ask' });
  });

  it('a Monday like the one in the report — 1:1s, a stand-up, back-to-back blocks — stays within the budget of cards', () => {
    const monday = [
      withPeople(at(MONDAY, 8, 'standup', 15), 6, 'standup@acme', 'Daily stand-up'),
      withPeople(at(MONDAY, 9, 'one-sam'), 1),
      withPeople(at(MONDAY, 10, 'design'), 4),
      withPeople(meeting('planning', `${MONDAY}T10:30:00Z`, `${MONDAY}T11:30:00Z`), 7),
      withPeople(at(MONDAY, 12, 'one-priya'), 1),
      withPeople(at(MONDAY, 14, 'all-hands'), 30),
      withPeople(at(MONDAY, 15, 'one-lee'), 1),
    ];
    const settings = coachSettings({ dailyCardBudget: 6 });
    const plans = planCards(monday, settings, ZONE, me);
    const asked = monday.filter((m) => plans.get(m.id)?.kind !== 'held');
    const afterOnly = new Set(asked.filter((m) => plans.get(m.id)?.kind === 'after-only').map((m) => m.id));
    const day = planPrompts(asked, settings, [], new Date(`${MONDAY}T00:00:00Z`), { timeZone: ZONE, pause: { until: null, indefinite: false }, afterOnly });
    const cards = day.upcoming.filter((p) => p.kind !== 'review');
    console.log(`card-budget: ${monday.length} meetings, ${cards.length} cards (budget ${settings.dailyCardBudget})`);
    expect(cards.length).toBeLessThanOrEqual(settings.dailyCardBudget);
    expect(cards.filter((p) => p.kind === 'before').map((p) => p.kind === 'before' && p.meetingId)).not.toContain('standup');
    expect(asked.map((m) => m.id)).toEqual(expect.arrayContaining(['one-sam', 'one-priya', 'one-lee']));
  });
});
