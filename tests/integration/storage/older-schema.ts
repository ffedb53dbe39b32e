import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackup } from '../../../electron/services/storage/backups';
import { encryptDataFolder } from '../../../electron/services/vault/lock-conversion';
import { createVault, writeVault } from '../../../electron/services/vault/vault-file';
import { TEST_KEY_DERIVATION } from '../../support/key-derivation';

/**
 * Turns a seeded folder (lock off) into what a version-1 Touchpoint left: moments without
 * `kind` (the upgrade to version 2 adds it), data version 1, and a backup of that version
 * (which no upgrade may delete). Opening it with this version runs the real migration.
 */
export async function downgradeToVersion1(folder: string): Promise<void> {
  const store = join(folder, 'data', 'store');
  for (const name of await readdir(join(store, 'moments'))) {
    const path = join(store, 'moments', name);
    const file = JSON.parse(await readFile(path, 'utf8')) as { records: Record<string, unknown>[] };
    await writeFile(path, JSON.stringify({ records: file.records.map(({ kind: _kind, ...older }) => older) }));
  }
  await writeFile(join(store, 'meta.json'), JSON.stringify({ format: 'touchpoint-data', schemaVersion: 1 }));
  await createBackup({ storeFolder: store, backupsFolder: join(folder, 'data', 'backups'), reason: 'manual', schemaVersion: 1, now: new Date('2026-11-21T08:00:00.000Z') });
}

/** Turns the lock on over that version-1 data as the older version would have: its files encrypted, not upgraded. */
export async function lockAsVersion1(folder: string, passphrase: string): Promise<void> {
  const data = join(folder, 'data');
  const { file, keys } = await createVault(passphrase, TEST_KEY_DERIVATION);
  await writeVault(data, file);
  await encryptDataFolder(data, keys.dataKey);
}
