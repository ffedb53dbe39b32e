import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { readFileIfExists, writeFileDurably } from '../../storage/durable-file';
import type { OwnClient } from '../oauth/client-config';
import type { OAuthProviderId } from '../oauth/providers';
import { openSecret, SealedSecretSchema, sealSecret, type SecretBox } from '../sync/secret-box';

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
type StoredClients = z.infer<typeof FileSchema>['clients'];

export class OwnClientStore {
  private clients: StoredClients = {};
  private queue: Promise<unknown> = Promise.resolve();
  /** Set when the file was unreadable and set aside. */
  loadProblem: string | null = null;

  private constructor(
    private readonly path: string,
    private readonly secretBox: SecretBox | null,
    private readonly clock: Clock,
  ) {}

  static async open(calendarDirectory: string, secretBox: SecretBox | null, clock: Clock): Promise<OwnClientStore> {
    const store = new OwnClientStore(join(calendarDirectory, 'oauth-clients.json'), secretBox, clock);
    await store.load();
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
    const run = this.queue.then(async () => {
      await writeFileDurably(this.path, `${JSON.stringify({ version: 1, clients: next }, null, 2)}\n`);
      this.clients = next;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<void> {
    const bytes = await readFileIfExists(this.path);
    if (bytes === null) return;
    try {
      this.clients = FileSchema.parse(JSON.parse(bytes.toString('utf8'))).clients;
    } catch {
      // Set aside, never deleted: the ids can still be copied from it by hand.
      await rename(this.path, `${this.path}.unreadable-${this.clock.now().toISOString().replace(/[:.]/g, '-')}`);
      this.loadProblem = 'Touchpoint couldn’t read your own Google and Microsoft client ids, so it set them aside. Enter them again under Settings → Calendars → Advanced.';
    }
  }
}
