import type { SecretBox } from '../calendar/sync/secret-box';
import type { PlatformProfile } from './platform-profile';

/** The part of Electron's safeStorage used for calendar secrets. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only: 'basic_text' means a fixed, public key — no real protection. */
  getSelectedStorageBackend(): string;
  encryptString(plain: string): Buffer;
  decryptString(cipher: Buffer): string;
}

/** Backends that protect nothing: a key anyone can read, or none found. */
const NOT_A_KEYRING = new Set(['basic_text', 'unknown']);

/**
 * Calendar passwords and private feed addresses, encrypted with the OS key store. On Linux
 * without a keyring safeStorage quietly uses 'basic_text' while isEncryptionAvailable() stays
 * true: that counts as no key store, so Settings tells the truth (the password is kept in a
 * plain file). Secrets sealed under it earlier still open.
 */
export function keyringSecretBox(storage: SafeStorageLike, profile: PlatformProfile): SecretBox {
  return {
    isAvailable: () => storage.isEncryptionAvailable() && !(profile.keyringBackendMatters && NOT_A_KEYRING.has(storage.getSelectedStorageBackend())),
    encrypt: (plain) => storage.encryptString(plain).toString('base64'),
    decrypt: (cipher) => storage.decryptString(Buffer.from(cipher, 'base64')),
  };
}
