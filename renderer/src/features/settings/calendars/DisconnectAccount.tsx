import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { call, errorMessage } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { FieldError } from '../../../components/FieldError';
import { Spinner } from '../../../components/Spinner';

/** "Disconnect…" for a Google or Microsoft account: withdraws the access where it can, and says what happened. */
export function DisconnectAccount(props: { source: CalendarSourceView; onDone: (message: string) => void }) {
  const { source } = props;
  const { t } = useTranslation('settingsCalendars');
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
      <button type="button" className="button button--small button--ghost button--danger" aria-label={t('disconnect.buttonLabel', { name: source.name })} onClick={() => setConfirming(true)}>
        {t('disconnect.button')}
      </button>
      {confirming && (
        <Dialog title={t('disconnect.title', { name: source.name })} onClose={() => setConfirming(false)}>
          <p>{t('disconnect.text')}</p>
          <FieldError message={error} />
          <div className="dialog__actions">
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t('disconnect.keep')}
            </button>
            <button type="button" className="button button--danger-solid" disabled={working} onClick={() => void disconnect()}>
              {working && <Spinner />}
              {t('disconnect.confirm')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
