import { z } from 'zod';
import { SyncError } from './sync-error';
import { t } from '../../text/main-text';

/**
 * Encryption of secrets at rest. In the app this is Electron's safeStorage (OS keychain /
 * DPAPI / libsecret), wired by the main process; services only see this interface.
 */
export interface SecretBox {
  /** False where the OS offers no key store (e.g. Linux without a keyring). */
  isAvailable(): boolean;
  /** Returns base64 ciphertext. */
  encrypt(plain: string): string;
  /** Throws when the ciphertext cannot be decrypted (other machine, other user, key reset). */
  decrypt(cipher: string): string;
}

/**
 * A secret as stored in sources.json. `protected: false` is written only when no key store is
 * available, and is shown to the user so they know their password sits in a plain file.
 */
export const SealedSecretSchema = z.discriminatedUnion('protected', [
  z.object({ protected: z.literal(true), cipher: z.string().min(1) }).strict(),
  z.object({ protected: z.literal(false), plain: z.string() }).strict(),
]);
export type SealedSecret = z.infer<typeof SealedSecretSchema>;

export function sealSecret(box: SecretBox | null, plain: string): SealedSecret {
  if (box && safeIsAvailable(box)) {
    try {
      return { protected: true, cipher: box.encrypt(plain) };
    } catch (error) {
      // A key store that exists but refuses (e.g. a locked keyring) must not lead to plain text.
      throw new SyncError('secret-unavailable', t('calendar:sync.keychainRefused'), { cause: error });
    }
  }
  return { protected: false, plain };
}

export type OpenedSecret = { ok: true; value: string } | { ok: false };

export function openSecret(box: SecretBox | null, sealed: SealedSecret): OpenedSecret {
  if (!sealed.protected) return { ok: true, value: sealed.plain };
  // No availability check: a secret sealed before (e.g. under Linux's basic_text) still opens.
  if (!box) return { ok: false };
  try {
    return { ok: true, value: box.decrypt(sealed.cipher) };
  } catch {
    return { ok: false };
  }
}

export function safeIsAvailable(box: SecretBox): boolean {
  try {
    return box.isAvailable();
  } catch {
    return false;
  }
}
