import { useState } from 'react';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { call, errorMessage } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { FieldError } from '../../../components/FieldError';
import { Spinner } from '../../../components/Spinner';

/** "Disconnect…" for a Google or Microsoft account: withdraws the access where it can, and says what happened. */
export function DisconnectAccount(props: { source: CalendarSourceView; onDone: (message: string) => void }) {
  const { source } = props;
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const disconnect = async () => {
    setWorking(true);
    setError(null);
    try {
      const result = await call('calendar.disconnect', { id: source.id });
      setConfirming(false);
      props.onDone(result.message);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setWorking(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--small button--ghost button--danger" aria-label={`Disconnect ${source.name}…`} onClick={() => setConfirming(true)}>
        Disconnect…
      </button>
      {confirming && (
        <Dialog title={`Disconnect “${source.name}”?`} onClose={() => setConfirming(false)}>
          <p>Touchpoint stops reading this account and deletes its keys. Its meetings disappear from Today; what you already logged stays in your reflection log.</p>
          <FieldError message={error} />
          <div className="dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              Keep it
            </button>
            <button type="button" className="button button--danger-solid" disabled={working} onClick={() => void disconnect()}>
              {working && <Spinner />}
              Disconnect
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
