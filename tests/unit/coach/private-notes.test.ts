import { describe, expect, it } from 'vitest';
import type { PromptView } from '../../../shared/domain/coach-view';
import { selfMatcher } from '../../../shared/domain/self';
import { lastTimeForCard } from '../../../electron/services/coach/private-notes';
import { meeting } from '../../support/coach';

const history: PromptView['lastTime'] = [
  { person: 'Sam Rivera', moments: [{ id: 'm1', occurredAt: '2026-11-20T14:00:00.000Z', valence: 'harmed', tags: ['rushed'], note: 'Cut Sam short', kind: 'own' }] },
];
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `p${i}@acme.test`, name: `Person ${i}`, partstat: 'ACCEPTED' as const }));
const context = { settings: { largeMeetingSize: 8 }, self: selfMatcher({ userEmails: ['me@acme.test'], userNames: [] }), afterOnly: new Set<string>() };
const withPeople = (id: string, n: number, title = `Meeting ${id}`) => ({ ...meeting(id, '2026-11-23T09:00:00Z', '2026-11-23T09:30:00Z'), title, attendees: [{ email: 'me@acme.test', name: 'Me', partstat: 'ACCEPTED' as const }, ...people(n)] });

describe('lastTimeForCard', () => {
  it('keeps notes for a 1:1 and a small meeting (up to the large-meeting size, the user included)', () => {
    expect(lastTimeForCard(history, withPeople('one', 1), context)).toEqual(history);
    expect(lastTimeForCard(history, withPeople('seven', 7), context)).toEqual(history);
  });

  it('drops the note text, keeping outcome, date and behaviours, for large, status, daily or unknown meetings', () => {
    const stripped = [{ person: 'Sam Rivera', moments: [{ ...history[0]!.moments[0]!, note: '' }] }];
    expect(lastTimeForCard(history, withPeople('big', 8), context)).toEqual(stripped);
    expect(lastTimeForCard(history, withPeople('standup', 5, 'Daily stand-up'), context)).toEqual(stripped);
    expect(lastTimeForCard(history, withPeople('series', 3), { ...context, afterOnly: new Set(['series']) })).toEqual(stripped);
    expect(lastTimeForCard(history, undefined, context)).toEqual(stripped);
  });
});
