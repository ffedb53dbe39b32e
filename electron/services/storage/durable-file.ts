import { faultPoint, open, readFile, rename, rm, mkdir, readdir } from './fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const TEMP_MARKER = '.tmp-';

/**
 * Replaces `path` atomically and durably: write a sibling temp file, fsync it, rename it over
 * the target, then fsync the folder so the rename itself survives a power cut. A crash at any
 * point leaves either the old or the new file, never a torn one.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `${basename(path)}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await open(temp, 'w', 0o600);
  try {
    faultPoint('write', temp);
    await handle.writeFile(data);
    faultPoint('sync', temp);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** fsync a folder; Windows cannot open folders for syncing, where rename is already durable enough. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    faultPoint('sync', folder);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function readFileIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isNodeError(error, 'ENOENT')) return null;
    throw error;
  }
}

/** Removes temp files left by a writer that was killed between write and rename. */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true, recursive: true });
  } catch (error) {
    if (isNodeError(error, 'ENOENT')) return 0;
    throw error;
  }
  for (const entry of entries) {
    if (entry.isFile() && entry.name.includes(TEMP_MARKER)) {
      await rm(join(entry.parentPath, entry.name), { force: true });
      removed++;
    }
  }
  return removed;
}

export function isNodeError(error: unknown, code: string): error is NodeJS.ErrnoException {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
