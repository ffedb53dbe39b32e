import { useState } from 'react';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { call, errorMessage } from '../../../api';
import { Spinner } from '../../../components/Spinner';
import { TextField } from '../../../components/TextField';
import { FieldError } from '../../../components/FieldError';

/** Whether the source can only work again once the user gives its secret again. */
export function needsCredentials(source: CalendarSourceView): source is Extract<CalendarSourceView, { kind: 'ics-url' | 'caldav' }> {
  // Google and Microsoft accounts have no password to type: they connect again through the browser.
  if (source.kind !== 'ics-url' && source.kind !== 'caldav') return false;
  const kind = source.status.lastErrorKind;
  return source.secretsUnreadable || kind === 'auth' || kind === 'secret-unavailable';
}

/** "The server said the password is wrong": enter it (or the private address) again, then sync. */
export function CredentialsFix(props: { source: Extract<CalendarSourceView, { kind: 'ics-url' | 'caldav' }> }) {
  const { source } = props;
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState(source.kind === 'caldav' ? source.username : '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const what = source.kind === 'caldav' ? 'password' : 'address';

  const save = async () => {
    if (source.kind === 'caldav' && !password) return setProblem('Enter the app password.');
    if (source.kind === 'ics-url' && !url.trim()) return setProblem('Paste the calendar’s address.');
    setSaving(true);
    setProblem(null);
    try {
      await call('calendar.updateCredentials', source.kind === 'caldav' ? { id: source.id, username: username.trim(), password } : { id: source.id, url: url.trim() });
      setOpen(false);
      setPassword('');
      setUrl('');
      await call('calendar.sync', { id: source.id });
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const reason = source.secretsUnreadable
    ? `The saved ${what} can’t be read on this computer (for example after moving your data here).`
    : source.kind === 'caldav'
      ? 'The server didn’t accept the password.'
      : 'The server didn’t accept this address.';

  return (
    <div className="source__fix">
      <p>
        {reason} {source.kind === 'caldav' ? 'Enter it again to keep syncing.' : 'Paste the address again to keep syncing.'}
      </p>
      {!open ? (
        <button type="button" className="button button--small button--primary" onClick={() => setOpen(true)}>
          {source.kind === 'caldav' ? 'Enter the password again' : 'Paste the address again'}
        </button>
      ) : (
        <form
          className="source__fix-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {source.kind === 'caldav' ? (
            <div className="field-row">
              <TextField label="User name" autoComplete="username" value={username} onValue={setUsername} />
              <TextField label="App password" type="password" autoComplete="current-password" autoFocus value={password} onValue={setPassword} />
            </div>
          ) : (
            <TextField label="Calendar address" type="url" spellCheck={false} autoFocus value={url} onValue={setUrl} placeholder="https://… or webcal://…" />
          )}
          <FieldError message={problem} />
          <div className="source__actions">
            <button type="submit" className="button button--small button--primary" disabled={saving}>
              {saving && <Spinner />}
              {saving ? 'Saving…' : 'Save and sync'}
            </button>
            <button type="button" className="button button--small button--ghost" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
