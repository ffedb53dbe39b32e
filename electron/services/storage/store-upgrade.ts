import { join } from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../../shared/domain/notice';
import { readBackupFile, type BackupInfo, type BackupReason } from './backups';
import type { FileCodec } from './codec';
import { exists, readDataFile, readFileOrThrow, safeJson } from './data-file';
import { writeFileDurably } from './durable-file';
import { rename, rm } from './fs';
import type { GenerationLedger } from './generations';
import { applyMigrations, migrationsBetween, type Migration } from './migrations';
import { t } from '../text/main-text';

/** The store's data version: `meta.json`, its repair, and upgrading the files to this version's format. */
export const META_FILE = 'meta.json';
export const MetaSchema = z.object({
  format: z.literal('touchpoint-data'),
  schemaVersion: z.number().int().nonnegative(),
});

export class NewerDataError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(t('errors:newerData', { found, supported }));
    this.name = 'NewerDataError';
  }
}

/** What reading the version and upgrading need of the store. */
export interface UpgradeSite {
  storeFolder: string;
  quarantineFolder: string;
  schemaVersion: number;
  codec: FileCodec;
  ledger: GenerationLedger;
  migrations: readonly Migration[];
  notice(level: Notice['level'], title: string, detail: string): void;
  /** Moves a store file into quarantine; returns where it is kept. */
  quarantine(path: string): Promise<string>;
  /** Keeps a copy of a damaged store file's bytes in quarantine (moves it when it could not be read); returns where. */
  setAside(path: string, bytes: Buffer | null): Promise<string>;
  listDataFiles(folder: string): Promise<string[]>;
  listBackups(): Promise<BackupInfo[]>;
  backupNow(reason: BackupReason, schemaVersionOnDisk: number): Promise<BackupInfo>;
}

/** The version the store's files are in; a damaged meta.json is put back from a backup, or read as the current version. */
export async function readVersion(site: UpgradeSite): Promise<number> {
  const path = join(site.storeFolder, META_FILE);
  const bytes = await readDataFile(path);
  const dataFiles = await site.listDataFiles(site.storeFolder);
  if (bytes === null && !(await exists(path))) {
    // A brand-new profile, or data from before meta existed: both are the current layout.
    return site.schemaVersion;
  }
  const parsed = MetaSchema.safeParse(bytes && safeJson(bytes.toString('utf8')));
  if (parsed.success) return parsed.data.schemaVersion;

  // A copy is kept aside and the repair then written over the damaged file: a crash in between
  // leaves the damaged file in place and the repair is simply done again, whereas a missing
  // file would be read as the current version and skip the upgrade an older backup calls for.
  await site.setAside(META_FILE, bytes);
  for (const backup of await site.listBackups()) {
    const copy = await readBackupFile(backup, META_FILE);
    const meta = copy && MetaSchema.safeParse(safeJson(copy.toString('utf8')));
    if (copy && meta?.success) {
      await writeFileDurably(path, copy);
      site.notice('warning', t('desktop:notices.files.metaRestored.title'), t('desktop:notices.files.metaRestored.detail', { backup: backup.createdAt }));
      return meta.data.schemaVersion;
    }
  }
  await writeMeta(site.storeFolder, site.schemaVersion);
  site.notice('warning', t('desktop:notices.files.metaRepaired.title'), t('desktop:notices.files.metaRepaired.detail', { folder: site.quarantineFolder, files: dataFiles.length }));
  return site.schemaVersion;
}

export async function writeMeta(folder: string, schemaVersion: number): Promise<void> {
  const meta: z.infer<typeof MetaSchema> = { format: 'touchpoint-data', schemaVersion };
  await writeFileDurably(join(folder, META_FILE), JSON.stringify(meta));
}

/**
 * Upgrades every data file from version `from`: a backup first (never rotated away), then the
 * upgraded files written into `store.next` (meta.json last), swapped in with two renames.
 */
export async function migrate(site: UpgradeSite, from: number): Promise<void> {
  const steps = migrationsBetween(site.migrations, from, site.schemaVersion);
  await site.backupNow('pre-migration', from);
  const files = new Map<string, unknown>();
  for (const path of await site.listDataFiles(site.storeFolder)) {
    // A file the disk will not read now is not damaged: the upgrade stops (nothing changed) rather than set it aside.
    const bytes = await readFileOrThrow(join(site.storeFolder, path));
    try {
      const data: unknown = JSON.parse(site.codec.decode(bytes, path));
      if (!site.ledger.accepts(path, bytes)) throw new Error(`${path} is an older copy than the last one saved`);
      files.set(path, data);
    } catch {
      const kept = await site.quarantine(path);
      site.notice('error', 'A damaged data file was set aside during an upgrade', `${path} could not be read while upgrading your data; it is kept at ${kept} and in the pre-upgrade backup.`);
    }
  }
  const migrated = applyMigrations(files, steps);
  const next = `${site.storeFolder}.next`;
  await rm(next, { recursive: true, force: true });
  for (const [path, data] of migrated) {
    const generation = site.ledger.next(path);
    await writeFileDurably(join(next, path), site.codec.encode(JSON.stringify(data), path, generation));
    site.ledger.record(path, generation);
  }
  await site.ledger.writeTo(next);
  await writeMeta(next, site.schemaVersion); // written last: a store.next with meta.json is complete
  const old = `${site.storeFolder}.old`;
  await rm(old, { recursive: true, force: true });
  await rename(site.storeFolder, old);
  await rename(next, site.storeFolder);
  await rm(old, { recursive: true, force: true });
}

/** Completes or rolls back a migration that a crash interrupted between its two renames. */
export async function finishInterruptedMigration(storeFolder: string): Promise<void> {
  const next = `${storeFolder}.next`;
  const old = `${storeFolder}.old`;
  if (!(await exists(storeFolder))) {
    if (await exists(join(next, META_FILE))) await rename(next, storeFolder);
    else if (await exists(old)) await rename(old, storeFolder);
  }
  await rm(next, { recursive: true, force: true });
  if (await exists(storeFolder)) await rm(old, { recursive: true, force: true });
}
