import { useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../../api';

/** Long enough to reach Undo (Tab, then Enter; or Ctrl/⌘+Z), short enough to stay out of the way. */
export const CONFIRMATION_MS = 5000;
const UNDONE_MS = 1500;

/**
 * "Saved" after Log a moment, with Undo: the main process removes the moment it just added.
 * Sealed moments (log locked) cannot be taken back until unlocked, so they get no Undo.
 */
export function SavedConfirmation(props: { momentId: string | null; locked: boolean; onDone: () => void }) {
  const [state, setState] = useState<'saved' | 'undoing' | 'undone'>('saved');
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  const { onDone } = props;

  useEffect(() => panel.current?.focus(), []);
  useEffect(() => {
    if (state === 'undoing' || error) return;
    const timer = setTimeout(onDone, state === 'undone' ? UNDONE_MS : CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state, error, onDone]);

  const undo = async () => {
    if (!props.momentId || state !== 'saved') return;
    setState('undoing');
    try {
      await call('moments.remove', { id: props.momentId });
      setState('undone');
    } catch (e) {
      setError(`Could not undo: ${errorMessage(e)}`);
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
            <p className="confirmation__title">Taken back</p>
            <p className="muted">Nothing was added to your log.</p>
          </>
        ) : (
          <>
            <p className="confirmation__title">{props.locked ? 'Saved, sealed until you unlock' : 'Saved to your reflection log'}</p>
            <p className="muted">{props.locked ? 'It joins your log when you next unlock Touchpoint.' : 'Small moments add up.'}</p>
            {props.momentId && !props.locked && (
              <button type="button" className="button button--ghost button--small" onClick={() => void undo()} disabled={state === 'undoing'} aria-keyshortcuts="Control+Z Meta+Z">
                Undo <span className="kbd" aria-hidden="true">Ctrl Z</span>
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
