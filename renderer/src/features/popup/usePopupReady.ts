import { useEffect } from 'react';
import { call } from '../../api';
import { reportContentSize, watchContentSize } from './content-size';

/**
 * Tells the main process this popup face is drawn (once `ready`: a check-in card has to fetch
 * its card first). The popup window is created hidden and shown only after this, so it never
 * appears empty. Sent again on every switch to the face, because the window may be reused.
 * Its content height goes first, so the window appears at its size; later changes follow.
 */
export function usePopupReady(route: 'log' | 'check-in', ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    reportContentSize(route);
    void call('windows.popupReady', { route }).catch(() => undefined);
    return watchContentSize(route);
  }, [route, ready]);
}
