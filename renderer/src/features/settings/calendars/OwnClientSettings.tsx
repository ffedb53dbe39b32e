import { useState } from 'react';
import type { AccountProvider, OAuthClientView } from '../../../../../shared/contract/calendar-accounts';
import { call, errorMessage } from '../../../api';
import { TextField } from '../../../components/TextField';

const TITLE: Record<AccountProvider, string> = { google: 'Google', microsoft: 'Microsoft' };
const HINT: Record<AccountProvider, string> = {
  google: 'From Google Cloud console → Credentials → OAuth client ID of type “Desktop app”.',
  microsoft: 'The Application (client) ID of an Entra app registration with the redirect http://localhost (Mobile and desktop applications).',
};

function describeSource(view: OAuthClientView): string {
  if (view.source === 'own') return 'Using your own client.';
  if (view.source === 'build') return 'Using the client built into this copy of Touchpoint.';
  return 'No client yet: connecting needs one.';
}

/** One provider's "use your own client": id (and, for Google desktop clients, its secret), saved by the main process. */
function OwnClientForm(props: { view: OAuthClientView; onSaved: (views: OAuthClientView[]) => void }) {
  const { view } = props;
  const [clientId, setClientId] = useState(view.ownClientId ?? '');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const name = TITLE[view.provider];

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
      aria-label={`Your own ${name} client`}
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => call('calendar.setOwnClient', { provider: view.provider, clientId, ...(secret ? { clientSecret: secret } : {}) }), `Saved. The next ${name} connection uses your client.`);
      }}
    >
      <h4>{name}</h4>
      <p className="muted">{describeSource(view)}</p>
      <TextField label={`${name} client id`} hint={HINT[view.provider]} value={clientId} onValue={setClientId} error={error} autoComplete="off" spellCheck={false} />
      {view.provider === 'google' && (
        <TextField
          label="Client secret"
          hint={view.ownClientHasSecret ? 'A secret is saved. Type a new one to replace it.' : 'Google gives desktop clients a secret it says is not confidential; Touchpoint needs it to finish the sign-in.'}
          value={secret}
          onValue={setSecret}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <div className="own-client__actions">
        <button type="submit" className="button button--small button--primary">
          Save {name} client
        </button>
        {view.source === 'own' && (
          <button type="button" className="button button--small button--ghost" onClick={() => void run(() => call('calendar.clearOwnClient', { provider: view.provider }), `Removed. ${name} uses the built-in client, if this copy has one.`)}>
            Stop using my client
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
  return (
    <details className="disclosure own-clients" open={props.open} onToggle={(event) => props.onToggle(event.currentTarget.open)}>
      <summary>Advanced: use your own client</summary>
      <p className="muted">
        Google and Microsoft sign-ins go through an app registration (a “client”). If your organisation requires its own, or this copy of Touchpoint has none, enter its id here. Already connected
        accounts keep the client they were connected with.
      </p>
      {props.clients?.map((view) => <OwnClientForm key={view.provider} view={view} onSaved={props.onSaved} />)}
    </details>
  );
}
