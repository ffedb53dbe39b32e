/**
 * The colours a calendar can have: calm, mutually distinct hues that stay readable as a dot
 * or stripe on the light and the dark theme. Named, so the choice never rests on colour alone.
 * The main process gives new calendars the first unused one; Settings offers them all.
 */
export const SOURCE_COLORS = [
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
] as const;

export const SOURCE_PALETTE: readonly string[] = SOURCE_COLORS.map((c) => c.value);

export function colorName(color: string): string {
  return SOURCE_COLORS.find((c) => c.value === color.toLowerCase())?.name ?? 'Custom colour';
}
