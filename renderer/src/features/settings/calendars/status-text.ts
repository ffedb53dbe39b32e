import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { dayKey } from '../../../../../shared/domain/time';
import { formatDuration, formatInstant, formatRelative, localTimeZone as zone } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';
import { clock } from '../../today/coach-text';

export type StatusTone = 'ok' | 'syncing' | 'error' | 'never' | 'off';

export interface StatusText {
  tone: StatusTone;
  /** The main line, e.g. "Synced 2 minutes ago · next in 8 min". */
  text: string;
  /** A second line for problems: what the app does meanwhile. */
  detail: string | null;
}

const MINUTE = 60_000;

/** "just now", "2 minutes ago", "at 09:12", "on 20 Nov at 09:12". */
export function timeAgo(iso: string, now: number): string {
  const ms = now - Date.parse(iso);
  if (ms < 45_000) return 'just now';
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return formatRelative(appLocale(), -minutes, 'minute');
  return clockTime(iso, now);
}

/** "at 10:42" today, "on 20 Nov at 10:42" another day. */
export function clockTime(iso: string, now: number): string {
  const time = clock(iso);
  if (dayKey(iso, zone()) === dayKey(new Date(now), zone())) return `at ${time}`;
  const date = formatInstant(appLocale(), iso, zone(), 'dayMonthShort');
  return `on ${date} at ${time}`;
}

/** "under a minute", "8 min", "1 hr, 5 min" (in the locale's words). */
export function timeUntil(iso: string, now: number): string {
  const ms = Date.parse(iso) - now;
  if (ms < MINUTE) return 'under a minute';
  return formatDuration(appLocale(), ms / MINUTE);
}

/** A source's state in plain words, for its line in Settings → Calendars. */
export function describeSourceStatus(source: CalendarSourceView, now: number): StatusText {
  const { status } = source;
  if (!source.enabled) return { tone: 'off', text: 'Turned off — its meetings don’t count and it isn’t synced', detail: null };
  if (status.state === 'syncing') return { tone: 'syncing', text: 'Syncing…', detail: null };
  if (source.kind === 'ics-file') return { tone: 'ok', text: `Imported ${timeAgo(source.importedAt, now)} · a one-off copy: import the file again to update it`, detail: null };
  const next = status.nextSyncAt ? timeUntil(status.nextSyncAt, now) : null;
  switch (status.state) {
    case 'never':
      return { tone: 'never', text: next ? `Never synced · first sync in ${next}` : 'Never synced', detail: null };
    case 'ok':
      return { tone: 'ok', text: `Synced ${status.lastSuccessAt ? timeAgo(status.lastSuccessAt, now) : ''}${next ? ` · next in ${next}` : ''}`, detail: null };
    case 'error': {
      const copy =
        status.usingCachedCopy && status.cachedCopyFrom
          ? `Showing the copy from ${clockTime(status.cachedCopyFrom, now).replace(/^at /, '')}`
          : 'No copy of this calendar yet, so none of its meetings are shown';
      return { tone: 'error', text: status.lastError ?? 'The last sync failed.', detail: `${copy}${next ? ` · trying again in ${next}` : ''}` };
    }
  }
}

/** What kind of source it is, in words, with where it comes from. */
export function describeSourceKind(source: CalendarSourceView): { kind: string; where: string } {
  switch (source.kind) {
    case 'ics-url':
      return { kind: 'Subscription', where: source.displayUrl };
    case 'caldav':
      return { kind: 'CalDAV account', where: `${source.username} on ${source.serverUrl}` };
    case 'ics-file':
      return { kind: 'Imported file', where: source.fileName ?? 'an .ics file' };
    case 'google':
      return { kind: 'Google Calendar', where: source.account ?? 'Google account' };
    case 'microsoft':
      return { kind: 'Microsoft 365', where: source.account ?? 'Microsoft account' };
  }
}
