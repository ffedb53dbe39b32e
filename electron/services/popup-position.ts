export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARGIN = 12;

/**
 * Where the popup goes: next to the tray icon when the OS reports where it is (macOS,
 * Windows), otherwise in the right-hand corner of the work area on the panel's side: Linux
 * trays report an empty rectangle, and a panel shows as the gap between the display's bounds
 * and its work area (GNOME and Ubuntu have theirs at the top). Always fully inside the work area.
 */
export function popupPosition(tray: Rect | null, workArea: Rect, size: { width: number; height: number }, displayBounds: Rect = workArea): { x: number; y: number } {
  const clamp = (value: number, min: number, max: number) => Math.round(Math.min(Math.max(value, min), max));
  const minX = workArea.x + MARGIN;
  const maxX = workArea.x + workArea.width - size.width - MARGIN;
  const minY = workArea.y + MARGIN;
  const maxY = workArea.y + workArea.height - size.height - MARGIN;

  const trayKnown = tray !== null && tray.width > 0 && tray.height > 0;
  if (!trayKnown) {
    const panelAbove = workArea.y - displayBounds.y;
    const panelBelow = displayBounds.y + displayBounds.height - (workArea.y + workArea.height);
    return { x: clamp(maxX, minX, maxX), y: panelAbove > panelBelow ? clamp(minY, minY, maxY) : clamp(maxY, minY, maxY) };
  }

  const trayCenterX = tray.x + tray.width / 2;
  const trayCenterY = tray.y + tray.height / 2;
  const workCenterY = workArea.y + workArea.height / 2;
  const x = clamp(trayCenterX - size.width / 2, minX, maxX);
  // Tray at the top (macOS menu bar, top panels): open below it; otherwise above it.
  const y = trayCenterY < workCenterY ? clamp(tray.y + tray.height + 4, minY, maxY) : clamp(tray.y - size.height - 4, minY, maxY);
  return { x, y };
}
