import { join } from 'node:path';
import { KEY_FILE_COPY, listBackups } from '../storage/backups';
import { readFileIfExists, writeFileDurably } from '../storage/durable-file';
import { rename } from '../storage/fs';
import { VaultFileSchema, vaultPath, type VaultFile } from './vault-file';

/**
 * Every encrypted backup keeps a copy of the key file that opens it (see createBackup). They
 * follow a passphrase change, so an old passphrase stops working for them too, and they can
 * put back a damaged or lost vault.json.
 */
export async function replaceKeyFileCopies(dataDirectory: string, file: VaultFile): Promise<void> {
  const bytes = JSON.stringify(file, null, 2);
  for (const backup of await listBackups(join(dataDirectory, 'backups'))) {
    if (await readFileIfExists(join(backup.folder, KEY_FILE_COPY)).catch(() => null)) await writeFileDurably(join(backup.folder, KEY_FILE_COPY), bytes);
  }
}

/**
 * Puts back the key file from the newest backup that has a sound copy; the damaged one, if
 * any, is kept beside it. Returns the backup's date, or null when none has a copy.
 */
export async function restoreKeyFileFromBackups(dataDirectory: string, now: Date): Promise<string | null> {
  for (const backup of await listBackups(join(dataDirectory, 'backups'))) {
    const copy = await readFileIfExists(join(backup.folder, KEY_FILE_COPY)).catch(() => null);
    if (!copy) continue;
    try {
      VaultFileSchema.parse(JSON.parse(copy.toString('utf8')));
    } catch {
      continue;
    }
    const damaged = vaultPath(dataDirectory);
    await rename(damaged, `${damaged}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`).catch(() => undefined);
    await writeFileDurably(damaged, copy);
    return backup.createdAt;
  }
  return null;
}
