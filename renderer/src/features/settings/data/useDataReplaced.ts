import { useEffect } from 'react';
import { subscribe } from '../../../api';

/**
 * After "Delete all my data", every window starts over: the main window at the first-run
 * welcome, the popup empty (a half-written moment is data too). After a restore nothing needs
 * reloading: the views refresh when the reopened log announces it is loaded.
 */
export function useDataReplaced(): void {
  useEffect(
    () =>
      subscribe('data.replaced', ({ change }) => {
        if (change !== 'deleted') return;
        if (!window.location.hash.startsWith('#/popup')) window.location.hash = '#/today';
        window.location.reload();
      }),
    [],
  );
}
