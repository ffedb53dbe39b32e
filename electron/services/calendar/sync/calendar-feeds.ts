import type { Occurrence } from '../../../../shared/domain/calendar';
import { allOccurrences } from '../api/api-copy';
import type { CachedCopy } from './cache-store';
import { mergeCalendarObjects } from './ics-text';
import type { StoredSource } from './source-schema';
import { feedKey } from './source-sync';

/**
 * One calendar for the meetings view: ICS text, parsed lazily and cached by revision; or, for
 * Google and Microsoft, instances the provider already expanded, with the user's own address.
 */
export type CalendarFeed =
  | { kind: 'text'; sourceId: string; key: string; revision: string; text: () => string }
  | { kind: 'occurrences'; sourceId: string; key: string; occurrences: () => Occurrence[]; selfEmails: string[] };

/** The last good copies of enabled sources, one entry per calendar (CalDAV: the chosen ones). */
export function feedsOf(sources: readonly StoredSource[], copyOf: (sourceId: string) => CachedCopy | undefined): CalendarFeed[] {
  const feeds: CalendarFeed[] = [];
  for (const source of sources) {
    const copy = copyOf(source.id);
    if (!source.enabled || !copy) continue;
    if (copy.kind === 'ics') {
      feeds.push({ kind: 'text', sourceId: source.id, key: feedKey(source.id), revision: copy.revision, text: () => copy.text });
      continue;
    }
    if (copy.kind !== 'caldav') {
      feeds.push({ kind: 'occurrences', sourceId: source.id, key: feedKey(source.id), occurrences: () => allOccurrences(copy), selfEmails: copy.selfEmail ? [copy.selfEmail] : [] });
      continue;
    }
    const chosen = source.kind === 'caldav' && source.calendars.length > 0 ? new Set(source.calendars.filter((c) => c.selected).map((c) => c.url)) : null;
    for (const calendar of copy.calendars) {
      if (chosen && !chosen.has(calendar.url)) continue;
      const text = (): string => mergeCalendarObjects(calendar.objects.map((object) => object.data));
      feeds.push({ kind: 'text', sourceId: source.id, key: feedKey(source.id, calendar.url), revision: calendar.revision, text });
    }
  }
  return feeds;
}
