import { StorageWriteError } from './collection';

/**
 * Runs a store write. When the disk refuses it (full, read-only), the change is already in
 * memory and the store keeps retrying that file: report it and carry on instead of failing
 * the user's action. Any other error is a bug and propagates.
 */
export async function writeOrKeep(operation: () => Promise<unknown>, onWriteFailed: (error: StorageWriteError) => void): Promise<void> {
  try {
    await operation();
  } catch (error) {
    if (error instanceof StorageWriteError) {
      onWriteFailed(error);
      return;
    }
    throw error;
  }
}
