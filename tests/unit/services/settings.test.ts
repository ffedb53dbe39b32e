import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { SettingsService } from '../../../electron/services/settings/settings-service';
import { createSettingsBackend } from '../../../electron/main/settings-store';
import { makeTempDir } from '../../support/temp-dir';

// electron-store reads app paths from Electron when it can; outside Electron it needs an absolute cwd.
vi.mock('electron', () => ({ default: {} }));

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.cleanup());

const now = new Date('2026-11-21T09:30:00.000Z');

describe('settings on electron-store', () => {
  it('starts with defaults, persists an update to settings.json, and reads it back', async () => {
    const emitted: unknown[] = [];
    const first = new SettingsService(createSettingsBackend(dir.path, now).backend, (_e, p) => emitted.push(p));
    expect(first.get()).toEqual(DEFAULT_SETTINGS);
    first.update({ theme: 'dark' });
    expect(emitted).toEqual([{ theme: 'dark' }]);
    expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8'))).toEqual({ theme: 'dark' });
    const second = new SettingsService(createSettingsBackend(dir.path, now).backend, () => undefined);
    expect(second.get().theme).toBe('dark');
  });

  it('falls back per field when a value is invalid, and drops unknown keys', async () => {
    await writeFile(join(dir.path, 'settings.json'), JSON.stringify({ theme: 'neon', telemetry: true }));
    const service = new SettingsService(createSettingsBackend(dir.path, now).backend, () => undefined);
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('moves an unreadable settings file aside instead of failing to start', async () => {
    await writeFile(join(dir.path, 'settings.json'), '{"theme": "da');
    const { backend, setAside } = createSettingsBackend(dir.path, now);
    expect(setAside).toMatch(/settings\.json\.unreadable-2026-11-21T09-30-00-000Z$/);
    expect(new SettingsService(backend, () => undefined).get()).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(dir.path)).sort()).toEqual(['settings.json.unreadable-2026-11-21T09-30-00-000Z']);
    expect(await readFile(setAside!, 'utf8')).toBe('{"theme": "da');
  });
});
