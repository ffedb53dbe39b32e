import { useEffect } from 'react';

/** A short message at the bottom with an optional action (e.g. Undo); it goes away by itself. */
export function Toast(props: { message: string; actionLabel?: string; onAction?: () => void; onDone: () => void; durationMs?: number }) {
  const { onDone, durationMs = 8000 } = props;
  useEffect(() => {
    const timer = setTimeout(onDone, durationMs);
    return () => clearTimeout(timer);
  }, [onDone, durationMs]);
  return (
    <div className="toast" role="status">
      <span>{props.message}</span>
      {props.actionLabel && (
        <button type="button" className="button button--small" onClick={props.onAction}>
          {props.actionLabel}
        </button>
      )}
      <button type="button" className="button button--small button--ghost" aria-label="Dismiss" onClick={onDone}>
        ✕
      </button>
    </div>
  );
}
