import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SettingsBackend } from '../../electron/services/settings/settings-service';

/**
 * Settings kept in a JSON file, for tests outside Electron (electron-store needs Electron's
 * app module). The settings service under test is the same; only the file writer differs.
 */
export function fileSettingsBackend(path: string): SettingsBackend {
  return {
    read: () => {
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    write: (settings) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(settings, null, 2));
    },
  };
}
