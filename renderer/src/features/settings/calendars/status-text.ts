import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { dayKey } from '../../../../../shared/domain/time';
import { formatDuration, formatInstant, formatRelative, localTimeZone as zone } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';
import { clock } from '../../today/coach-text';

type T = TFunction<'settingsCalendars'>;

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
export function timeAgo(t: T, iso: string, now: number): string {
  const ms = now - Date.parse(iso);
  if (ms < 45_000) return t('status.justNow');
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return formatRelative(appLocale(), -minutes, 'minute');
  return clockTime(t, iso, now);
}

const isToday = (iso: string, now: number) => dayKey(iso, zone()) === dayKey(new Date(now), zone());
const shortDate = (iso: string) => formatInstant(appLocale(), iso, zone(), 'dayMonthShort');

/** "at 10:42" today, "on 20 Nov at 10:42" another day. */
export function clockTime(t: T, iso: string, now: number): string {
  const time = clock(iso);
  return isToday(iso, now) ? t('status.atTime', { time }) : t('status.onDateAtTime', { date: shortDate(iso), time });
}

/** "10:42" today, "20 Nov at 10:42" another day: the time a copy is from. */
function copyTime(t: T, iso: string, now: number): string {
  const time = clock(iso);
  return isToday(iso, now) ? t('status.timeOnly', { time }) : t('status.dateAtTime', { date: shortDate(iso), time });
}

/** "under a minute", "8 min", "1 hr, 5 min" (in the locale's words). */
export function timeUntil(t: T, iso: string, now: number): string {
  const ms = Date.parse(iso) - now;
  if (ms < MINUTE) return t('status.underAMinute');
  return formatDuration(appLocale(), ms / MINUTE);
}

/** A source's state in plain words, for its line in Settings → Calendars (and on Today). */
export function describeSourceStatus(t: T, source: CalendarSourceView, now: number): StatusText {
  const { status } = source;
  if (!source.enabled) return { tone: 'off', text: t('status.off'), detail: null };
  if (status.state === 'syncing') return { tone: 'syncing', text: t('status.syncing'), detail: null };
  if (source.kind === 'ics-file') return { tone: 'ok', text: t('status.imported', { when: timeAgo(t, source.importedAt, now) }), detail: null };
  const next = status.nextSyncAt ? timeUntil(t, status.nextSyncAt, now) : null;
  switch (status.state) {
    case 'never':
      return { tone: 'never', text: next ? t('status.neverNext', { next }) : t('status.never'), detail: null };
    case 'ok': {
      const when = status.lastSuccessAt ? timeAgo(t, status.lastSuccessAt, now) : null;
      const text = when ? (next ? t('status.syncedAgoNext', { when, next }) : t('status.syncedAgo', { when })) : next ? t('status.syncedNext', { next }) : t('status.synced');
      return { tone: 'ok', text, detail: null };
    }
    case 'error': {
      const copy = status.usingCachedCopy && status.cachedCopyFrom ? t('status.copyFrom', { when: copyTime(t, status.cachedCopyFrom, now) }) : t('status.noCopy');
      return { tone: 'error', text: status.lastError ?? t('status.failed'), detail: next ? t('status.retryIn', { copy, next }) : copy };
    }
  }
}

/** `describeSourceStatus` in the window's language, for a screen outside Settings (Today). */
export function useSourceStatusText(): (source: CalendarSourceView, now: number) => StatusText {
  const { t } = useTranslation('settingsCalendars');
  return useCallback((source, now) => describeSourceStatus(t, source, now), [t]);
}

/** What kind of source it is, in words, with where it comes from. */
export function describeSourceKind(t: T, source: CalendarSourceView): { kind: string; where: string } {
  switch (source.kind) {
    case 'ics-url':
      return { kind: t('kind.icsUrl'), where: source.displayUrl };
    case 'caldav':
      return { kind: t('kind.caldav'), where: t('where.caldav', { username: source.username, server: source.serverUrl }) };
    case 'ics-file':
      return { kind: t('kind.icsFile'), where: source.fileName ?? t('where.icsFile') };
    case 'google':
      return { kind: t('kind.google'), where: source.account ?? t('where.google') };
    case 'microsoft':
      return { kind: t('kind.microsoft'), where: source.account ?? t('where.microsoft') };
  }
}
