import type { AccountProvider, ConnectStage, OAuthClientView } from '../../../../../shared/contract/calendar-accounts';
import { Trans, useTranslation } from 'react-i18next';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { Spinner } from '../../../components/Spinner';
import { useAccountConnect } from './useAccountConnect';

/** The providers' own names, the same in every language. */
const NAME: Record<AccountProvider, string> = { google: 'Google', microsoft: 'Microsoft' };

const STAGE_KEY = {
  'waiting-for-browser': 'connect.stage.waitingForBrowser',
  exchanging: 'connect.stage.exchanging',
  'first-sync': 'connect.stage.firstSync',
} as const satisfies Record<ConnectStage, string>;

const accountOf = (source: CalendarSourceView): string | null => (source.kind === 'google' || source.kind === 'microsoft' ? source.account : null);

/**
 * "Connect Google Calendar" / "Connect Microsoft 365": the sign-in happens in the web browser;
 * here the progress, Cancel, and what went wrong in plain words. A provider without any client
 * id says so and points to Advanced instead of failing after a click.
 */
export function ConnectAccounts(props: { clients: OAuthClientView[] | null; onConnected?: (source: CalendarSourceView) => void; onShowAdvanced?: () => void }) {
  const { state, connect, cancel, dismiss } = useAccountConnect(props.onConnected);
  const { t } = useTranslation(['settingsCalendars', 'common']);
  const running = state.phase === 'running';
  const connectedAs = state.phase === 'connected' ? accountOf(state.source) : null;
  const unconfigured = (props.clients ?? []).filter((client) => client.source === 'none').map((client) => client.provider);

  return (
    <div className="connect-accounts">
      <div className="connect-accounts__buttons">
        {(['google', 'microsoft'] as const).map((provider) => {
          const missing = unconfigured.includes(provider);
          return (
            <button
              key={provider}
              type="button"
              className="button"
              disabled={running || missing || props.clients === null}
              aria-describedby={missing ? `connect-${provider}-missing` : undefined}
              onClick={() => void connect(provider)}
            >
              {running && state.provider === provider && <Spinner />}
              {t(`connect.${provider}`)}
            </button>
          );
        })}
      </div>
      {unconfigured.map((provider) => (
        <p key={provider} id={`connect-${provider}-missing`} className="connect-accounts__note">
          {props.onShowAdvanced ? (
            <Trans
              t={t}
              i18nKey="connect.missingWithLink"
              values={{ provider: NAME[provider] }}
              components={{ advanced: <button type="button" className="link-button link-button--inline" onClick={props.onShowAdvanced} /> }}
            />
          ) : (
            t('connect.missing', { provider: NAME[provider] })
          )}
        </p>
      ))}
      {state.phase === 'running' && (
        <div className="connect-accounts__progress" role="status">
          <Spinner />
          <p>{t(STAGE_KEY[state.stage], { provider: NAME[state.provider] })}</p>
          {state.stage === 'waiting-for-browser' && (
            <button type="button" className="button button--small" onClick={() => cancel(state.provider)}>
              {t('common:actions.cancel')}
            </button>
          )}
        </div>
      )}
      {state.phase === 'failed' && (
        <div className="alert connect-accounts__error" role="alert">
          <p>
            <strong>{t('connect.failed', { provider: NAME[state.provider] })}</strong> {state.message}
          </p>
          <button type="button" className="button button--small" onClick={dismiss}>
            {t('section.ok')}
          </button>
        </div>
      )}
      {state.phase === 'connected' && (
        <p className="connect-accounts__done" role="status">
          {connectedAs ? t('connect.connectedAs', { name: state.source.name, account: connectedAs }) : t('connect.connected', { name: state.source.name })}
        </p>
      )}
    </div>
  );
}
