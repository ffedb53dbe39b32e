import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountProvider, OAuthClientView } from '../../../../../shared/contract/calendar-accounts';
import { call, errorMessage } from '../../../api';
import { TextField } from '../../../components/TextField';

/** The providers' own names, the same in every language. */
const TITLE: Record<AccountProvider, string> = { google: 'Google', microsoft: 'Microsoft' };

/** One provider's "use your own client": id (and, for Google desktop clients, its secret), saved by the main process. */
function OwnClientForm(props: { view: OAuthClientView; onSaved: (views: OAuthClientView[]) => void }) {
  const { view } = props;
  const [clientId, setClientId] = useState(view.ownClientId ?? '');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const name = TITLE[view.provider];
  const { t } = useTranslation('settingsCalendars');

  const run = async (work: () => Promise<OAuthClientView[]>, done: string) => {
    setError(null);
    setSaved(null);
    try {
      props.onSaved(await work());
      setSaved(done);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form
      className="own-client"
      aria-label={t('ownClient.formLabel', { provider: name })}
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => call('calendar.setOwnClient', { provider: view.provider, clientId, ...(secret ? { clientSecret: secret } : {}) }), t('ownClient.saved', { provider: name }));
      }}
    >
      <h4>{name}</h4>
      <p className="muted">{t(`ownClient.source.${view.source}`)}</p>
      <TextField label={t('ownClient.clientId', { provider: name })} hint={t(`ownClient.hint.${view.provider}`)} value={clientId} onValue={setClientId} error={error} autoComplete="off" spellCheck={false} />
      {view.provider === 'google' && (
        <TextField
          label={t('ownClient.secret')}
          hint={view.ownClientHasSecret ? t('ownClient.secretSaved') : t('ownClient.secretHint')}
          value={secret}
          onValue={setSecret}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <div className="own-client__actions">
        <button type="submit" className="button button--small button--primary">
          {t('ownClient.save', { provider: name })}
        </button>
        {view.source === 'own' && (
          <button type="button" className="button button--small button--ghost" onClick={() => void run(() => call('calendar.clearOwnClient', { provider: view.provider }), t('ownClient.removed', { provider: name }))}>
            {t('ownClient.stop')}
          </button>
        )}
      </div>
      {saved && (
        <p className="own-client__saved" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}

/** Settings → Calendars → Advanced: "use your own client", for people (or their IT) with their own app registration. */
export function OwnClientSettings(props: { clients: OAuthClientView[] | null; open: boolean; onToggle: (open: boolean) => void; onSaved: (views: OAuthClientView[]) => void }) {
  const { t } = useTranslation('settingsCalendars');
  return (
    <details className="disclosure own-clients" open={props.open} onToggle={(event) => props.onToggle(event.currentTarget.open)}>
      <summary>{t('ownClient.summary')}</summary>
      <p className="muted">{t('ownClient.intro')}</p>
      {props.clients?.map((view) => <OwnClientForm key={view.provider} view={view} onSaved={props.onSaved} />)}
    </details>
  );
}
