import type { TransferCounts } from '../../../../../shared/domain/transfer';

/** "Sat 21 Nov 2026, 10:30", in the user's zone and language. */
export function backupDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "0.4 KB", "12 KB", "1.4 MB". */
export function byteSize(bytes: number): string {
  if (bytes < 10 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const monthName = (key: string) => new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));

/** "Nov 2026", "Oct 2025 – Nov 2026", or "no entries". */
export function monthRange(months: { from: string; to: string } | null): string {
  if (!months) return 'no entries';
  return months.from === months.to ? monthName(months.from) : `${monthName(months.from)} – ${monthName(months.to)}`;
}

const KINDS: [keyof TransferCounts, string, string][] = [
  ['moments', 'moment', 'moments'],
  ['checkIns', 'check-in', 'check-ins'],
  ['followUps', 'follow-up', 'follow-ups'],
  ['reviews', 'review', 'reviews'],
  ['notes', 'note', 'notes'],
];

/** "12 moments, 3 follow-ups and 1 note", or "no entries". */
export function describeEntries(counts: TransferCounts): string {
  const parts = KINDS.filter(([k]) => counts[k] > 0).map(([k, one, many]) => `${counts[k]} ${counts[k] === 1 ? one : many}`);
  if (parts.length === 0) return 'no entries';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}
