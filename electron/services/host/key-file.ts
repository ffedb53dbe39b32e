import { AppError } from '../../../shared/domain/errors';
import { isFileSystemError, writeProblemClause } from '../storage/write-problem';
import type { DataStore } from '../storage/data-store';
import { WrongPassphraseError } from '../vault/crypto';
import { clearLockChange, readLockChange } from '../vault/lock-change';
import { storeHasEncryptedFiles } from '../vault/lock-conversion';
import { restoreKeyFileFromBackups } from '../vault/key-file-copies';
import { readVault, swappedQueueKey, unlockVault, VaultFileDamagedError, writeVault, type UnlockedKeys, type VaultFile } from '../vault/vault-file';
import { t } from '../text/main-text';

/** The key file cannot be used: damaged, or missing while the log is encrypted. The log then stays locked. */
export type KeyFileProblem = 'damaged' | 'missing';

export function keyFileRestoredNotice(from: string): { title: string; detail: string } {
  return { title: t('desktop:notices.keyFile.restored.title'), detail: t('desktop:notices.keyFile.restored.detail', { from }) };
}

/** What to tell the user when the lock's key file cannot be used. */
export function keyFileNotice(problem: KeyFileProblem): { title: string; detail: string } {
  return { title: t(`desktop:notices.keyFile.${problem}.title`), detail: t(`desktop:notices.keyFile.${problem}.detail`) };
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
  if (!vault) throw new AppError('conflict', t('errors:lock.notOn'));
  return vault;
}

/** The keys, or the user's own words for a wrong passphrase (on the form's `field`; by default the unlock screen's words). */
export async function unlockWith(vault: VaultFile, passphrase: string, wrong: string = t('errors:lock.wrongPassphrase'), field = 'passphrase'): Promise<UnlockedKeys> {
  try {
    return await unlockVault(vault, passphrase);
  } catch (error) {
    throw error instanceof WrongPassphraseError ? new AppError('invalid_input', wrong, { [field]: 'wrong' }) : error;
  }
}

/** A lock operation, named for the message when the file system interrupts it. */
export type LockOperation = 'opening' | 'locking' | 'unlocking' | 'turningOn' | 'turningOff' | 'changingPassphrase';

/** Runs a lock operation; a file-system error comes out in plain words (every lock change is journaled, so nothing is lost). */
export async function inPlainWords<T>(action: LockOperation, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError || !isFileSystemError(error)) throw error;
    throw new AppError('storage', t(`errors:lock.unfinished.${action}`, { problem: writeProblemClause(error) }));
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

export function swappedQueueKeyNotice(): { title: string; detail: string } {
  return { title: t('desktop:notices.keyFile.swapped.title'), detail: t('desktop:notices.keyFile.swapped.detail') };
}

/** Puts the genuine queue key back when the key file's was swapped; true if it had been. */
export async function repairSwappedQueueKey(dataDirectory: string, vault: VaultFile, keys: UnlockedKeys): Promise<boolean> {
  const genuine = swappedQueueKey(vault, keys);
  if (!genuine) return false;
  await writeVault(dataDirectory, { ...vault, queue: { ...vault.queue, publicKey: genuine } });
  return true;
}
