import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../../shared/domain/settings';
import type { SettingsBackend } from './settings-service';

/** The part of electron-store used here; electron/main passes the real one. */
export interface KeyValueStore {
  store: Record<string, unknown>;
}
export type OpenStore = (options: { name: string; cwd: string; clearInvalidConfig: false }) => KeyValueStore;

/**
 * settings.json in the user-data folder, through electron-store. A settings file that is not
 * valid JSON is moved aside (kept, never deleted) and defaults are used.
 */
export function createSettingsBackend(userDataDirectory: string, now: Date, openStore: OpenStore): { backend: SettingsBackend; setAside: string | null } {
  // No electron-store schema or migrations: the service validates with zod and falls back
  // per field, and electron-store's migrations are documented as unsupported.
  const open = () => openStore({ name: 'settings', cwd: userDataDirectory, clearInvalidConfig: false });
  let store: KeyValueStore;
  let setAside: string | null = null;
  try {
    store = open();
  } catch {
    const file = join(userDataDirectory, 'settings.json');
    setAside = `${file}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
    if (existsSync(file)) renameSync(file, setAside);
    store = open();
  }
  return {
    setAside,
    backend: {
      read: () => store.store,
      write: (settings: Settings) => {
        store.store = settings;
      },
    },
  };
}
