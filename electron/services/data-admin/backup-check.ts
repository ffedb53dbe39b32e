import { z } from 'zod';
import type { TransferCounts, TransferKind } from '../../../shared/domain/transfer';
import { readBackupFile, type BackupInfo } from '../storage/backups';
import type { FileCodec } from '../storage/codec';
import type { CollectionSpec, StoredRecord } from '../storage/collection';
import { applyMigrations, migrationsBetween, type Migration } from '../storage/migrations';
import { META_FILE } from './backup-summary';
import { t } from '../text/main-text';
import { nextTurn } from '../time-slices';

export interface BackupCheckOptions {
  collections: readonly CollectionSpec<StoredRecord>[];
  codec: FileCodec;
  migrations: readonly Migration[];
  /** The schema version this build reads and writes. */
  schemaVersion: number;
}

export type BackupCheck = { problem: string; entries: null } | { problem: null; entries: TransferCounts; schemaVersion: number };

/** Collections the user knows as entries, under the names exports use. */
const KIND_OF: Record<string, TransferKind> = { moments: 'moments', 'check-ins': 'checkIns', 'follow-ups': 'followUps', reviews: 'reviews', notes: 'notes' };

/** Relative paths made of plain names only: a tampered manifest cannot point outside the backup. */
const SAFE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export const isSafeBackupPath = (path: string): boolean => SAFE_PATH.test(path) && !path.split('/').some((part) => part === '.' || part === '..');

const MetaSchema = z.object({ format: z.literal('touchpoint-data'), schemaVersion: z.number().int().nonnegative() });

function refuse(problem: string): BackupCheck {
  return { problem, entries: null };
}

/**
 * Reads a whole backup the way opening it would: every file against its checksum, every data
 * file decoded, upgraded to this version's format in memory and checked record by record with
 * the collections' schemas. A backup that passes opens cleanly, with nothing set aside.
 */
export async function checkBackup(backup: BackupInfo, options: BackupCheckOptions): Promise<BackupCheck> {
  const specOf = (path: string) => {
    const [folder, file, ...rest] = path.split('/');
    if (rest.length > 0 || !file?.endsWith('.json')) return null;
    return options.collections.find((c) => c.name === folder) ?? null;
  };
  let version = backup.schemaVersion;
  const files = new Map<string, unknown>();
  // meta.json first: the version it records is the one opening the restored data will trust.
  const entries = [...backup.files].sort((a, b) => Number(b.path === META_FILE) - Number(a.path === META_FILE));
  for (const entry of entries) {
    if (!isSafeBackupPath(entry.path)) return refuse(t('errors:backupCheck.listDamaged'));
    const bytes = await readBackupFile(backup, entry.path);
    if (!bytes) return refuse(t('errors:backupCheck.fileMissing', { path: entry.path }));
    if (entry.path === META_FILE) {
      const meta = MetaSchema.safeParse(parseJson(bytes.toString('utf8')));
      if (!meta.success) return refuse(t('errors:backupCheck.metaDamaged'));
      version = meta.data.schemaVersion;
      continue;
    }
    if (!specOf(entry.path)) continue; // not a file Touchpoint reads: copied back as it is
    let data: unknown;
    try {
      data = JSON.parse(options.codec.decode(bytes, entry.path));
    } catch {
      return refuse(t('errors:backupCheck.fileUnreadable', { path: entry.path }));
    }
    files.set(entry.path, data);
    await nextTurn(); // a long history is read without blocking the main process
  }
  if (version > options.schemaVersion) {
    return refuse(t('errors:backupCheck.newer', { found: version, supported: options.schemaVersion }));
  }

  let current: Map<string, unknown>;
  try {
    current = applyMigrations(files, migrationsBetween(options.migrations, version, options.schemaVersion));
  } catch {
    return refuse(t('errors:backupCheck.notUpgradable'));
  }
  const counts: TransferCounts = { moments: 0, checkIns: 0, followUps: 0, reviews: 0, notes: 0 };
  for (const [path, data] of current) {
    const spec = specOf(path)!;
    const parsed = z.object({ records: z.array(spec.recordSchema) }).safeParse(data);
    if (!parsed.success) return refuse(t('errors:backupCheck.unknownEntries', { path }));
    const kind = KIND_OF[spec.name];
    if (kind) counts[kind] += parsed.data.records.length;
    await nextTurn();
  }
  return { problem: null, entries: counts, schemaVersion: version };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
