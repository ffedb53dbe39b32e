import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIco, pngSize, readIcoSizes } from '../../tools/ico';
import { builderConfigErrors, projectRoot, readBuilderConfig } from './builder-config';

const config = readBuilderConfig();
const section = (name: string) => config[name] as Record<string, unknown>;
const targets = (platform: string) =>
  (section(platform).target as (string | { target: string; arch?: string[] })[]).map((t) => (typeof t === 'string' ? { target: t } : t));
const asset = (path: string) => join(projectRoot, path);

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    expect(builderConfigErrors(config)).toEqual([]);
  });

  it('reports schema errors readably', () => {
    const broken = { ...config, electronFuse: { runAsNode: false }, linux: { ...section('linux'), target: 42 }, nsis: { ...section('nsis'), oneClick: 'no' } };
    const errors = builderConfigErrors(broken);
    expect(errors).toContain('(top level): unknown option "electronFuse"');
    expect(errors).toContain('/nsis/oneClick: must be boolean');
    expect(errors.some((e) => e.startsWith('/linux/target'))).toBe(true);
  });

  it('builds the installers of issue 6: AppImage + deb, dmg for arm64 and x64, nsis', () => {
    expect(config.appId).toBe('app.touchpoint.desktop');
    expect(config.productName).toBe('Touchpoint');
    expect(targets('linux').map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(targets('mac')).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(targets('win').map((t) => t.target)).toEqual(['nsis']);
    expect(section('linux').category).toBe('Office');
    expect(section('mac').category).toBe('public.app-category.productivity');
    expect(config.publish).toBeNull();
  });

  it('sets the security fuses at package time', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('signs macOS with the hardened runtime and only the JIT entitlement', () => {
    const mac = section('mac');
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.entitlementsInherit).toBe(mac.entitlements);
    const plist = readFileSync(asset(mac.entitlements as string), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('deb dependencies install on current Debian and Ubuntu and cover the tray and secret storage', () => {
    const deb = section('deb');
    const depends = deb.depends as string[];
    expect(depends).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libsecret-1-0', 'xdg-utils']));
    // libappindicator3-1 has no candidate on Debian 12; Electron's tray does not need it.
    expect([...depends, ...(deb.recommends as string[])].join(' ')).not.toMatch(/appindicator/);
    expect(deb.fpm).toContain('--deb-suggests=gnome-shell-extension-appindicator');
  });

  it('keeps user data on uninstall and installs per user', () => {
    expect(section('nsis')).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false, oneClick: false });
  });

  it('packages only the build output (what gets in is checked on a real build in tests/integration/packaging)', () => {
    expect((config.files as string[]).slice(0, 2)).toEqual(['out/**', 'package.json']);
    expect(config.files).toEqual(expect.arrayContaining(['!**/*.map', '!**/*.{ts,mts,cts,tsx}']));
  });
});

describe('icons', () => {
  it('Linux: a PNG per hicolor size, each really that size', () => {
    const folder = asset(section('linux').icon as string);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(readFileSync(join(folder, `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it('macOS: a 1024 px PNG for the .icns', () => {
    expect(pngSize(readFileSync(asset(section('mac').icon as string)))).toEqual({ width: 1024, height: 1024 });
  });

  it('Windows: an .ico with 16 to 256, packed from the current PNGs', () => {
    const icoPath = asset(section('win').icon as string);
    expect(existsSync(icoPath)).toBe(true);
    const ico = readFileSync(icoPath);
    expect(readIcoSizes(ico)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    // Stale if a PNG was re-rendered without repacking: npx tsx tests/tools/render-icons.ts --ico-only
    const pngs = [16, 24, 32, 48, 64, 128, 256].map((size) => readFileSync(join(projectRoot, 'electron', 'assets', 'icons', `${size}x${size}.png`)));
    expect(encodeIco(pngs).equals(ico)).toBe(true);
  });
});
