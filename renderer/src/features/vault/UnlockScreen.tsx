import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api';

/** "Delete all my data" from the lock screen, behind a typed confirmation: it cannot be undone. */
function StartAgain(props: { dataFolder: string | null }) {
  const { t } = useTranslation('shell');
  const [open, setOpen] = useState(false);
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // The word is typed in the window's language; the main process gets its own fixed confirmation.
  const eraseWord = t('unlock.eraseWord');
  if (!open) {
    return (
      <button type="button" className="button button--ghost button--small button--danger" onClick={() => setOpen(true)}>
        {t('unlock.startAgain')}
      </button>
    );
  }
  return (
    <div className="unlock__start-again">
      <label className="field__label" htmlFor={id}>
        {props.dataFolder ? t('unlock.eraseConfirmIn', { word: eraseWord, folder: props.dataFolder }) : t('unlock.eraseConfirm', { word: eraseWord })}
      </label>
      <input id={id} className="input" value={word} onChange={(e) => setWord(e.target.value)} autoComplete="off" />
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      <div className="moment-form__actions">
        <button type="button" className="button button--ghost button--small" onClick={() => setOpen(false)}>
          {t('unlock.keep')}
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={word !== eraseWord}
          onClick={() => void call('data.deleteAll', { confirm: 'DELETE' }).catch((e: unknown) => setError(errorMessage(e)))}
        >
          {t('unlock.erase')}
        </button>
      </div>
    </div>
  );
}

/** Shown instead of the log while it is locked. Only the passphrase opens it. */
export function UnlockScreen(props: { queued: number; busy: boolean; dataFolder: string | null }) {
  const { t } = useTranslation('shell');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const ids = { field: useId(), error: useId() };

  const unlock = async () => {
    if (!passphrase) return setError(t('unlock.missing'));
    setWorking(true);
    setError(null);
    try {
      await call('vault.unlock', { passphrase });
    } catch (e) {
      setError(errorMessage(e));
      setWorking(false);
    }
  };

  const busy = working || props.busy;
  return (
    <main className="unlock" aria-labelledby="unlock-title">
      <form
        className="unlock__card card"
        onSubmit={(e) => {
          e.preventDefault();
          void unlock();
        }}
      >
        <span className="shell__logo unlock__logo" aria-hidden="true" />
        <h1 id="unlock-title">{t('unlock.title')}</h1>
        <p className="muted">{t('unlock.lead')}</p>
        <div className="field">
          <label className="field__label" htmlFor={ids.field}>
            {t('unlock.passphrase')}
          </label>
          <input
            id={ids.field}
            className="input"
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </div>
        {error && (
          <div className="alert" role="alert" id={ids.error}>
            {error}
          </div>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('unlock.unlocking') : t('unlock.unlock')}
        </button>
        {props.queued > 0 && (
          <p className="field__hint">
            {t('unlock.queued', { count: props.queued })}
          </p>
        )}
        <details className="unlock__forgot">
          <summary>{t('unlock.forgot')}</summary>
          <p>{t('unlock.forgotWhy')}</p>
          <p>{t('unlock.forgotLost')}</p>
          <StartAgain dataFolder={props.dataFolder} />
        </details>
      </form>
    </main>
  );
}
