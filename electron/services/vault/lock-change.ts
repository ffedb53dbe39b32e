import { join } from 'node:path';
import { z } from 'zod';
import { readFileIfExists, writeFileDurably } from '../storage/durable-file';
import { rm } from '../storage/fs';

/**
 * The journal of turning the lock on or off. Written (durably) before the first file is
 * touched and removed once the last one is converted, so a crash or a failure part-way is
 * finished on the next unlock or retry, never repeated with a second key:
 * - "on" without the key file: nothing was encrypted yet (the key file is written before the
 *   first file); the attempt is forgotten.
 * - "on" with the key file: the lock is on; files still in plain text are encrypted with
 *   that key at the next unlock (or a retry).
 * - "off" with the key file: the lock is still on; the remaining files are decrypted and the
 *   key file removed at the next unlock (or a retry).
 * - "off" without the key file: every file was already plain; only the journal was left.
 */
export type LockChange = 'on' | 'off';

const LockChangeSchema = z.object({ direction: z.enum(['on', 'off']), startedAt: z.string() });
const FILE = 'lock-change.json';

export async function readLockChange(dataDirectory: string): Promise<LockChange | null> {
  const bytes = await readFileIfExists(join(dataDirectory, FILE));
  if (!bytes) return null;
  try {
    return LockChangeSchema.parse(JSON.parse(bytes.toString('utf8'))).direction;
  } catch {
    // A torn journal cannot happen (atomic writes); a damaged one is treated as "finish what the key file says".
    return null;
  }
}

export function writeLockChange(dataDirectory: string, direction: LockChange, now: Date): Promise<void> {
  return writeFileDurably(join(dataDirectory, FILE), JSON.stringify({ direction, startedAt: now.toISOString() }));
}

export function clearLockChange(dataDirectory: string): Promise<void> {
  return rm(join(dataDirectory, FILE), { force: true });
}
