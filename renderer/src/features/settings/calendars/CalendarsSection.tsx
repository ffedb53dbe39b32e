import { SettingsCard } from '../SettingsCard';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('settingsCalendars');
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
      title={t('section.title')}
      description={t('section.description')}
      action={
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          {t('section.add')}
        </button>
      }
    >
      <section className="connect-section" aria-label={t('section.accountsLabel')}>
        <p className="muted">{t('section.accountsIntro')}</p>
        <ConnectAccounts clients={oauthClients.clients} onShowAdvanced={() => setAdvancedOpen(true)} />
      </section>
      {oauthClients.error && <p className="field__error">{oauthClients.error}</p>}
      {error && (
        <div className="alert" role="alert">
          {t('section.listError', { error })}
        </div>
      )}
      {disconnected && (
        <div className="connect-accounts__done" role="status">
          <p>{disconnected}</p>
          <button type="button" className="button button--small" onClick={() => setDisconnected(null)}>
            {t('section.ok')}
          </button>
        </div>
      )}
      {sources && sources.length === 0 && (
        <p className="settings-section__empty">{t('section.empty')}</p>
      )}
      {sources && sources.length > 0 && (
        <ul className="sources" aria-label={t('section.listLabel')}>
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
            setToast(t('section.added', { name: source.name }));
          }}
        />
      )}
      {toast && <Toast message={toast} onDone={closeToast} />}
    </SettingsCard>
  );
}
