import { useId, useState } from 'react';
import { DELETE_ALL_WORD } from '../../../../../shared/contract/data-admin';
import { call, errorMessage } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { Spinner } from '../../../components/Spinner';
import { FieldError } from '../../../components/FieldError';

/** Settings → Your data → "Delete all my data…", behind a confirmation that must be typed. */
export function DeleteAllPanel(props: { dataFolder: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="settings-field delete-all">
      <h3 className="field__label">Delete all my data</h3>
      <p className="field__hint">Removes your reflection log, its backups, your calendar connections and your settings from this computer, and starts Touchpoint over.</p>
      <div>
        <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
          Delete all my data…
        </button>
      </div>
      {open && <DeleteAllDialog dataFolder={props.dataFolder} onClose={() => setOpen(false)} />}
    </div>
  );
}

function DeleteAllDialog(props: { dataFolder: string; onClose: () => void }) {
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
    <Dialog title="Delete all your data?" onClose={() => !busy && props.onClose()}>
      <div className="delete-all__dialog">
        <p>This deletes everything Touchpoint keeps on this computer:</p>
        <ul>
          <li>your reflection log: moments, check-ins, follow-ups, reviews and notes;</li>
          <li>every backup of it, and damaged files set aside;</li>
          <li>your calendar connections, with their saved passwords and copies of your calendars;</li>
          <li>your settings and the passphrase lock.</li>
        </ul>
        <p className="delete-all__warning">
          <strong>It cannot be undone.</strong> Touchpoint then starts over as if newly installed.
        </p>
        <p className="field__hint">
          Files you exported and saved elsewhere are not touched. To keep a copy, export your log first (Reflection log → Export / import). Everything removed is in <code>{props.dataFolder}</code>.
        </p>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            Type {DELETE_ALL_WORD} to confirm
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
            <Spinner /> Deleting everything…
          </p>
        )}
        <FieldError message={error} />
        <div className="dialog__actions">
          <button type="button" className="button" disabled={busy} onClick={props.onClose}>
            Keep my data
          </button>
          <button type="button" className="button button--danger-solid" disabled={!confirmed || busy} onClick={() => void deleteAll()}>
            {busy && <Spinner />}
            Delete everything
          </button>
        </div>
      </div>
    </Dialog>
  );
}
