import { useRef, useState, type KeyboardEvent } from 'react';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Roving tabindex for a group of chips: the group is one Tab stop, the arrow keys (and Home /
 * End) move within it. In a toolbar of toggles moving chooses nothing — Enter or Space on the
 * chip does, as on any button; a radio group passes `onMove` to check the chip it lands on, as
 * radio groups do.
 */
export function useRovingFocus(count: number, preferred = 0, onMove?: (index: number) => void) {
  const refs = useRef<(HTMLElement | null)[]>([]);
  const [active, setActive] = useState<number | null>(null);
  const current = Math.min(active ?? preferred, Math.max(count - 1, 0));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const step = STEP[event.key];
    let next: number;
    if (step !== undefined) next = (index + step + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
    onMove?.(next);
  };

  /** The props one chip needs; spread them onto the button. */
  return (index: number) => ({
    ref: (el: HTMLElement | null) => {
      refs.current[index] = el;
    },
    tabIndex: index === current ? 0 : -1,
    onFocus: () => setActive(index),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, index),
  });
}
