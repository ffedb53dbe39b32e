import type { Rect } from './popup-position';

/**
 * The popup's size: as wide as always (the card's layout is designed for it), as tall as its
 * content within limits — the review card is short, an after card with a repair long. Past the
 * maximum the card scrolls and keeps its actions in view (sticky bar).
 */
export const POPUP_WIDTH = 420;
/** Before the page has said how tall it is (and the old fixed size). */
export const DEFAULT_POPUP_HEIGHT = 620;
export const MIN_POPUP_HEIGHT = 180;
export const MAX_POPUP_HEIGHT = 760;
/** Kept free above and below in the work area (as popup-position's margin). */
const SCREEN_MARGIN = 12;
/** Changes smaller than this are ignored: no window resize for a pixel of rounding. */
const SLACK = 4;

export function popupSize(contentHeight: number | null, workArea: Pick<Rect, 'height'>): { width: number; height: number } {
  const fitsScreen = Math.max(MIN_POPUP_HEIGHT, workArea.height - 2 * SCREEN_MARGIN);
  const wanted = contentHeight === null ? DEFAULT_POPUP_HEIGHT : Math.ceil(contentHeight);
  return { width: POPUP_WIDTH, height: Math.min(Math.max(wanted, MIN_POPUP_HEIGHT), MAX_POPUP_HEIGHT, fitsScreen) };
}

/** Whether a newly reported content height should resize the window at all. */
export function sizeChanged(previous: number | null, next: number): boolean {
  return previous === null || Math.abs(previous - next) >= SLACK;
}
