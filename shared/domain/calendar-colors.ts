import type { Namespace, TFunction } from 'i18next';
/**
 * The colours a calendar can have: calm, mutually distinct hues that stay readable as a dot
 * or stripe on the light and the dark theme. Named, so the choice never rests on colour alone.
 * The main process gives new calendars the first unused one; Settings offers them all.
 */
export const SOURCE_COLORS = [
  { value: '#4f7df3', id: 'blue' },
  { value: '#e07a5f', id: 'terracotta' },
  { value: '#3fa98a', id: 'green' },
  { value: '#a26bd6', id: 'violet' },
  { value: '#d9a441', id: 'amber' },
  { value: '#d0587e', id: 'rose' },
  { value: '#3fa7c9', id: 'sky' },
  { value: '#7f9a3c', id: 'olive' },
  { value: '#7066e0', id: 'indigo' },
  { value: '#b98257', id: 'clay' },
] as const;

export const SOURCE_PALETTE: readonly string[] = SOURCE_COLORS.map((c) => c.value);

/** A colour's name ("Blue"), in `t`'s language; "Custom colour" for one not in the palette. */
export function colorName(color: string, t: TFunction<Namespace>): string {
  const known = SOURCE_COLORS.find((c) => c.value === color.toLowerCase());
  return t(`coach:colours.${known?.id ?? 'custom'}`);
}
