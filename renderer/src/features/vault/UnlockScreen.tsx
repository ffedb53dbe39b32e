import { useId, useState } from 'react';
import { call, errorMessage } from '../../api';

/** "Delete all my data" from the lock screen, behind a typed confirmation: it cannot be undone. */
function StartAgain(props: { dataFolder: string | null }) {
  const [open, setOpen] = useState(false);
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (!open) {
    return (
      <button type="button" className="button button--ghost button--small button--danger" onClick={() => setOpen(true)}>
        Start again with an empty log…
      </button>
    );
  }
  return (
    <div className="unlock__start-again">
      <label className="field__label" htmlFor={id}>
        Type DELETE to erase everything{props.dataFolder ? ` in ${props.dataFolder}` : ''}. This cannot be undone.
      </label>
      <input id={id} className="input" value={word} onChange={(e) => setWord(e.target.value)} autoComplete="off" />
      {error && (
        <div className="alert" role="alert">
          {error}
        </div>
      )}
      <div className="moment-form__actions">
        <button type="button" className="button button--ghost button--small" onClick={() => setOpen(false)}>
          Keep my log
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={word !== 'DELETE'}
          onClick={() => void call('data.deleteAll', { confirm: 'DELETE' }).catch((e: unknown) => setError(errorMessage(e)))}
        >
          Erase everything
        </button>
      </div>
    </div>
  );
}

/** Shown instead of the log while it is locked. Only the passphrase opens it. */
export function UnlockScreen(props: { queued: number; busy: boolean; dataFolder: string | null }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const ids = { field: useId(), error: useId() };

  const unlock = async () => {
    if (!passphrase) return setError('Enter your passphrase.');
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
        <h1 id="unlock-title">Touchpoint is locked</h1>
        <p className="muted">Your log is encrypted on this computer. Enter your passphrase to open it.</p>
        <div className="field">
          <label className="field__label" htmlFor={ids.field}>
            Passphrase
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
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        {props.queued > 0 && (
          <p className="field__hint">
            {props.queued === 1 ? 'One moment you logged while locked is waiting' : `${props.queued} moments you logged while locked are waiting`} — it joins your log when you unlock.
          </p>
        )}
        <details className="unlock__forgot">
          <summary>Forgot your passphrase?</summary>
          <p>Nobody can open the log without it — not you, not anyone else: that is what keeps it private. Passphrases are often found again: try the one you use for similar things, and check caps lock.</p>
          <p>If it is truly lost, the only way forward is a fresh start: everything in Touchpoint is deleted and you begin with an empty log. Exports you saved elsewhere are not affected.</p>
          <StartAgain dataFolder={props.dataFolder} />
        </details>
      </form>
    </main>
  );
}
