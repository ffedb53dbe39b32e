import Store from 'electron-store';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../shared/domain/settings';
import type { SettingsBackend } from '../services/settings/settings-service';

/**
 * electron-store as the settings backend: settings.json in the user-data folder. A settings
 * file that is not valid JSON is moved aside (kept, never deleted) and defaults are used.
 */
export function createSettingsBackend(userDataDirectory: string, now: Date): { backend: SettingsBackend; setAside: string | null } {
  // No electron-store schema or migrations: the service validates with zod and falls back
  // per field, and electron-store's migrations are documented as unsupported.
  const open = () => new Store<Record<string, unknown>>({ name: 'settings', cwd: userDataDirectory, clearInvalidConfig: false });
  let store: Store<Record<string, unknown>>;
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
