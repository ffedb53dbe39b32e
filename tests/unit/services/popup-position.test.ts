import { describe, expect, it } from 'vitest';
import { popupPosition } from '../../../electron/services/popup-position';

const size = { width: 420, height: 620 };
const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('popupPosition', () => {
  it('opens above a tray icon on a bottom taskbar (Windows), centred on the icon', () => {
    expect(popupPosition({ x: 1700, y: 1050, width: 24, height: 24 }, screen, size)).toEqual({ x: 1488, y: 408 });
  });

  it('opens below a tray icon in a top menu bar (macOS), kept inside the screen', () => {
    expect(popupPosition({ x: 1880, y: 0, width: 22, height: 24 }, { x: 0, y: 25, width: 1920, height: 1055 }, size)).toEqual({ x: 1488, y: 37 });
  });

  it('uses the bottom-right corner of the work area when the tray position is unknown (Linux)', () => {
    expect(popupPosition({ x: 0, y: 0, width: 0, height: 0 }, screen, size)).toEqual({ x: 1488, y: 408 });
    expect(popupPosition(null, { x: 1920, y: 0, width: 1280, height: 800 }, size)).toEqual({ x: 2768, y: 168 });
  });

  it('goes to the top-right corner when the panel is at the top and the tray position is unknown (GNOME, Ubuntu)', () => {
    const display = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(popupPosition(null, { x: 0, y: 32, width: 1920, height: 1048 }, size, display)).toEqual({ x: 1488, y: 44 });
    // Panel at the bottom (KDE, Windows-like layouts): the bottom-right corner.
    expect(popupPosition(null, { x: 0, y: 0, width: 1920, height: 1036 }, size, display)).toEqual({ x: 1488, y: 404 });
  });
});
