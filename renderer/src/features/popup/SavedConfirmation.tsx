import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api';

/** Long enough to reach Undo (Tab, then Enter; or Ctrl/⌘+Z), short enough to stay out of the way. */
export const CONFIRMATION_MS = 5000;
const UNDONE_MS = 1500;

export interface SavedConfirmationProps {
  title: string;
  detail: string;
  /** Takes the save back in the main process; null: nothing to take back (no Undo button). */
  undo: (() => Promise<unknown>) | null;
  onDone: () => void;
  /** After a successful Undo; without it the confirmation says "Taken back" and then closes. */
  onUndone?: () => void;
}

/**
 * "Saved", with Undo for a few seconds: after Log a moment (the moment is removed) and after
 * answering a check-in card (the answer is removed and the card comes back).
 */
export function SavedConfirmation(props: SavedConfirmationProps) {
  const { t } = useTranslation('moment');
  const [state, setState] = useState<'saved' | 'undoing' | 'undone'>('saved');
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  const { onDone, onUndone } = props;

  useEffect(() => panel.current?.focus(), []);
  useEffect(() => {
    if (state === 'undoing' || error) return;
    const timer = setTimeout(onDone, state === 'undone' ? UNDONE_MS : CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state, error, onDone]);

  const undo = async () => {
    if (!props.undo || state !== 'saved') return;
    setState('undoing');
    try {
      await props.undo();
      if (onUndone) onUndone();
      else setState('undone');
    } catch (e) {
      setError(t('confirmation.undoFailed', { reason: errorMessage(e) }));
      setState('saved');
    }
  };

  return (
    <main
      ref={panel}
      className="popup popup--confirmation"
      aria-live="polite"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
        else if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void undo();
        }
      }}
    >
      <div className="confirmation">
        <div className="confirmation__mark" aria-hidden="true" data-undone={state === 'undone' || undefined}>
          {state === 'undone' ? '↶' : '✓'}
        </div>
        {state === 'undone' ? (
          <>
            <p className="confirmation__title">{t('confirmation.takenBack')}</p>
            <p className="muted">{t('confirmation.nothingAdded')}</p>
          </>
        ) : (
          <>
            <p className="confirmation__title">{props.title}</p>
            <p className="muted">{props.detail}</p>
            {props.undo && (
              <button type="button" className="button button--ghost button--small" onClick={() => void undo()} disabled={state === 'undoing'} aria-keyshortcuts="Control+Z Meta+Z">
                {t('confirmation.undo')} <span className="kbd" aria-hidden="true">{t('keys.ctrlZ')}</span>
              </button>
            )}
            {error && (
              <p className="alert" role="alert">
                {error}
              </p>
            )}
          </>
        )}
      </div>
    </main>
  );
}
