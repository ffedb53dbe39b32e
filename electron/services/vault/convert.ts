import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from '../storage/fs';
import { join, relative, sep } from 'node:path';
import { isNodeError, readFileIfExists, writeFileDurably } from '../storage/durable-file';
import { KEY_FILE_COPY } from '../storage/backups';
import { GENERATIONS_FILE } from '../storage/generations';

/**
 * How each file's bytes change: encrypt (lock turned on) or decrypt (lock turned off). Null
 * means the file cannot be converted (a damaged encrypted file cannot be decrypted): it is
 * kept as it is and reported, so one damaged file never stops the whole change.
 */
export type Conversion = (bytes: Buffer, path: string) => Buffer | null;

/** What a conversion could not convert, as paths relative to the data folder. */
export interface ConversionResult {
  keptAsIs: string[];
}

const CONVERTING = '.converting';
const OLD = '.old';

async function filesUnder(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    return entries.filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/')).sort();
  } catch (error) {
    if (isNodeError(error, 'ENOENT')) return [];
    throw error;
  }
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Re-writes the whole data folder with `convert`: the live store file by file (each write is
 * atomic, and both forms stay readable, so a crash midway loses nothing), every backup as a
 * converted copy swapped in with renames (a crash leaves the old or the new backup, never a
 * mix), and the files kept aside in quarantine/.
 */
export async function convertDataFolder(
  dataDirectory: string,
  convert: Conversion,
  onProgress: (done: number, total: number) => void,
  keyFile: Buffer | null = null,
  /** The new, empty generation ledger when encrypting; none when decrypting. */
  ledger: Buffer | null = null,
): Promise<ConversionResult> {
  const keptAsIs: string[] = [];
  await finishInterruptedConversions(join(dataDirectory, 'backups'));
  const store = join(dataDirectory, 'store');
  // The generation ledger belongs to one key and one lock period: converted files start over
  // (encrypted ones at generation 0), so a ledger kept across would take them all for older copies.
  // Replaced first, so that under the lock there is always one, even while the lock is unfinished.
  if (ledger) await writeFileDurably(join(store, GENERATIONS_FILE), ledger);
  else await rm(join(store, GENERATIONS_FILE), { force: true });
  const storeFiles = (await filesUnder(store)).filter((f) => f !== 'meta.json' && f !== GENERATIONS_FILE && !f.includes('.tmp-'));
  const quarantine = join(dataDirectory, 'quarantine');
  const quarantined = await filesUnder(quarantine);
  const backupsFolder = join(dataDirectory, 'backups');
  const backups = (await readdir(backupsFolder).catch(() => [] as string[])).filter((n) => !n.includes('.') && !n.endsWith('.partial'));
  const total = storeFiles.length + quarantined.length + backups.length;
  let done = 0;
  const convertInPlace = async (folder: string, file: string, shown: string) => {
    const path = join(folder, file);
    const bytes = await readFile(path);
    const converted = convert(bytes, file);
    if (converted === null) keptAsIs.push(shown);
    else if (!converted.equals(bytes)) await writeFileDurably(path, converted);
  };
  for (const file of storeFiles) {
    await convertInPlace(store, file, `store/${file}`);
    onProgress(++done, total);
  }
  for (const file of quarantined) {
    await convertInPlace(quarantine, file, `quarantine/${file}`);
    onProgress(++done, total);
  }
  for (const name of backups) {
    keptAsIs.push(...(await convertBackup(join(backupsFolder, name), convert, keyFile)).map((p) => `backups/${name}/${p}`));
    onProgress(++done, total);
  }
  return { keptAsIs };
}

interface Manifest {
  files: { path: string; bytes: number; sha256: string }[];
}

/** Returns the backup's files that were kept as they were (damaged ones). */
async function convertBackup(folder: string, convert: Conversion, keyFile: Buffer | null): Promise<string[]> {
  const manifestPath = join(folder, 'manifest.json');
  let manifest: Manifest & Record<string, unknown>;
  try {
    manifest = JSON.parse((await readFile(manifestPath)).toString('utf8')) as Manifest & Record<string, unknown>;
  } catch (error) {
    if (isNodeError(error, 'ENOENT') || error instanceof SyntaxError) return []; // not a complete backup: nothing of ours to convert
    throw error;
  }
  const next = folder + CONVERTING;
  await rm(next, { recursive: true, force: true });
  const files: Manifest['files'] = [];
  const keptAsIs: string[] = [];
  for (const entry of manifest.files) {
    if (entry.path === GENERATIONS_FILE) continue; // see convertDataFolder
    const bytes = await readFileIfExists(join(folder, entry.path));
    // A file missing from a backup stays missing, and listed with its old checksum, so checking that backup still says it is incomplete.
    if (bytes === null) {
      files.push(entry);
      continue;
    }
    const converted = entry.path === 'meta.json' ? bytes : convert(bytes, entry.path);
    if (converted === null) keptAsIs.push(entry.path);
    const written = converted ?? bytes;
    await writeFileDurably(join(next, entry.path), written);
    files.push({ path: entry.path, bytes: written.length, sha256: createHash('sha256').update(written).digest('hex') });
  }
  // Encrypted, a backup carries the key file that opens it; plain again, it needs none.
  if (keyFile) await writeFileDurably(join(next, KEY_FILE_COPY), keyFile);
  await writeFileDurably(join(next, 'manifest.json'), JSON.stringify({ ...manifest, files }, null, 2));
  await rename(folder, folder + OLD);
  await rename(next, folder);
  await rm(folder + OLD, { recursive: true, force: true });
  return keptAsIs;
}

/** Completes or rolls back backup conversions a crash interrupted (see convertBackup's order). */
export async function finishInterruptedConversions(backupsFolder: string): Promise<void> {
  const names = await readdir(backupsFolder).catch(() => [] as string[]);
  for (const name of names) {
    if (name.endsWith(CONVERTING)) {
      const target = join(backupsFolder, name.slice(0, -CONVERTING.length));
      if (await exists(target)) await rm(join(backupsFolder, name), { recursive: true, force: true });
      else await rename(join(backupsFolder, name), target);
    }
  }
  for (const name of await readdir(backupsFolder).catch(() => [] as string[])) {
    if (name.endsWith(OLD) && (await exists(join(backupsFolder, name.slice(0, -OLD.length))))) {
      await rm(join(backupsFolder, name), { recursive: true, force: true });
    }
  }
}
