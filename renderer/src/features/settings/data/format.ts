import type { TransferCounts } from '../../../../../shared/domain/transfer';
import { formatByteSize, formatInstant, formatList, formatMonth, localTimeZone, plural, type PluralForms } from '../../../../../shared/format/locale-format';
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
export function monthRange(months: { from: string; to: string } | null): string {
  if (!months) return 'no entries';
  return months.from === months.to ? monthName(months.from) : `${monthName(months.from)} – ${monthName(months.to)}`;
}

/** Each kind's count as a plural message (a catalog can take these over as they are). */
export const ENTRY_KINDS: [keyof TransferCounts, PluralForms][] = [
  ['moments', { one: '# moment', other: '# moments' }],
  ['checkIns', { one: '# check-in', other: '# check-ins' }],
  ['followUps', { one: '# follow-up', other: '# follow-ups' }],
  ['reviews', { one: '# review', other: '# reviews' }],
  ['notes', { one: '# note', other: '# notes' }],
];

/** "12 moments, 3 follow-ups and 1 note", or "no entries". */
export function describeEntries(counts: TransferCounts): string {
  const parts = ENTRY_KINDS.filter(([k]) => counts[k] > 0).map(([k, forms]) => plural(appLocale(), counts[k], forms));
  return parts.length === 0 ? 'no entries' : formatList(appLocale(), parts);
}
