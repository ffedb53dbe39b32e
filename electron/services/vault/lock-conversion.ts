import { join } from 'node:path';
import { convertDataFolder, type ConversionResult } from './convert';
import { decryptFile, encryptFile, isEncrypted } from './crypto';
import { isNodeError, readFileIfExists } from '../storage/durable-file';
import { GENERATIONS_FILE } from '../storage/generations';
import { open, readdir } from '../storage/fs';

/** Encrypts every file still in plain text; files already encrypted are left alone, so it can be run again after a failure. */
export async function encryptDataFolder(dataDirectory: string, dataKey: Buffer): Promise<ConversionResult> {
  // Each backup gets a copy of the key file that opens it.
  const keyFile = await readFileIfExists(join(dataDirectory, 'vault.json'));
  // Bytes, not text: a damaged file kept aside in quarantine is encrypted as it is.
  // The files start at generation 0 under a new, empty ledger: from then on a missing ledger means it was removed.
  const ledger = encryptFile(dataKey, GENERATIONS_FILE, Buffer.from(JSON.stringify({ files: {} })));
  return convertDataFolder(dataDirectory, (bytes, name) => (isEncrypted(bytes) ? bytes : encryptFile(dataKey, name, bytes)), () => undefined, keyFile, ledger);
}

/**
 * Decrypts every encrypted file; plain ones are left alone, so it can be run again after a
 * failure. A file that no longer decrypts (damaged) is kept as it is and reported: one damaged
 * file must not stop the lock from ever being turned off.
 */
export function decryptDataFolder(dataDirectory: string, dataKey: Buffer): Promise<ConversionResult> {
  return convertDataFolder(
    dataDirectory,
    (bytes) => {
      try {
        return decryptFile(dataKey, bytes, null);
      } catch {
        return null;
      }
    },
    () => undefined,
  );
}

/** Whether any file of the log is encrypted: with no key file, that means the key file went missing. */
export async function storeHasEncryptedFiles(dataDirectory: string): Promise<boolean> {
  const store = join(dataDirectory, 'store');
  let entries;
  try {
    entries = await readdir(store, { withFileTypes: true, recursive: true });
  } catch (error) {
    if (isNodeError(error, 'ENOENT')) return false;
    throw error;
  }
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const handle = await open(join(entry.parentPath, entry.name), 'r');
    try {
      const head = Buffer.alloc(4);
      const { bytesRead } = await handle.read(head, 0, 4, 0);
      if (isEncrypted(head.subarray(0, bytesRead))) return true;
    } finally {
      await handle.close();
    }
  }
  return false;
}
