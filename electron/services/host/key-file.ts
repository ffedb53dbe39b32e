import { AppError } from '../../../shared/domain/errors';
import { isFileSystemError, writeProblemClause } from '../storage/write-problem';
import type { DataStore } from '../storage/data-store';
import { WrongPassphraseError } from '../vault/crypto';
import { clearLockChange, readLockChange } from '../vault/lock-change';
import { storeHasEncryptedFiles } from '../vault/lock-conversion';
import { restoreKeyFileFromBackups } from '../vault/key-file-copies';
import { readVault, swappedQueueKey, unlockVault, VaultFileDamagedError, writeVault, type UnlockedKeys, type VaultFile } from '../vault/vault-file';

/** The key file cannot be used: damaged, or missing while the log is encrypted. The log then stays locked. */
export type KeyFileProblem = 'damaged' | 'missing';

export const UNSAVED_LOCK =
  'Some of your latest changes are not saved to disk yet, and locking now would lose them, so Touchpoint stays open. It keeps trying to save them; lock it again once the message about them goes away.';

export function keyFileRestoredNotice(from: string): { title: string; detail: string } {
  return {
    title: 'The lock’s key file was put back from a backup',
    detail: `The passphrase lock’s key file (vault.json in the data folder) was damaged or missing, so the copy kept with the backup of ${from} was put back. Unlock with your passphrase as usual. Any damaged copy is kept beside it in the data folder.`,
  };
}

/** What to tell the user when the lock's key file cannot be used. */
export function keyFileNotice(problem: KeyFileProblem): { title: string; detail: string } {
  const way = 'If you have a copy of it (for example in a backup of your computer), put it back in the data folder and start Touchpoint again. Otherwise “Delete all my data” on the lock screen starts again with an empty log.';
  return problem === 'damaged'
    ? { title: 'The lock’s key file is damaged', detail: `The passphrase lock’s key file (vault.json in the data folder) is damaged, so your log cannot be unlocked. Nothing was changed. ${way}` }
    : { title: 'The lock’s key file is missing', detail: `Your log is encrypted, but the passphrase lock’s key file (vault.json in the data folder) is missing, so it cannot be unlocked. Nothing was changed or set aside. ${way}` };
}

/**
 * Whether the lock is on, from the files: the key file, the journal of a lock change a crash
 * interrupted, and (with no key file) whether the log is encrypted anyway.
 */
export async function inspectLock(dataDirectory: string, now: Date): Promise<{ enabled: boolean; problem: KeyFileProblem | null; keyFileRestoredFrom: string | null }> {
  let problem: KeyFileProblem | null = null;
  let vault: VaultFile | null = null;
  try {
    vault = await readVault(dataDirectory);
  } catch (error) {
    if (!(error instanceof VaultFileDamagedError)) throw error;
    problem = 'damaged';
  }
  const keyFileThere = vault !== null || problem !== null;
  // Without the key file, a journal means nothing was encrypted yet ("on") or everything was decrypted ("off"): see lock-change.ts.
  if (!keyFileThere && (await readLockChange(dataDirectory))) await clearLockChange(dataDirectory);
  if (!keyFileThere && (await storeHasEncryptedFiles(dataDirectory))) problem = 'missing';
  // A backup's copy can put the key file back (the passphrase is the one it had when that backup was made or last updated).
  const keyFileRestoredFrom = problem ? await restoreKeyFileFromBackups(dataDirectory, now) : null;
  if (keyFileRestoredFrom) problem = null;
  return { enabled: keyFileThere || problem !== null || keyFileRestoredFrom !== null, problem, keyFileRestoredFrom };
}

/** The key file, or a plain error: the lock is off, or its key file is damaged or missing. */
export async function readKeyFile(dataDirectory: string, problem: KeyFileProblem | null): Promise<VaultFile> {
  if (problem) throw new AppError('storage', keyFileNotice(problem).detail);
  let vault: VaultFile | null;
  try {
    vault = await readVault(dataDirectory);
  } catch (error) {
    if (error instanceof VaultFileDamagedError) throw new AppError('storage', keyFileNotice('damaged').detail);
    throw error;
  }
  if (!vault) throw new AppError('conflict', 'The passphrase lock is not on.');
  return vault;
}

export const WRONG_PASSPHRASE = 'That passphrase is not right. Capitals and spaces count.';

/** The keys, or the user's own words for a wrong passphrase (on the form's `field`). */
export async function unlockWith(vault: VaultFile, passphrase: string, wrong = WRONG_PASSPHRASE, field = 'passphrase'): Promise<UnlockedKeys> {
  try {
    return await unlockVault(vault, passphrase);
  } catch (error) {
    throw error instanceof WrongPassphraseError ? new AppError('invalid_input', wrong, { [field]: 'wrong' }) : error;
  }
}

/** Runs a lock operation; a file-system error comes out in plain words (every lock change is journaled, so nothing is lost). */
export async function inPlainWords<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError || !isFileSystemError(error)) throw error;
    throw new AppError('storage', `${action} could not be finished: ${writeProblemClause(error)} Nothing is lost; please try again.`);
  }
}

/** Saves the changes the disk refused before; false if some are still only in memory (closing the log would lose them). */
export async function everythingSaved(store: DataStore | null): Promise<boolean> {
  if (!store) return true;
  await store.idle();
  if (store.unsavedFiles.length === 0) return true;
  await store.saveUnsaved().catch(() => undefined);
  return store.unsavedFiles.length === 0;
}

export const SWAPPED_QUEUE_KEY = {
  title: 'The lock’s key file had been changed',
  detail:
    'The public key Touchpoint uses to seal moments logged while locked was not the one that belongs to your lock: someone with access to your files may have replaced it to read those moments. The right key was put back. Moments sealed with the wrong key cannot be opened and are kept in the queue folder.',
};

/** Puts the genuine queue key back when the key file's was swapped; true if it had been. */
export async function repairSwappedQueueKey(dataDirectory: string, vault: VaultFile, keys: UnlockedKeys): Promise<boolean> {
  const genuine = swappedQueueKey(vault, keys);
  if (!genuine) return false;
  await writeVault(dataDirectory, { ...vault, queue: { ...vault.queue, publicKey: genuine } });
  return true;
}
