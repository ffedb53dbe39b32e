import { rm } from '../storage/fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isNodeError, readFileIfExists, writeFileDurably } from '../storage/durable-file';
import { deriveKey, newDataKey, newQueueKeys, open, publicKeyOf, seal, type KeyDerivationCost } from './crypto';

const SealedSchema = z.object({ iv: z.string(), tag: z.string(), data: z.string() });

/** The lock's key file: how to derive the key from the passphrase, and the wrapped keys. No secret in clear. */
export const VaultFileSchema = z.object({
  format: z.literal('touchpoint-vault'),
  version: z.literal(1),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  wrappedDataKey: SealedSchema,
  queue: z.object({ publicKey: z.string(), wrappedPrivateKey: SealedSchema }),
});
export type VaultFile = z.infer<typeof VaultFileSchema>;

export interface UnlockedKeys {
  dataKey: Buffer;
  queuePrivateKey: Buffer;
}

export const vaultPath = (dataDirectory: string) => join(dataDirectory, 'vault.json');

/** The key file is there but cannot be read or understood (truncated, edited, a folder in its place). */
export class VaultFileDamagedError extends Error {
  constructor(readonly reason: unknown) {
    super('The passphrase lock’s key file (vault.json in the data folder) is damaged, so your log cannot be unlocked.');
    this.name = 'VaultFileDamagedError';
  }
}

/** Null when there is no key file (the lock is off); throws VaultFileDamagedError when it is unusable. */
export async function readVault(dataDirectory: string): Promise<VaultFile | null> {
  let bytes: Buffer | null;
  try {
    bytes = await readFileIfExists(vaultPath(dataDirectory));
  } catch (error) {
    if (isNodeError(error, 'EISDIR')) throw new VaultFileDamagedError(error);
    throw error;
  }
  if (!bytes) return null;
  try {
    return VaultFileSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch (error) {
    throw new VaultFileDamagedError(error);
  }
}

/** A new vault: fresh data key and queue keys, wrapped with a key derived from the passphrase. */
export async function createVault(passphrase: string, cost: KeyDerivationCost): Promise<{ file: VaultFile; keys: UnlockedKeys }> {
  const salt = randomBytes(16);
  const kek = await deriveKey(passphrase, salt, cost);
  const dataKey = newDataKey();
  const queue = newQueueKeys();
  const file: VaultFile = {
    format: 'touchpoint-vault',
    version: 1,
    kdf: { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: salt.toString('base64') },
    wrappedDataKey: seal(kek, dataKey),
    queue: { publicKey: queue.publicKey, wrappedPrivateKey: seal(dataKey, queue.privateKey) },
  };
  return { file, keys: { dataKey, queuePrivateKey: queue.privateKey } };
}

/** Throws WrongPassphraseError if the passphrase does not open the data key. */
export async function unlockVault(file: VaultFile, passphrase: string): Promise<UnlockedKeys> {
  const kek = await deriveKey(passphrase, Buffer.from(file.kdf.salt, 'base64'), file.kdf);
  const dataKey = open(kek, file.wrappedDataKey);
  return { dataKey, queuePrivateKey: open(dataKey, file.queue.wrappedPrivateKey) };
}

/**
 * The queue's public key is kept in clear so a locked app can seal moments; its private half
 * is wrapped (and so authenticated) by the data key. Returns the genuine public key when the
 * one in the file is not it (someone swapped it to read what is logged while locked), else null.
 */
export function swappedQueueKey(file: VaultFile, keys: UnlockedKeys): string | null {
  const genuine = publicKeyOf(keys.queuePrivateKey);
  return genuine === file.queue.publicKey ? null : genuine;
}

/** The same keys under a new passphrase (with a new salt): nothing else is re-encrypted. */
export async function rewrapVault(file: VaultFile, keys: UnlockedKeys, passphrase: string, cost: KeyDerivationCost): Promise<VaultFile> {
  const salt = randomBytes(16);
  const kek = await deriveKey(passphrase, salt, cost);
  return { ...file, kdf: { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: salt.toString('base64') }, wrappedDataKey: seal(kek, keys.dataKey) };
}

export function writeVault(dataDirectory: string, file: VaultFile): Promise<void> {
  return writeFileDurably(vaultPath(dataDirectory), JSON.stringify(file, null, 2));
}

export function removeVault(dataDirectory: string): Promise<void> {
  return rm(vaultPath(dataDirectory), { force: true });
}
