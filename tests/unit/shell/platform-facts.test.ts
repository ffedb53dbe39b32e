import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyringSecretBox, type SafeStorageLike } from '../../../electron/services/shell/keyring';
import { devServerUrl, rendererPageUrl } from '../../../electron/services/shell/launch';
import { detectProfile, PROFILES } from '../../../electron/services/shell/platform-profile';
import { readSystemTimeZone, zoneFromLocaltimeLink, type ZoneReaders } from '../../../electron/services/shell/system-time-zone';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest();

describe('detectProfile', () => {
  it('reads the desktop from the platform, the session and the command line', () => {
    expect(detectProfile({ platform: 'darwin', env: {}, argv: [] }).name).toBe('macos');
    expect(detectProfile({ platform: 'win32', env: {}, argv: [] }).name).toBe('windows');
    expect(detectProfile({ platform: 'linux', env: { DISPLAY: ':0' }, argv: [] }).name).toBe('linux-x11');
    // Electron 38+: --ozone-platform=auto picks Wayland when the session offers it.
    expect(detectProfile({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' }, argv: [] }).name).toBe('linux-wayland');
    expect(detectProfile({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, argv: ['--ozone-platform=x11'] }).name).toBe('linux-x11');
    expect(detectProfile({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0', ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, argv: [] }).name).toBe('linux-x11');
  });

  it('enables the global-shortcut portal on Wayland only', () => {
    expect(PROFILES['linux-wayland'].switches).toEqual([['enable-features', 'GlobalShortcutsPortal']]);
    expect(PROFILES['linux-x11'].switches).toEqual([]);
  });
});

describe('rendererPageUrl', () => {
  it('opens the popup’s own page for its routes, the main window’s for the rest, with the locale in the address', () => {
    expect(rendererPageUrl('app://touchpoint', undefined, '/popup/log', 'en-GB')).toBe('app://touchpoint/popup.html?locale=en-GB#/popup/log');
    expect(rendererPageUrl('app://touchpoint', undefined, '/insights?person=Sam%20Rivera', 'de-DE')).toBe(
      'app://touchpoint/index.html?locale=de-DE#/insights?person=Sam%20Rivera',
    );
    expect(rendererPageUrl('app://touchpoint', 'http://localhost:5173/', '/today', 'sr-Latn-RS')).toBe('http://localhost:5173/index.html?locale=sr-Latn-RS#/today');
  });
});

describe('devServerUrl', () => {
  it('is honoured in development runs only: a packaged build ignores ELECTRON_RENDERER_URL', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devServerUrl({ packaged: false, env })).toBe('http://localhost:5173');
    expect(devServerUrl({ packaged: true, env })).toBeUndefined();
  });

  it('accepts only a local dev server', () => {
    expect(devServerUrl({ packaged: false, env: { ELECTRON_RENDERER_URL: 'https://evil.example/' } })).toBeUndefined();
    expect(devServerUrl({ packaged: false, env: { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5174/' } })).toBe('http://127.0.0.1:5174/');
  });
});

describe('keyringSecretBox', () => {
  const storage = (backend: string, available = true): SafeStorageLike => ({
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain) => Buffer.from(`sealed:${plain}`),
    decryptString: (cipher) => cipher.toString().replace(/^sealed:/, ''),
  });

  it('Linux without a keyring (basic_text) counts as no key store, though safeStorage says encryption is available', () => {
    expect(keyringSecretBox(storage('basic_text'), PROFILES['linux-x11']).isAvailable()).toBe(false);
    expect(keyringSecretBox(storage('unknown'), PROFILES['linux-wayland']).isAvailable()).toBe(false);
    expect(keyringSecretBox(storage('gnome_libsecret'), PROFILES['linux-x11']).isAvailable()).toBe(true);
    expect(keyringSecretBox(storage('kwallet5'), PROFILES['linux-x11']).isAvailable()).toBe(true);
  });

  it('macOS and Windows: the OS key store, whatever the (Linux-only) backend says', () => {
    expect(keyringSecretBox(storage('unknown'), PROFILES.macos).isAvailable()).toBe(true);
    expect(keyringSecretBox(storage('unknown', false), PROFILES.windows).isAvailable()).toBe(false);
  });

  it('still opens what it sealed', () => {
    const box = keyringSecretBox(storage('basic_text'), PROFILES['linux-x11']);
    expect(box.decrypt(box.encrypt('hunter2'))).toBe('hunter2');
  });
});

describe('the system time zone', () => {
  const readers = (overrides: Partial<ZoneReaders>): ZoneReaders => ({
    platform: 'linux',
    env: {},
    readLink: (path) => readlink(path),
    readText: (path) => readFile(path, 'utf8'),
    run: () => Promise.reject(new Error('no tzutil here')),
    fallback: () => 'UTC',
    ...overrides,
  });

  it('is read from the OS each time, so a change is seen without a restart', async () => {
    const zoneinfo = join(dir.path, 'usr/share/zoneinfo/America');
    await mkdir(zoneinfo, { recursive: true });
    await writeFile(join(zoneinfo, 'New_York'), '');
    const link = join(dir.path, 'localtime');
    await symlink(join(zoneinfo, 'New_York'), link);
    const reading = readers({ readLink: () => readlink(link) });
    expect(await readSystemTimeZone(reading)).toBe('America/New_York');
  });

  it('understands the forms /etc/localtime links take, and refuses what is not a zone', () => {
    expect(zoneFromLocaltimeLink('/usr/share/zoneinfo/Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneFromLocaltimeLink('../usr/share/zoneinfo/Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(zoneFromLocaltimeLink('/var/db/timezone/zoneinfo/Pacific/Auckland')).toBe('Pacific/Auckland');
    expect(zoneFromLocaltimeLink('/usr/share/zoneinfo/posix/Europe/Paris')).toBe('Europe/Paris');
    expect(zoneFromLocaltimeLink('/usr/share/zoneinfo/Not/AZone')).toBeNull();
  });

  it('TZ in the environment wins; Debian’s /etc/timezone and Windows’ tzutil are read where needed', async () => {
    expect(await readSystemTimeZone(readers({ env: { TZ: ':Asia/Kolkata' } }))).toBe('Asia/Kolkata');
    const timezoneFile = join(dir.path, 'timezone');
    await writeFile(timezoneFile, 'Europe/Lisbon\n');
    expect(
      await readSystemTimeZone(readers({ readLink: () => Promise.reject(new Error('not a link')), readText: () => readFile(timezoneFile, 'utf8') })),
    ).toBe('Europe/Lisbon');
    expect(await readSystemTimeZone(readers({ platform: 'win32', run: () => Promise.resolve('W. Europe Standard Time\r\n') }))).toBe('Europe/Berlin');
  });

  it('falls back to the process’s zone when nothing can be read', async () => {
    const failing = readers({ readLink: () => Promise.reject(new Error('x')), readText: () => Promise.reject(new Error('x')), fallback: () => 'Pacific/Auckland' });
    expect(await readSystemTimeZone(failing)).toBe('Pacific/Auckland');
  });
});
