import type { TFunction } from 'i18next';
import type { TransferCounts } from '../../../../../shared/domain/transfer';
import { formatByteSize, formatInstant, formatList, formatMonth, localTimeZone } from '../../../../../shared/format/locale-format';
import { appLocale } from '../../../locale';

/** "Sat 21 Nov 2026, 10:30", in the user's zone and language. */
export function backupDate(iso: string): string {
  return formatInstant(appLocale(), iso, localTimeZone(), 'weekdayShortDayMonthYearTime');
}

/** "0.4 kB", "12 kB", "1.4 MB". */
export function byteSize(bytes: number): string {
  return formatByteSize(appLocale(), bytes);
}

const monthName = (key: string) => formatMonth(appLocale(), key);

/** "Nov 2026", "Oct 2025 – Nov 2026", or "no entries". */
export function monthRange(t: TFunction<'settingsData'>, months: { from: string; to: string } | null): string {
  if (!months) return t('entries.none');
  return months.from === months.to ? monthName(months.from) : t('monthRange', { from: monthName(months.from), to: monthName(months.to) });
}

/** Each kind's count, in the order they are listed. */
const ENTRY_KINDS = ['moments', 'checkIns', 'followUps', 'reviews', 'notes'] as const satisfies readonly (keyof TransferCounts)[];

/**
 * "12 moments, 3 follow-ups and 1 note", or "no entries". Pass the screen's
 * `useTranslation('settingsData').t`, so the words follow the window's language.
 */
export function describeEntries(counts: TransferCounts, t: TFunction<'settingsData'>): string {
  const parts = ENTRY_KINDS.filter((k) => counts[k] > 0).map((k) => t(`entries.${k}`, { count: counts[k] }));
  return parts.length === 0 ? t('entries.none') : formatList(appLocale(), parts);
}
