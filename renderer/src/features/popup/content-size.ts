import { call } from '../../api';

type PopupRoute = 'log' | 'check-in';

/** Coalesces a burst of changes (typing, a chip toggled) into one report. */
const DEBOUNCE_MS = 80;

/**
 * The natural height of the popup's face: the face fills the window (min-height: 100%), so it
 * is measured with that lifted for the measurement only — set and restored in the same task,
 * never painted. A menu floating below the content (the review card's "Not now") counts too.
 */
export function measureContentHeight(): number | null {
  const face = document.querySelector<HTMLElement>('main.popup');
  if (!face) return null;
  const previous = face.style.minHeight;
  face.style.minHeight = '0';
  const box = face.getBoundingClientRect();
  let bottom = box.bottom;
  for (const floating of face.querySelectorAll('[role="menu"]')) bottom = Math.max(bottom, floating.getBoundingClientRect().bottom + 8);
  face.style.minHeight = previous;
  return Math.ceil(bottom - box.top);
}

export function reportContentSize(route: PopupRoute): void {
  const height = measureContentHeight();
  if (height !== null) void call('windows.popupContentSize', { route, height }).catch(() => undefined);
}

/** Reports the face's height whenever its content changes, debounced; returns the stop function. */
export function watchContentSize(route: PopupRoute): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: number | null = null;
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const height = measureContentHeight();
      if (height === null || height === last) return;
      last = height;
      void call('windows.popupContentSize', { route, height }).catch(() => undefined);
    }, DEBOUNCE_MS);
  };
  // The measurement's own style change is not a content change (it would loop).
  const mutations = new MutationObserver((records) => {
    if (records.some((r) => !(r.type === 'attributes' && r.attributeName === 'style' && (r.target as Element).matches('main.popup')))) schedule();
  });
  mutations.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  // Width changes (zoom) rewrap the chips.
  const resize = new ResizeObserver(schedule);
  resize.observe(document.body);
  return () => {
    if (timer !== null) clearTimeout(timer);
    mutations.disconnect();
    resize.disconnect();
  };
}
