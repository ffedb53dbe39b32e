import { mkdir, rename, rm } from '../storage/fs';
import { dirname, join } from 'node:path';
import { readBackupFile, type BackupInfo } from '../storage/backups';
import { isNodeError, syncFolder, writeFileDurably } from '../storage/durable-file';
import { isSafeBackupPath } from './backup-check';
import { META_FILE } from './backup-summary';

/**
 * Replaces the store's files with a backup's, so that a crash at any point leaves either the
 * old store or the complete new one. It uses the folder names and rule of the migration swap
 * in data-store.ts, whose recovery runs on every open: `store.next` with a meta.json (written
 * last) is complete and replaces a missing `store`; otherwise the old store is kept and
 * `store.next` is thrown away. Call it only while nothing has the store open.
 */
export async function replaceStoreWithBackup(storeFolder: string, backup: BackupInfo): Promise<void> {
  const next = `${storeFolder}.next`;
  const old = `${storeFolder}.old`;
  await rm(next, { recursive: true, force: true });
  await mkdir(next, { recursive: true });
  let meta: Buffer | null = null;
  for (const entry of backup.files) {
    if (!isSafeBackupPath(entry.path)) throw new Error(`Unsafe path in backup ${backup.name}`);
    if (entry.path.includes('.tmp-')) continue; // a writer's leftover; opening would delete it anyway
    const bytes = await readBackupFile(backup, entry.path);
    if (!bytes) throw new Error(`${entry.path} in backup ${backup.name} is missing or damaged`);
    if (entry.path === META_FILE) meta = bytes;
    else await writeFileDurably(join(next, entry.path), bytes);
  }
  // Backups from before meta.json existed still say their version in the manifest.
  meta ??= Buffer.from(JSON.stringify({ format: 'touchpoint-data', schemaVersion: backup.schemaVersion }));
  await writeFileDurably(join(next, META_FILE), meta); // last: marks store.next as complete

  await rm(old, { recursive: true, force: true });
  try {
    await rename(storeFolder, old);
  } catch (error) {
    if (!isNodeError(error, 'ENOENT')) throw error;
  }
  await rename(next, storeFolder);
  await syncFolder(dirname(storeFolder));
  await rm(old, { recursive: true, force: true });
}
