import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { SealedJsonFile } from '../oauth/sealed-json-file';
import type { OwnClient } from '../oauth/client-config';
import type { OAuthProviderId } from '../oauth/providers';
import { openSecret, SealedSecretSchema, sealSecret, type SecretBox } from '../sync/secret-box';
import { t } from '../../text/main-text';

/**
 * "Use your own client" (Settings → Calendars → Advanced), in `<data>/calendar/oauth-clients.json`.
 * A Google desktop client's secret is not confidential (Google says so), but it is sealed like
 * every other secret so the file never holds one in the clear where a keychain exists.
 */
const StoredClientSchema = z.object({ clientId: z.string().min(1).max(512), clientSecret: SealedSecretSchema.nullable() });
const FileSchema = z.object({
  version: z.literal(1),
  clients: z.object({ google: StoredClientSchema.optional(), microsoft: StoredClientSchema.optional() }),
});
type ClientsFile = z.infer<typeof FileSchema>;
type StoredClients = ClientsFile['clients'];

export class OwnClientStore {
  private clients: StoredClients = {};
  /** Set when the file was unreadable and set aside (the ids can still be copied from it by hand). */
  loadProblem: string | null = null;

  private constructor(
    private readonly file: SealedJsonFile<ClientsFile>,
    private readonly secretBox: SecretBox | null,
  ) {}

  static async open(calendarDirectory: string, secretBox: SecretBox | null, clock: Clock): Promise<OwnClientStore> {
    const store = new OwnClientStore(new SealedJsonFile(join(calendarDirectory, 'oauth-clients.json'), FileSchema, clock), secretBox);
    const { value, setAside } = await store.file.read();
    if (value) store.clients = value.clients;
    if (setAside) store.loadProblem = t('calendar:oauth.ownClientsUnreadable');
    return store;
  }

  /** The user's own client, or null (none, or its secret can no longer be opened on this computer). */
  get(provider: OAuthProviderId): OwnClient | null {
    const stored = this.clients[provider];
    if (!stored) return null;
    if (stored.clientSecret === null) return { clientId: stored.clientId, clientSecret: null };
    const secret = openSecret(this.secretBox, stored.clientSecret);
    return secret.ok ? { clientId: stored.clientId, clientSecret: secret.value } : null;
  }

  hasSecret(provider: OAuthProviderId): boolean {
    return (this.clients[provider]?.clientSecret ?? null) !== null;
  }

  set(provider: OAuthProviderId, client: OwnClient): Promise<void> {
    const stored = { clientId: client.clientId, clientSecret: client.clientSecret ? sealSecret(this.secretBox, client.clientSecret) : null };
    return this.change({ ...this.clients, [provider]: stored });
  }

  clear(provider: OAuthProviderId): Promise<void> {
    const next = { ...this.clients };
    delete next[provider];
    return this.change(next);
  }

  private change(next: StoredClients): Promise<void> {
    return this.file.save(
      () => ({ version: 1, clients: next }),
      (written) => {
        this.clients = written.clients;
      },
    );
  }
}
