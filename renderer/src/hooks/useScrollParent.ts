import { createContext, useContext } from 'react';

/** The main window's scrolling element, for virtualised lists inside a view. */
export const ScrollParentContext = createContext<HTMLElement | null>(null);

export function useScrollParent(): HTMLElement | null {
  return useContext(ScrollParentContext);
}
