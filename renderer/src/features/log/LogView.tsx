import { useCallback, useMemo, useState } from 'react';
import { describeDay, groupByDay } from '../../../../shared/domain/log-view';
import type { Moment } from '../../../../shared/domain/moment';
import { dayKey } from '../../../../shared/domain/time';
import { call, errorMessage } from '../../api';
import { Toast } from '../../components/Toast';
import { EditMomentDialog } from './EditMomentDialog';
import { LogEntry } from './LogEntry';
import { NewMomentDialog } from './NewMomentDialog';
import { useMomentLog } from './useMomentLog';

type ToastState = { message: string; undo?: Moment } | null;

/** The reflection log: every moment, newest first, grouped by day. */
export function LogView() {
  const log = useMomentLog();
  const [editing, setEditing] = useState<Moment | null>(null);
  const [creating, setCreating] = useState(false);
  const [toast, setToast] = useState<ToastState>(null);
  const groups = useMemo(() => groupByDay(log.moments), [log.moments]);
  const today = dayKey(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const closeToast = useCallback(() => setToast(null), []);

  const remove = async (moment: Moment) => {
    try {
      await call('moments.remove', { id: moment.id });
      setToast({ message: 'Moment deleted.', undo: moment });
    } catch (error) {
      setToast({ message: errorMessage(error) });
    }
  };

  const undo = async (moment: Moment) => {
    setToast(null);
    try {
      await call('moments.restore', { moment });
      setToast({ message: 'Moment restored.' });
    } catch (error) {
      setToast({ message: errorMessage(error) });
    }
  };

  return (
    <section className="view" aria-labelledby="log-title">
      <header className="view__header">
        <div>
          <h1 id="log-title">Reflection log</h1>
          <p className="muted">{log.total === 1 ? '1 moment' : `${log.total} moments`}, newest first</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          Log a moment
        </button>
      </header>

      {log.status === 'error' && (
        <div className="alert" role="alert">
          The log could not be loaded: {log.error}{' '}
          <button type="button" className="button button--small" onClick={() => void log.reload()}>
            Try again
          </button>
        </div>
      )}

      {log.status === 'ready' && log.total === 0 && (
        <div className="empty">
          <h2>No moments yet</h2>
          <p className="muted">
            After a conversation, take forty seconds: did it help or harm trust, and what did you do? Use “Log a moment…” in the tray menu, or the button above.
          </p>
        </div>
      )}

      {groups.map((group) => (
        <section key={group.day} className="day" aria-label={describeDay(group.day, today)}>
          <h2 className="day__title">{describeDay(group.day, today)}</h2>
          <div className="day__entries">
            {group.items.map((m) => (
              <LogEntry key={m.id} moment={m} onEdit={() => setEditing(m)} onDelete={() => void remove(m)} />
            ))}
          </div>
        </section>
      ))}

      {log.nextCursor && (
        <div className="view__more">
          <button type="button" className="button" onClick={() => void log.loadMore()}>
            Show older moments
          </button>
        </div>
      )}

      {editing && <EditMomentDialog moment={editing} onClose={() => setEditing(null)} />}
      {creating && (
        <NewMomentDialog
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            setToast({ message: 'Saved to your reflection log.' });
          }}
        />
      )}
      {toast && (
        <Toast
          message={toast.message}
          actionLabel={toast.undo ? 'Undo' : undefined}
          onAction={toast.undo ? () => void undo(toast.undo!) : undefined}
          onDone={closeToast}
        />
      )}
    </section>
  );
}
