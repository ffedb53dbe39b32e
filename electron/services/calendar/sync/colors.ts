import { SOURCE_PALETTE } from '../../../../shared/domain/calendar-colors';

export { SOURCE_PALETTE };

/** The first palette colour no existing source uses; when all are taken, the least used. */
export function pickSourceColor(usedColors: readonly string[]): string {
  const counts = new Map<string, number>(SOURCE_PALETTE.map((color) => [color, 0]));
  for (const color of usedColors) {
    const key = color.toLowerCase();
    const count = counts.get(key);
    if (count !== undefined) counts.set(key, count + 1);
  }
  let best = SOURCE_PALETTE[0]!;
  let bestCount = Number.POSITIVE_INFINITY;
  for (const color of SOURCE_PALETTE) {
    const count = counts.get(color) ?? 0;
    if (count < bestCount) {
      best = color;
      bestCount = count;
    }
  }
  return best;
}

/** CalDAV servers send colours as #RRGGBB or #RRGGBBAA (Apple); anything else is dropped. */
export function normalizeServerColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(value.trim());
  return match ? `#${match[1]!.toLowerCase()}` : null;
}
