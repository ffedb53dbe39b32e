import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountProvider, ConnectStage, OAuthClientView } from '../../../../../shared/contract/calendar-accounts';
import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { call, errorMessage, subscribe } from '../../../api';

export type ConnectState =
  | { phase: 'idle' }
  | { phase: 'running'; provider: AccountProvider; stage: ConnectStage }
  | { phase: 'failed'; provider: AccountProvider; message: string }
  | { phase: 'connected'; provider: AccountProvider; source: CalendarSourceView };

/** Which client each provider signs in with (own, the build's, none), kept up to date. */
export function useOAuthClients(): { clients: OAuthClientView[] | null; error: string | null; set: (clients: OAuthClientView[]) => void } {
  const [clients, setClients] = useState<OAuthClientView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('calendar.oauthClients').then(setClients, (e: unknown) => setError(errorMessage(e)));
  }, []);
  return { clients, error, set: setClients };
}

/**
 * One Google or Microsoft connection at a time: Connect opens the browser and waits (the main
 * process reports each stage), Cancel stops the wait. A cancelled attempt shows nothing.
 */
export function useAccountConnect(onConnected?: (source: CalendarSourceView) => void) {
  const [state, setState] = useState<ConnectState>({ phase: 'idle' });
  const cancelled = useRef(false);

  useEffect(
    () =>
      subscribe('calendar.connectProgress', ({ provider, stage }) =>
        setState((current) => (current.phase === 'running' && current.provider === provider ? { ...current, stage } : current)),
      ),
    [],
  );

  const connect = useCallback(
    async (provider: AccountProvider) => {
      cancelled.current = false;
      setState({ phase: 'running', provider, stage: 'waiting-for-browser' });
      try {
        const source = await call('calendar.connect', { provider });
        setState({ phase: 'connected', provider, source });
        onConnected?.(source);
      } catch (error) {
        setState(cancelled.current ? { phase: 'idle' } : { phase: 'failed', provider, message: errorMessage(error) });
      }
    },
    [onConnected],
  );

  const cancel = useCallback((provider: AccountProvider) => {
    cancelled.current = true;
    void call('calendar.cancelConnect', { provider }).catch(() => undefined);
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, connect, cancel, dismiss };
}
