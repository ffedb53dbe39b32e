import type { AccountProvider, ConnectStage, OAuthClientView } from '../../../../shared/contract/calendar-accounts';
import { resolveClient, type OAuthClients } from '../oauth/client-config';
import type { DisconnectResult } from '../oauth/oauth-connections';
import { OAuthConnectionError } from '../oauth/oauth-errors';
import type { CalendarSyncService } from '../sync/calendar-sync-service';
import type { CalendarSourceView } from '../sync/source-schema';
import type { OwnClientStore } from './own-clients';
import { t } from '../../text/main-text';

const DISPLAY_NAME: Record<AccountProvider, string> = { google: 'Google', microsoft: 'Microsoft' };
const PROVIDERS: readonly AccountProvider[] = ['google', 'microsoft'];

export interface AccountConnectorOptions {
  sync: CalendarSyncService;
  ownClients: OwnClientStore;
  /** Baked in by the build (MAIN_VITE_*); null per provider when this build has none. */
  buildClients: OAuthClients;
  /** The system browser (the main process's shell.openExternal, https only). */
  openExternal: (url: string) => Promise<void>;
  onProgress: (provider: AccountProvider, stage: ConnectStage) => void;
}

/**
 * What Settings and the first run do with Google and Microsoft accounts: connect (one at a time
 * per provider, with progress and Cancel), disconnect, and the user's own client registration.
 */
export class AccountConnector {
  private readonly pending = new Map<AccountProvider, AbortController>();

  constructor(private readonly options: AccountConnectorOptions) {}

  accounts(): CalendarSourceView[] {
    return this.options.sync.listSources().filter((source) => source.kind === 'google' || source.kind === 'microsoft');
  }

  /**
   * Signs in through the browser, adds the account and syncs it once. A second Connect for the
   * same provider replaces the first (its listener is closed). Throws OAuthConnectionError.
   */
  async connect(provider: AccountProvider): Promise<CalendarSourceView> {
    const client = resolveClient(provider, DISPLAY_NAME[provider], this.options.buildClients, this.options.ownClients.get(provider));
    this.cancel(provider);
    const controller = new AbortController();
    this.pending.set(provider, controller);
    const { sync, onProgress } = this.options;
    try {
      onProgress(provider, 'waiting-for-browser');
      const source = await sync.connectAccount({
        provider,
        client,
        openExternal: this.options.openExternal,
        signal: controller.signal,
        onAnswered: () => onProgress(provider, 'exchanging'),
      });
      onProgress(provider, 'first-sync');
      // A failed first sync leaves the account connected; its status says what went wrong.
      await sync.syncSource(source.id);
      return sync.getSource(source.id);
    } finally {
      if (this.pending.get(provider) === controller) this.pending.delete(provider);
    }
  }

  /** Cancel: closes the loopback listener; the waiting connect fails as cancelled. */
  cancel(provider: AccountProvider): void {
    const running = this.pending.get(provider);
    this.pending.delete(provider);
    running?.abort(new Error('Cancelled by the user'));
  }

  disconnect(id: string): Promise<DisconnectResult> {
    return this.options.sync.disconnectAccount(id);
  }

  clients(): OAuthClientView[] {
    return PROVIDERS.map((provider) => {
      const own = this.options.ownClients.get(provider);
      return {
        provider,
        source: own ? 'own' : this.options.buildClients[provider] ? 'build' : 'none',
        ownClientId: own?.clientId ?? null,
        ownClientHasSecret: own ? this.options.ownClients.hasSecret(provider) : false,
      };
    });
  }

  async setOwnClient(provider: AccountProvider, clientId: string, clientSecret: string | null): Promise<OAuthClientView[]> {
    // Entra public clients have no secret; sending one would make Microsoft refuse the sign-in.
    if (provider === 'microsoft' && clientSecret) {
      throw new OAuthConnectionError('client-rejected', t('calendar:oauth.microsoftNoSecret'));
    }
    await this.options.ownClients.set(provider, { clientId, clientSecret });
    return this.clients();
  }

  async clearOwnClient(provider: AccountProvider): Promise<OAuthClientView[]> {
    await this.options.ownClients.clear(provider);
    return this.clients();
  }

  /** Stops every wait for a browser (the log locks, the app quits). */
  close(): void {
    for (const provider of [...this.pending.keys()]) this.cancel(provider);
  }
}
