import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { DELETE_ALL_WORD } from '../../../../../shared/contract/data-admin';
import { call, errorMessage } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { Spinner } from '../../../components/Spinner';
import { FieldError } from '../../../components/FieldError';

/** Settings → Your data → "Delete all my data…", behind a confirmation that must be typed. */
export function DeleteAllPanel(props: { dataFolder: string }) {
  const { t } = useTranslation('settingsData');
  const [open, setOpen] = useState(false);
  return (
    <div className="settings-field delete-all">
      <h3 className="field__label">{t('deleteAll.title')}</h3>
      <p className="field__hint">{t('deleteAll.hint')}</p>
      <div>
        <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
          {t('deleteAll.button')}
        </button>
      </div>
      {open && <DeleteAllDialog dataFolder={props.dataFolder} onClose={() => setOpen(false)} />}
    </div>
  );
}

function DeleteAllDialog(props: { dataFolder: string; onClose: () => void }) {
  const { t } = useTranslation('settingsData');
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmed = typed === DELETE_ALL_WORD;

  const deleteAll = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('data.deleteAll', { confirm: DELETE_ALL_WORD });
      // Every window now starts over at the welcome (see useDataReplaced).
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('deleteAll.dialogTitle')} onClose={() => !busy && props.onClose()}>
      <div className="delete-all__dialog">
        <p>{t('deleteAll.intro')}</p>
        <ul>
          <li>{t('deleteAll.log')}</li>
          <li>{t('deleteAll.backups')}</li>
          <li>{t('deleteAll.calendars')}</li>
          <li>{t('deleteAll.settings')}</li>
        </ul>
        <p className="delete-all__warning">
          <Trans t={t} i18nKey="deleteAll.warning" components={{ strong: <strong /> }} />
        </p>
        <p className="field__hint">
          <Trans t={t} i18nKey="deleteAll.exported" values={{ folder: props.dataFolder }} components={{ code: <code /> }} />
        </p>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t('deleteAll.typeToConfirm', { word: DELETE_ALL_WORD })}
          </label>
          <input
            id={inputId}
            className="input"
            autoFocus
            value={typed}
            autoComplete="off"
            spellCheck={false}
            disabled={busy}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && confirmed && !busy) void deleteAll();
            }}
          />
        </div>
        {busy && (
          <p className="restore__progress" role="status">
            <Spinner /> {t('deleteAll.deleting')}
          </p>
        )}
        <FieldError message={error} />
        <div className="dialog__actions">
          <button type="button" className="button" disabled={busy} onClick={props.onClose}>
            {t('deleteAll.keep')}
          </button>
          <button type="button" className="button button--danger-solid" disabled={!confirmed || busy} onClick={() => void deleteAll()}>
            {busy && <Spinner />}
            {t('deleteAll.confirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
