import { afterEach, describe, expect, it } from 'vitest';
import { emptyFollowThrough } from '../../../electron/services/insights/follow-through';
import { computeHarmPatterns } from '../../../electron/services/insights/harm-patterns';
import { emptyResponse } from '../../../electron/services/insights/response';
import { renderWeeklySummary, weekTitle, type SummaryInput } from '../../../electron/services/insights/summary';
import { setMainLocale } from '../../../electron/services/text/main-text';
import { makeMoment } from '../../support/moments';

const week: SummaryInput = {
  weekStart: '2026-11-30',
  weekEnd: '2026-12-06',
  generatedAt: '2026-12-07T08:00:00.000Z',
  timeZone: 'Europe/Berlin',
  inProgress: false,
  week: { own: { helped: 3, harmed: 1 }, witnessed: { helped: 0, harmed: 0 }, followThrough: emptyFollowThrough(), response: emptyResponse() },
  previous: { own: { helped: 2, harmed: 1 }, witnessed: { helped: 0, harmed: 0 } },
  builders: [{ label: 'Zugehört', count: 2 }],
  damagers: [],
  notes: null,
  notReached: { weeks: 3, since: '2026-11-16T08:00:00.000Z', peopleMet: 0, largeMeetingsIgnored: 0, ownAddressesKnown: true, loggingSince: null, team: [], teamSuggestions: [], people: [], more: 0 },
};

/** Two moments in the morning (Berlin), one with Sam: enough for a row each with a minimum of 1. */
function patterns() {
  const moments = [
    makeMoment({ occurredAt: '2026-11-17T08:00:00.000Z', timeZone: 'Europe/Berlin', valence: 'harmed', people: ['Sam'] }),
    makeMoment({ occurredAt: '2026-11-16T15:00:00.000Z', timeZone: 'Europe/Berlin', people: ['Priya'] }),
  ];
  return computeHarmPatterns({ newestFirst: moments, meetings: [], ownEmails: [], timeZone: 'Europe/Berlin', fromMs: Date.parse('2026-11-01T00:00:00Z'), nowMs: Date.parse('2026-11-21T18:00:00Z'), weeks: 3, calendarKnown: false, minimum: 1 });
}

describe('insight texts the main process composes, in German', () => {
  afterEach(() => setMainLocale('en-GB'));

  it('words the weekly summary in German, with German dates, after setMainLocale("de-DE")', () => {
    setMainLocale('de-DE');
    const md = renderWeeklySummary(week);
    expect(md).toContain('# Wochenzusammenfassung: ');
    // Intl puts thin or no-break spaces around the dash; what matters is the German form.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(weekTitle('2026-11-30', '2026-12-06'))).toBe('30. November – 6. Dezember 2026');
    expect(plain(weekTitle('2026-11-16', '2026-11-22'))).toMatch(/^16\. ?– ?22\. November 2026$/);
    expect(md).toContain('Exportiert am Montag, 7. Dezember 2026 aus Touchpoint, meinem privaten Reflexionsprotokoll.');
    expect(md).toContain('| Momente | Diese Woche | Vorwoche |');
    expect(md).toContain('Im Vergleich zur Vorwoche: 1 mehr gestärkt, gleich viele geschadet (1).');
    expect(md).toContain('- Vertrauensbildner: Zugehört (2)');
    expect(md).toContain('Notizen sind in dieser Zusammenfassung nicht enthalten.');
    expect(md).not.toMatch(/Weekly summary|helped|harmed|insights:/);
  });

  it('names situations and groups in German, and English again after going back to en-GB', () => {
    setMainLocale('de-DE');
    const german = patterns();
    const time = german.groups.find((g) => g.dimension === 'time-of-day')!;
    expect(time.title).toBe('Tageszeit');
    expect(time.rows.map((r) => [r.label, r.phrase])).toEqual([
      ['Vormittag', 'Momente am Vormittag (vor 12 Uhr)'],
      ['Nachmittag', 'Momente am Nachmittag (12 bis 17 Uhr)'],
    ]);
    expect(german.groups.find((g) => g.dimension === 'person')!.rows.map((r) => r.phrase)).toContain('Momente mit Sam');

    setMainLocale('en-GB');
    const english = patterns().groups.find((g) => g.dimension === 'time-of-day')!;
    expect(english.title).toBe('Time of day');
    expect(english.rows.map((r) => r.phrase)).toEqual(['moments in the morning (before noon)', 'moments in the afternoon (noon to 5 pm)']);
  });
});
