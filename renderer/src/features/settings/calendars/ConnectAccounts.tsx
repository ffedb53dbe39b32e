import type { AccountProvider, ConnectStage, OAuthClientView } from '../../../../../shared/contract/calendar-accounts';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { Spinner } from '../../../components/Spinner';
import { useAccountConnect } from './useAccountConnect';

const LABEL: Record<AccountProvider, string> = { google: 'Connect Google Calendar', microsoft: 'Connect Microsoft 365' };
const NAME: Record<AccountProvider, string> = { google: 'Google', microsoft: 'Microsoft' };

const STAGE_TEXT: Record<ConnectStage, (name: string) => string> = {
  'waiting-for-browser': (name) => `Waiting for you to finish signing in to ${name} in your web browser…`,
  exchanging: (name) => `${name} said yes. Finishing the connection…`,
  'first-sync': (name) => `Connected. Reading your ${name} calendar for the first time…`,
};

const accountOf = (source: CalendarSourceView): string | null => (source.kind === 'google' || source.kind === 'microsoft' ? source.account : null);

/**
 * "Connect Google Calendar" / "Connect Microsoft 365": the sign-in happens in the web browser;
 * here the progress, Cancel, and what went wrong in plain words. A provider without any client
 * id says so and points to Advanced instead of failing after a click.
 */
export function ConnectAccounts(props: { clients: OAuthClientView[] | null; onConnected?: (source: CalendarSourceView) => void; onShowAdvanced?: () => void }) {
  const { state, connect, cancel, dismiss } = useAccountConnect(props.onConnected);
  const running = state.phase === 'running';
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
              {LABEL[provider]}
            </button>
          );
        })}
      </div>
      {unconfigured.map((provider) => (
        <p key={provider} id={`connect-${provider}-missing`} className="connect-accounts__note">
          This copy of Touchpoint has no {NAME[provider]} app registration, so it can’t connect to {NAME[provider]} yet. Add your own client id under{' '}
          {props.onShowAdvanced ? (
            <button type="button" className="link-button" onClick={props.onShowAdvanced}>
              Advanced: use your own client
            </button>
          ) : (
            'Settings → Calendars → Advanced'
          )}
          .
        </p>
      ))}
      {state.phase === 'running' && (
        <div className="connect-accounts__progress" role="status">
          <Spinner />
          <p>{STAGE_TEXT[state.stage](NAME[state.provider])}</p>
          {state.stage === 'waiting-for-browser' && (
            <button type="button" className="button button--small" onClick={() => cancel(state.provider)}>
              Cancel
            </button>
          )}
        </div>
      )}
      {state.phase === 'failed' && (
        <div className="alert connect-accounts__error" role="alert">
          <p>
            <strong>{NAME[state.provider]} wasn’t connected.</strong> {state.message}
          </p>
          <button type="button" className="button button--small" onClick={dismiss}>
            OK
          </button>
        </div>
      )}
      {state.phase === 'connected' && (
        <p className="connect-accounts__done" role="status">
          ✓ {state.source.name} is connected{accountOf(state.source) ? ` as ${accountOf(state.source)}` : ''}.
        </p>
      )}
    </div>
  );
}
