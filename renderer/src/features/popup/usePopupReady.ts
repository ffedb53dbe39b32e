import { useEffect } from 'react';
import { call } from '../../api';

/**
 * Tells the main process this popup face is drawn (once `ready`: a check-in card has to fetch
 * its card first). The popup window is created hidden and shown only after this, so it never
 * appears empty. Sent again on every switch to the face, because the window may be reused.
 */
export function usePopupReady(route: 'log' | 'check-in', ready: boolean): void {
  useEffect(() => {
    if (ready) void call('windows.popupReady', { route }).catch(() => undefined);
  }, [route, ready]);
}
