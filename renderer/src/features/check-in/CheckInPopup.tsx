import { useEffect, useState } from 'react';
import type { PromptView } from '../../../../shared/domain/coach-view';
import { call, subscribe } from '../../api';
import { usePopupReady } from '../popup/usePopupReady';
import { CheckInCard } from './CheckInCard';

/** The popup's check-in face: shows whatever card the coach has open, live. */
export function CheckInPopup() {
  const [view, setView] = useState<PromptView | null | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    call('coach.current').then(
      (v) => alive && setView(v),
      () => alive && setView(null),
    );
    const off = subscribe('coach.changed', (state) => setView(state.current));
    return () => {
      alive = false;
      off();
    };
  }, []);
  usePopupReady('check-in', view !== undefined);

  if (view === undefined) return <main className="popup" aria-busy="true" />;
  if (view === null) {
    return (
      <main className="popup popup--confirmation">
        <p className="muted">No check-in right now.</p>
      </main>
    );
  }
  return <CheckInCard key={view.prompt.id} view={view} />;
}
