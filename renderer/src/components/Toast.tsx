import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** A short message at the bottom with an optional action (e.g. Undo); it goes away by itself. */
export function Toast(props: { message: string; actionLabel?: string; onAction?: () => void; onDone: () => void; durationMs?: number }) {
  const { onDone, durationMs = 8000 } = props;
  const { t } = useTranslation();
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
      <button type="button" className="button button--small button--ghost" aria-label={t('actions.dismiss')} onClick={onDone}>
        ✕
      </button>
    </div>
  );
}
