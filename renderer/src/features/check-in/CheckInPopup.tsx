import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromptView } from '../../../../shared/domain/coach-view';
import { call, subscribe } from '../../api';
import { SavedConfirmation } from '../popup/SavedConfirmation';
import { usePopupReady } from '../popup/usePopupReady';
import { CheckInCard } from './CheckInCard';
import { dropDraft } from './drafts';

/** The popup's check-in face: shows whatever card the coach has open, live. */
export function CheckInPopup() {
  const { t } = useTranslation('checkIn');
  const [view, setView] = useState<PromptView | null | undefined>(undefined);
  // The card just answered, while its "Saved" confirmation (with Undo) is on screen.
  const [answered, setAnswered] = useState<string | null>(null);

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

  const done = useCallback(() => {
    if (answered) dropDraft(answered);
    setAnswered(null);
    void call('windows.closePopup');
  }, [answered]);

  // A new card that came due meanwhile takes the popup; the confirmation gives way to it.
  const otherCard = view && answered && view.prompt.id !== answered;
  if (answered && !otherCard) {
    const promptId = answered;
    return (
      <SavedConfirmation
        title={t('saved.title')}
        detail={t('saved.detail')}
        undo={() => call('coach.undoAnswer', { promptId })}
        onDone={done}
        // The card is open again (coach.changed brings it back), filled in as it was.
        onUndone={() => setAnswered(null)}
      />
    );
  }
  if (view === undefined) return <main className="popup" aria-busy="true" />;
  if (view === null) {
    return (
      <main className="popup popup--confirmation">
        <p className="muted">{t('card.none')}</p>
      </main>
    );
  }
  // A test card's answer stores nothing: no confirmation, nothing to undo.
  return <CheckInCard key={view.prompt.id} view={view} onAnswered={(a) => a.undoUntil !== null && setAnswered(view.prompt.id)} />;
}
