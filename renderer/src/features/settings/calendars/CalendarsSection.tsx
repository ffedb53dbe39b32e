import { SettingsCard } from '../SettingsCard';
import { useCallback, useState } from 'react';
import { Toast } from '../../../components/Toast';
import { useNow } from '../../today/useNow';
import { AddCalendarDialog } from './AddCalendarDialog';
import { ConnectAccounts } from './ConnectAccounts';
import { OwnClientSettings } from './OwnClientSettings';
import { useOAuthClients } from './useAccountConnect';
import { SourceItem } from './SourceItem';
import { useCalendarSources } from './useCalendarSources';

/** Settings → Calendars: the connected calendars and "Add a calendar". */
export function CalendarsSection(props: { headingId: string }) {
  const { sources, error } = useCalendarSources();
  const [adding, setAdding] = useState(false);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [disconnected, setDisconnected] = useState<string | null>(null);
  const oauthClients = useOAuthClients();
  const [toast, setToast] = useState<string | null>(null);
  const now = useNow(30_000);
  const closeToast = useCallback(() => setToast(null), []);

  return (
    <SettingsCard
      headingId={props.headingId}
      title="Calendars"
      description="Touchpoint reads your calendars to know when your meetings are. Nothing is ever written back."
      action={
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          Add a calendar…
        </button>
      }
    >
      <section className="connect-section" aria-label="Google and Microsoft accounts">
        <p className="muted">Company calendar links switched off? Sign in to Google or Microsoft instead: Touchpoint only reads your calendar.</p>
        <ConnectAccounts clients={oauthClients.clients} onShowAdvanced={() => setAdvancedOpen(true)} />
      </section>
      {oauthClients.error && <p className="field__error">{oauthClients.error}</p>}
      {error && (
        <div className="alert" role="alert">
          Your calendars could not be listed: {error}
        </div>
      )}
      {disconnected && (
        <div className="connect-accounts__done" role="status">
          <p>{disconnected}</p>
          <button type="button" className="button button--small" onClick={() => setDisconnected(null)}>
            OK
          </button>
        </div>
      )}
      {sources && sources.length === 0 && (
        <p className="settings-section__empty">No calendar connected yet. Without one, Touchpoint can’t time check-ins around your meetings — but you can still log moments any time.</p>
      )}
      {sources && sources.length > 0 && (
        <ul className="sources" aria-label="Connected calendars">
          {sources.map((source) => (
            <SourceItem key={source.id} source={source} now={now} onMessage={setDisconnected} />
          ))}
        </ul>
      )}
      <OwnClientSettings clients={oauthClients.clients} open={advancedOpen} onToggle={setAdvancedOpen} onSaved={oauthClients.set} />
      {adding && (
        <AddCalendarDialog
          onClose={() => setAdding(false)}
          onAdded={(source) => {
            setAdding(false);
            setToast(`“${source.name}” added.`);
          }}
        />
      )}
      {toast && <Toast message={toast} onDone={closeToast} />}
    </SettingsCard>
  );
}
