import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from './fs';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { readFileIfExists, writeFileDurably, isNodeError } from './durable-file';
import { IMPORT_JOURNAL } from './import-journal';

export const BackupReasonSchema = z.enum(['daily', 'pre-migration', 'manual', 'pre-restore']);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

const ManifestSchema = z.object({
  format: z.literal('touchpoint-backup'),
  createdAt: z.string(),
  reason: BackupReasonSchema,
  schemaVersion: z.number().int().nonnegative(),
  files: z.array(z.object({ path: z.string(), bytes: z.number().int(), sha256: z.string() })),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

export interface BackupInfo extends BackupManifest {
  name: string;
  folder: string;
}

const MANIFEST = 'manifest.json';
/** A backup's copy of the lock's key file (data/vault.json), beside its files, never restored into the store. */
export const KEY_FILE_COPY = 'vault.json';
const PARTIAL_SUFFIX = '.partial';

const exists = (path: string) => stat(path).then(() => true, () => false);

function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function listFilesRecursive(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(folder, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  } catch (error) {
    if (isNodeError(error, 'ENOENT')) return [];
    throw error;
  }
}

/**
 * Copies every file of the store into a new dated backup folder. The manifest (with a
 * checksum per file) is written last and the folder renamed into place, so a backup that
 * exists is complete.
 */
export async function createBackup(options: {
  storeFolder: string;
  backupsFolder: string;
  reason: BackupReason;
  schemaVersion: number;
  now: Date;
}): Promise<BackupInfo> {
  // Two backups in the same millisecond (an upgrade a crash cut short, retried at once) each keep their own folder.
  let name = `${stampOf(options.now)}_${options.reason}`;
  for (let n = 2; await exists(join(options.backupsFolder, name)); n++) name = `${stampOf(options.now)}_${options.reason}-${n}`;
  const finalFolder = join(options.backupsFolder, name);
  const partial = finalFolder + PARTIAL_SUFFIX;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const files: BackupManifest['files'] = [];
  for (const path of await listFilesRecursive(options.storeFolder)) {
    if (path === IMPORT_JOURNAL) continue; // an import in progress, not data yet
    const bytes = await readFile(join(options.storeFolder, path));
    await writeFileDurably(join(partial, path), bytes);
    files.push({ path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  // With the lock on, the key file that opens these files goes with them: a damaged or lost vault.json can be put back.
  const keyFile = await readFileIfExists(join(dirname(options.storeFolder), KEY_FILE_COPY)).catch(() => null);
  if (keyFile) await writeFileDurably(join(partial, KEY_FILE_COPY), keyFile);
  const manifest: BackupManifest = {
    format: 'touchpoint-backup',
    createdAt: options.now.toISOString(),
    reason: options.reason,
    schemaVersion: options.schemaVersion,
    files,
  };
  await writeFileDurably(join(partial, MANIFEST), JSON.stringify(manifest, null, 2));
  await rename(partial, finalFolder);
  return { ...manifest, name, folder: finalFolder };
}

/** Complete backups, newest first. Folders without a valid manifest are ignored, never deleted. */
export async function listBackups(backupsFolder: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(backupsFolder);
  } catch (error) {
    if (isNodeError(error, 'ENOENT')) return [];
    throw error;
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    // Work in progress (.partial), or a backup being re-encrypted (.converting, .old): not a backup.
    if (name.endsWith(PARTIAL_SUFFIX) || name.endsWith('.converting') || name.endsWith('.old')) continue;
    const folder = join(backupsFolder, name);
    const raw = await readFileIfExists(join(folder, MANIFEST)).catch(() => null);
    if (!raw) continue;
    try {
      const manifest = ManifestSchema.parse(JSON.parse(raw.toString('utf8')));
      backups.push({ ...manifest, name, folder });
    } catch {
      continue;
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Reads one file from a backup, checking it against the manifest's checksum. */
export async function readBackupFile(backup: BackupInfo, path: string): Promise<Buffer | null> {
  const entry = backup.files.find((f) => f.path === path);
  if (!entry) return null;
  const bytes = await readFileIfExists(join(backup.folder, path));
  if (!bytes) return null;
  const sha = createHash('sha256').update(bytes).digest('hex');
  return sha === entry.sha256 ? bytes : null;
}

export async function backupSize(backup: BackupInfo): Promise<number> {
  let total = 0;
  for (const f of backup.files) total += (await stat(join(backup.folder, f.path)).catch(() => ({ size: 0 }))).size;
  return total;
}

function isoWeekKey(iso: string): string {
  const date = new Date(iso);
  const day = (date.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3));
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  const week = 1 + Math.floor((thursday.getTime() - yearStart.getTime()) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export const RETENTION = { daily: 7, weekly: 8 } as const;

/**
 * Which daily backups rotation may delete: everything but the 7 newest, and the newest of
 * each of the 8 most recent weeks. Backups taken before a migration or restore, and manual
 * ones, are never selected, so no upgrade ever deletes a backup.
 */
export function backupsToRotate(backups: readonly BackupInfo[]): BackupInfo[] {
  const daily = backups
    .filter((b) => b.reason === 'daily')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>(daily.slice(0, RETENTION.daily).map((b) => b.name));
  const weeksSeen = new Set<string>();
  for (const b of daily) {
    const week = isoWeekKey(b.createdAt);
    if (weeksSeen.has(week)) continue;
    weeksSeen.add(week);
    if (weeksSeen.size > RETENTION.weekly) break;
    keep.add(b.name);
  }
  return daily.filter((b) => !keep.has(b.name));
}

export async function deleteBackup(backup: BackupInfo): Promise<void> {
  await rm(backup.folder, { recursive: true, force: true });
}
