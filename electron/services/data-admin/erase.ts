import { readdir, rename, rm, stat } from '../storage/fs';
import { join } from 'node:path';
import { isNodeError, syncFolder, writeFileDurably } from '../storage/durable-file';

/** Written first and removed last: an erase a crash interrupted is finished on the next start. */
export const ERASE_MARKER = 'delete-all.pending';
/** Everything the services keep (log, backups, quarantine, calendar sources, caches and secrets, the lock's key file). */
const DATA_FOLDER = 'data';
const DOOMED = 'data.deleting';
/** settings.json and what electron-store leaves next to it (temp files, an unreadable copy set aside). */
const isSettingsFile = (name: string) => name === 'settings.json' || name.startsWith('settings.json.');

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Deletes everything Touchpoint keeps in the user-data folder and nothing else: the `data/`
 * folder and the settings files. Files of other programs (Chromium's caches and profile files
 * the shell keeps there) are left to the shell. Returns what was removed, relative to the
 * folder. Call it only while no service has these files open.
 */
export async function eraseUserData(userDataDirectory: string, now: Date): Promise<string[]> {
  await writeFileDurably(join(userDataDirectory, ERASE_MARKER), JSON.stringify({ startedAt: now.toISOString() }));
  return finishErase(userDataDirectory);
}

/** Completes an erase that a crash or power cut interrupted; does nothing otherwise. */
export async function finishInterruptedErase(userDataDirectory: string): Promise<boolean> {
  if (!(await exists(join(userDataDirectory, ERASE_MARKER)))) return false;
  await finishErase(userDataDirectory);
  return true;
}

async function finishErase(directory: string): Promise<string[]> {
  const removed: string[] = [];
  const data = join(directory, DATA_FOLDER);
  const doomed = join(directory, DOOMED);
  // Renamed first, in one step: from then on the app sees a fresh profile even if the
  // recursive delete below is cut short (it is finished on the next start).
  if (await exists(data)) {
    await rm(doomed, { recursive: true, force: true });
    await rename(data, doomed);
    removed.push(`${DATA_FOLDER}/`);
  }
  await rm(doomed, { recursive: true, force: true });
  for (const name of await listNames(directory)) {
    if (!isSettingsFile(name)) continue;
    await rm(join(directory, name), { force: true });
    removed.push(name);
  }
  await syncFolder(directory);
  await rm(join(directory, ERASE_MARKER), { force: true });
  return removed;
}

async function listNames(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).sort();
  } catch (error) {
    if (isNodeError(error, 'ENOENT')) return [];
    throw error;
  }
}
