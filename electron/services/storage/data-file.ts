import { isNodeError, readFileIfExists } from './durable-file';
import { stat } from './fs';

/** Small reads shared by the store, its recovery and its upgrades. */
export const exists = (path: string) => stat(path).then(() => true, () => false);

/** A data file's bytes; null when it is missing or is not a file (a folder in its place reads as damaged, never as a raw EISDIR). */
export async function readDataFile(path: string): Promise<Buffer | null> {
  try {
    return await readFileIfExists(path);
  } catch (error) {
    if (isNodeError(error, 'EISDIR')) return null;
    throw error;
  }
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function readFileOrThrow(path: string): Promise<Buffer> {
  const bytes = await readFileIfExists(path);
  if (!bytes) throw new Error(`Missing ${path}`);
  return bytes;
}
