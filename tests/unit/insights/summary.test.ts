import { describe, expect, it } from 'vitest';
import { emptyFollowThrough } from '../../../electron/services/insights/follow-through';
import { emptyResponse } from '../../../electron/services/insights/response';
import { mdText, renderWeeklySummary, weekTitle, type SummaryInput } from '../../../electron/services/insights/summary';

const quietWeek: SummaryInput = {
  weekStart: '2026-11-30',
  weekEnd: '2026-12-06',
  generatedAt: '2026-12-07T08:00:00.000Z',
  timeZone: 'Europe/Berlin',
  inProgress: false,
  week: { own: { helped: 0, harmed: 0 }, witnessed: { helped: 0, harmed: 0 }, followThrough: emptyFollowThrough(), response: emptyResponse() },
  previous: { own: { helped: 2, harmed: 0 }, witnessed: { helped: 0, harmed: 0 } },
  builders: [],
  damagers: [],
  notes: { shown: [], total: 0 },
  notReached: { weeks: 3, since: '2026-11-16T08:00:00.000Z', peopleMet: 0, largeMeetingsIgnored: 0, ownAddressesKnown: true, loggingSince: null, team: [], teamSuggestions: [], people: [], more: 0 },
};

describe('the weekly summary', () => {
  it('names the week in plain words', () => {
    expect(weekTitle('2026-11-16', '2026-11-22')).toBe('16–22 November 2026');
    expect(weekTitle('2026-11-30', '2026-12-06')).toBe('30 November – 6 December 2026');
    expect(weekTitle('2026-12-28', '2027-01-03')).toBe('28 December 2026 – 3 January 2027');
  });

  it('keeps user text from changing the page’s structure', () => {
    expect(mdText('  line one\n\nline *two* | [link](x) <b> `code` _u_ ~s~ \\ ')).toBe('line one line \\*two\\* \\| \\[link\\](x) \\<b\\> \\`code\\` \\_u\\_ \\~s\\~ \\\\');
    expect(mdText('# not a heading')).toBe('\\# not a heading');
    expect(mdText('1. not a list')).toBe('1\\. not a list');
  });

  it('says so plainly when a week had nothing in it', () => {
    expect(renderWeeklySummary(quietWeek)).toBe(`# Weekly summary: 30 November – 6 December 2026

Exported on Monday, 7 December 2026 from Touchpoint, my private reflection log.
What I log stays on my computer; I chose to share this page.

## Trust, in numbers

| Moments | This week | The week before |
|---|---:|---:|
| My moments that helped trust | 0 | 2 |
| My moments that harmed trust | 0 | 0 |
| Witnessed: someone helped trust | 0 | 0 |
| Witnessed: someone harmed trust | 0 | 0 |

Compared with the week before: 2 fewer helped, the same number harmed (0).
Helped and harmed are counted separately: one harm is not cancelled out by one help.

## Builders and damagers

No behaviours were tagged on my moments this week.

## Intentions

No intentions were set for meetings that took place this week.

## Check-ins

No check-in cards were shown this week.

## Notes from the week

No notes were written this week.

## People not reached lately

No 1:1s or small meetings with other people in the last 3 weeks.
`);
  });

  it('gives every figure of a full week, and caps the notes with a pointer to the log', () => {
    const md = renderWeeklySummary({
      ...quietWeek,
      inProgress: true,
      week: {
        own: { helped: 5, harmed: 2 },
        witnessed: { helped: 1, harmed: 1 },
        followThrough: { intentions: 6, yes: 2, partly: 1, no: 1, notAnswered: 1, notReflected: 1, keptRate: 0.5, atLeastPartlyRate: 0.75 },
        response: { shown: 8, answered: 5, filledInLater: 1, later: 0, skipped: 1, missed: 1, notShown: { 'quiet-time': 2, paused: 1, away: 0, 'too-late': 0 }, rate: 0.75 },
      },
      builders: [{ label: 'Listened', count: 3 }],
      damagers: [],
      notes: {
        shown: [{ occurredAt: '2026-12-01T13:05:00.000Z', timeZone: 'America/New_York', kind: 'own', valence: 'harmed', people: [], tags: [], note: 'Rushed the | retro', meetingTitle: 'Retro' }],
        total: 10,
      },
      notReached: {
        ...quietWeek.notReached,
        peopleMet: 4,
        people: [
          { name: 'Jo [ops]', email: 'jo@x', group: 'one-on-one', lastPositiveAt: null, quietSince: '2026-10-01T09:00:00.000Z', lastMeeting: { title: 'Ops *weekly*', start: '2026-12-02T09:00:00.000Z' }, nextMeeting: null, meetingsInWindow: 2 },
          { name: 'Kim', email: 'kim@x', group: 'team', lastPositiveAt: '2026-10-20T09:00:00.000Z', quietSince: '2026-10-20T09:00:00.000Z', lastMeeting: null, nextMeeting: null, meetingsInWindow: 0 },
        ],
        more: 3,
      },
    });
    expect(md).toContain('Exported on Monday, 7 December 2026 (the week is not over yet) from Touchpoint, my private reflection log.');
    expect(md).toContain('Compared with the week before, by the same time: 3 more helped, 2 more harmed.');
    expect(md).toContain('- Builders: Listened (3)\n- Damagers: none');
    // Rates come in already decided (too few answers: null); the page prints what it is given.
    expect(renderWeeklySummary({ ...quietWeek, week: { ...quietWeek.week, followThrough: { intentions: 1, yes: 0, partly: 1, no: 0, notAnswered: 0, notReflected: 0, keptRate: null, atLeastPartlyRate: null } } })).toContain(
      'Kept fully: 0, partly: 1, not kept: 0 (of 1 answered).',
    );
    expect(md).toContain('Intentions set for 6 meetings.\nKept fully: 2, partly: 1, not kept: 1 (of 4 answered; fully kept 50%).\n1 looked back on without saying whether it was kept; 1 not looked back on.');
    expect(md).toContain('Answered 6 of 8 check-ins shown (75%), 1 of them later from the day’s review.\nSkipped 1, missed 1.\n3 cards were not shown (quiet or off hours, paused, away from the computer, or too late); they are not counted.');
    // In the zone it was logged in: 08:05 in New York.
    expect(md).toContain('- **Tue 1 Dec, 08:05** · harmed trust in “Retro”: Rushed the \\| retro\n\n9 more notes in the reflection log.');
    expect(md).toContain(
      [
        'My team and people from 1:1s and small meetings with no moment that helped trust for 3 weeks or more (as of 7 December 2026):',
        '',
        '- Jo \\[ops\\]: no helped moment yet; last met in “Ops \\*weekly\\*”, 2 December 2026',
        '- Kim (team): last helped moment 20 October 2026',
        '',
        '3 more people in Touchpoint.',
      ].join('\n'),
    );
  });
});
