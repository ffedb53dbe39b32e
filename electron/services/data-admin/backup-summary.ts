import type { BackupSummary } from '../../../shared/contract/data-admin';
import type { BackupInfo } from '../storage/backups';
import { t } from '../text/main-text';

export const META_FILE = 'meta.json';


/** "moments/2026-11.json" → "2026-11"; null for anything that is not a monthly data file. */
function monthOf(path: string): string | null {
  return /^[^/]+\/(\d{4}-\d{2})\.json$/.exec(path)?.[1] ?? null;
}

/** What the backups list shows, from the manifest alone (no file is read). */
export function summarizeBackup(backup: BackupInfo, currentSchemaVersion: number): BackupSummary {
  const dataFiles = backup.files.filter((f) => f.path !== META_FILE && f.path.endsWith('.json') && f.path.includes('/'));
  const months = dataFiles.flatMap((f) => monthOf(f.path) ?? []).sort();
  const [first, last] = [months[0], months.at(-1)];
  return {
    name: backup.name,
    createdAt: backup.createdAt,
    reason: backup.reason,
    reasonText: t(`desktop:backups.${backup.reason}`),
    bytes: backup.files.reduce((sum, f) => sum + f.bytes, 0),
    files: dataFiles.length,
    months: first && last ? { from: first, to: last } : null,
    schemaVersion: backup.schemaVersion,
    restorable: backup.schemaVersion <= currentSchemaVersion,
    kept: backup.reason !== 'daily',
  };
}
