import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { SealedJsonFile } from './sealed-json-file';
import { openSecret, SealedSecretSchema, sealSecret, type SecretBox } from '../sync/secret-box';
import { t } from '../../text/main-text';

/**
 * Refresh tokens of connected Google and Microsoft accounts, in `<data>/calendar/oauth-tokens.json`
 * and nowhere else (not in sources.json, not in settings, never in a log). Each token is sealed
 * with the OS key store (safeStorage) when there is one; where there is none it is marked
 * unprotected, as CalDAV passwords are, so Settings can say so.
 *
 * The client a token was issued to is kept beside it: a refresh token only works with that
 * client, even after the user changes "use your own client".
 */
const AccountTokensSchema = z.object({
  provider: z.enum(['google', 'microsoft']),
  clientId: z.string().min(1),
  clientSecret: SealedSecretSchema.nullable(),
  refreshToken: SealedSecretSchema,
  savedAt: z.iso.datetime(),
});
type AccountTokensRecord = z.infer<typeof AccountTokensSchema>;

const TokenFileSchema = z.object({ version: z.literal(1), accounts: z.record(z.string(), AccountTokensSchema) });
type TokenFile = z.infer<typeof TokenFileSchema>;

export interface AccountTokens {
  provider: 'google' | 'microsoft';
  clientId: string;
  clientSecret: string | null;
  refreshToken: string;
}

export type OpenedTokens = { ok: true; tokens: AccountTokens; protected: boolean } | { ok: false; reason: 'missing' | 'unreadable' };

export class TokenStore {
  private accounts = new Map<string, AccountTokensRecord>();
  /** Set when the file was unreadable and set aside: those accounts must connect again. */
  loadProblem: string | null = null;

  private constructor(
    private readonly file: SealedJsonFile<TokenFile>,
    private readonly secretBox: SecretBox | null,
    private readonly clock: Clock,
  ) {}

  static async open(calendarDirectory: string, secretBox: SecretBox | null, clock: Clock): Promise<TokenStore> {
    const store = new TokenStore(new SealedJsonFile(join(calendarDirectory, 'oauth-tokens.json'), TokenFileSchema, clock), secretBox, clock);
    const { value, setAside } = await store.file.read();
    if (value) store.accounts = new Map(Object.entries(value.accounts));
    if (setAside) store.loadProblem = t('calendar:oauth.tokensUnreadable');
    return store;
  }

  has(id: string): boolean {
    return this.accounts.has(id);
  }

  get(id: string): OpenedTokens {
    const record = this.accounts.get(id);
    if (!record) return { ok: false, reason: 'missing' };
    const refreshToken = openSecret(this.secretBox, record.refreshToken);
    const clientSecret = record.clientSecret === null ? null : openSecret(this.secretBox, record.clientSecret);
    if (!refreshToken.ok || (clientSecret !== null && !clientSecret.ok)) return { ok: false, reason: 'unreadable' };
    return {
      ok: true,
      protected: record.refreshToken.protected,
      tokens: { provider: record.provider, clientId: record.clientId, clientSecret: clientSecret?.ok ? clientSecret.value : null, refreshToken: refreshToken.value },
    };
  }

  /** Seals and saves durably; throws a plain-words error when a key store exists but refuses. */
  put(id: string, tokens: AccountTokens): Promise<void> {
    const record: AccountTokensRecord = {
      provider: tokens.provider,
      clientId: tokens.clientId,
      clientSecret: tokens.clientSecret === null ? null : sealSecret(this.secretBox, tokens.clientSecret),
      refreshToken: sealSecret(this.secretBox, tokens.refreshToken),
      savedAt: this.clock.now().toISOString(),
    };
    return this.change((next) => next.set(id, record));
  }

  delete(id: string): Promise<void> {
    return this.change((next) => next.delete(id));
  }

  idle(): Promise<void> {
    return this.file.idle();
  }

  private change(apply: (next: Map<string, AccountTokensRecord>) => void): Promise<void> {
    return this.file.save(
      () => {
        const next = new Map(this.accounts);
        apply(next);
        return { version: 1, accounts: Object.fromEntries(next) };
      },
      (written) => {
        this.accounts = new Map(Object.entries(written.accounts));
      },
    );
  }
}
