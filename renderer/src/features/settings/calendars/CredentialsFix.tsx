import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['settingsCalendars', 'common']);
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState(source.kind === 'caldav' ? source.username : '');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (source.kind === 'caldav' && !password) return setProblem(t('check.enterPassword'));
    if (source.kind === 'ics-url' && !url.trim()) return setProblem(t('check.pasteAddress'));
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

  const caldav = source.kind === 'caldav';
  const reason = source.secretsUnreadable
    ? t(caldav ? 'credentials.unreadablePassword' : 'credentials.unreadableAddress')
    : t(caldav ? 'credentials.passwordRefused' : 'credentials.addressRefused');

  return (
    <div className="source__fix">
      <p>
        {reason} {t(caldav ? 'credentials.enterAgainHint' : 'credentials.pasteAgainHint')}
      </p>
      {!open ? (
        <button type="button" className="button button--small button--primary" onClick={() => setOpen(true)}>
          {t(caldav ? 'credentials.enterAgain' : 'credentials.pasteAgain')}
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
              <TextField label={t('fields.username')} autoComplete="username" value={username} onValue={setUsername} />
              <TextField label={t('fields.appPassword')} type="password" autoComplete="current-password" autoFocus value={password} onValue={setPassword} />
            </div>
          ) : (
            <TextField label={t('fields.address')} type="url" spellCheck={false} autoFocus value={url} onValue={setUrl} placeholder={t('fields.addressPlaceholder')} />
          )}
          <FieldError message={problem} />
          <div className="source__actions">
            <button type="submit" className="button button--small button--primary" disabled={saving}>
              {saving && <Spinner />}
              {saving ? t('common:status.saving') : t('credentials.saveAndSync')}
            </button>
            <button type="button" className="button button--small button--ghost" onClick={() => setOpen(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
