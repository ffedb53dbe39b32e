/**
 * Colours offered for a calendar, with names so the choice never rests on colour alone. The
 * same calm palette the main process picks new sources' colours from
 * (electron/services/calendar/sync/colors.ts), readable on light and dark.
 */
export const SOURCE_COLORS: readonly { value: string; name: string }[] = [
  { value: '#4f7df3', name: 'Blue' },
  { value: '#e07a5f', name: 'Terracotta' },
  { value: '#3fa98a', name: 'Green' },
  { value: '#a26bd6', name: 'Violet' },
  { value: '#d9a441', name: 'Amber' },
  { value: '#d0587e', name: 'Rose' },
  { value: '#3fa7c9', name: 'Sky' },
  { value: '#7f9a3c', name: 'Olive' },
  { value: '#7066e0', name: 'Indigo' },
  { value: '#b98257', name: 'Clay' },
];

export function colorName(color: string): string {
  return SOURCE_COLORS.find((c) => c.value === color.toLowerCase())?.name ?? 'Custom colour';
}
