import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SettingsPatchSchema } from '../../../shared/domain/settings';
import { SettingsService } from '../../../electron/services/settings/settings-service';
import { createSettingsBackend as createBackend } from '../../../electron/services/settings/settings-file';
import { makeTempDir } from '../../support/temp-dir';
import { issueText } from '../../../shared/domain/validation';
import { t } from '../../../electron/services/text/main-text';

// electron-store reads app paths from Electron when it can; outside Electron it needs an absolute cwd.
vi.mock('electron', () => ({ default: {} }));
const { default: Store } = await import('electron-store');
const createSettingsBackend = (cwd: string, at: Date) => createBackend(cwd, at, (options) => new Store<Record<string, unknown>>(options));

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
    expect(emitted).toEqual([{ ...DEFAULT_SETTINGS, theme: 'dark' }]);
    expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const second = new SettingsService(createSettingsBackend(dir.path, now).backend, () => undefined);
    expect(second.get().theme).toBe('dark');
  });

  it('falls back per field when a value is invalid, keeps the valid ones, and drops unknown keys', async () => {
    await writeFile(
      join(dir.path, 'settings.json'),
      JSON.stringify({ theme: 'neon', telemetry: true, launchAtLogin: true, coach: { leadMinutes: 99, workingDays: ['mon', 'tue'] }, shortcut: { logMoment: 'rm -rf' } }),
    );
    const service = new SettingsService(createSettingsBackend(dir.path, now).backend, () => undefined);
    expect(service.get()).toEqual({
      ...DEFAULT_SETTINGS,
      launchAtLogin: true,
      coach: { ...DEFAULT_SETTINGS.coach, workingDays: ['mon', 'tue'] },
    });
  });

  it('refuses an invalid change from the UI with a readable message and keeps the old value', () => {
    const service = new SettingsService(createSettingsBackend(dir.path, now).backend, () => undefined);
    const result = SettingsPatchSchema.safeParse({ coach: { ...DEFAULT_SETTINGS.coach, workingHours: { start: '18:00', end: '09:00' } } });
    expect(result.success).toBe(false);
    expect(issueText(result.error!.issues[0]!, t)).toBe('Working hours must end after they start.');
    expect(issueText(SettingsPatchSchema.safeParse({ shortcut: { logMoment: 'L' } }).error!.issues[0]!, t)).toBe('Use a modifier and a key, for example Ctrl+Shift+L.');
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
