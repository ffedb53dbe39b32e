/**
 * Builds the unpacked Linux app (`electron-builder --dir`) from the real electron-builder.yml
 * and the built out/, and checks what got in: only out/, package.json and production
 * dependencies (tests/unit/packaging/asar-contents.ts has the rules), and the fuses flipped.
 *
 * The Electron binary cannot be downloaded here, so `electronDist` points at a placeholder:
 * a small file carrying the fuse sentinel and Electron's default fuse wire, which
 * electron-builder then flips exactly as it flips the real binary.
 */
import { extractFile, listPackage, statFile } from '@electron/asar';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { packagingProblems, REQUIRED_FILES, type LockPackage, type PackagedModule } from '../../unit/packaging/asar-contents';
import { projectRoot } from '../../unit/packaging/builder-config';

const run = promisify(execFile);

// @electron/fuses' marker, then the wire: format version 1, 8 fuses, one byte each ('1' on,
// '0' off), as Electron ships them: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
// --inspect on, asar integrity off, only-load-from-asar off, V8 snapshot off, file:// extras on.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_WIRE = '10110001';

function readFuseWire(binary: Buffer): string {
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error('No fuse sentinel in the packaged executable');
  const wire = at + FUSE_SENTINEL.length;
  return binary.subarray(wire + 2, wire + 2 + binary[wire + 1]!).toString('latin1');
}

let dir: { path: string; cleanup: () => Promise<void> };
let appDir: string;
let asar: string;

beforeAll(async () => {
  // `npm test` builds before this runs only on a second run; build once when out/ is missing.
  if (!REQUIRED_FILES.filter((f) => f.startsWith('out/')).every((f) => existsSync(join(projectRoot, f)))) {
    await run(process.execPath, [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: projectRoot });
  }
  dir = await makeTempDir('touchpoint-packaging-');
  const electronDist = join(dir.path, 'electron-dist');
  await mkdir(electronDist);
  await writeFile(join(electronDist, 'electron'), `#!/bin/sh\n# placeholder for the Electron binary\n# ${FUSE_SENTINEL}\x01\x08${ELECTRON_DEFAULT_WIRE}\n`, { mode: 0o755 });
  try {
    await run(
      process.execPath,
      [
        join(projectRoot, 'node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${join(dir.path, 'release')}`,
        // No native modules to rebuild, and @electron/rebuild would look for Electron's headers.
        '-c.npmRebuild=false',
      ],
      { cwd: projectRoot, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder --dir failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
  appDir = join(dir.path, 'release', 'linux-unpacked');
  asar = join(appDir, 'resources', 'app.asar');
}, 120_000);

afterAll(() => dir?.cleanup());

describe('the unpacked app (electron-builder --dir)', () => {
  it('contains only the built app and its production dependencies', () => {
    const files = listPackage(asar, { isPack: false })
      .map((entry) => entry.replace(/^[/\\]/, '').replaceAll('\\', '/'))
      .filter((entry) => 'size' in statFile(asar, entry));
    const modules: PackagedModule[] = files
      .filter((f) => /^node_modules\/(?:@[^/]+\/)?[^/]+(?:\/node_modules\/(?:@[^/]+\/)?[^/]+)*\/package\.json$/.test(f))
      .map((f) => {
        const { name, version } = JSON.parse(extractFile(asar, f).toString('utf8')) as { name: string; version: string };
        return { path: f.slice(0, -'/package.json'.length), name, version };
      });
    const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

    expect(packagingProblems({ files, modules, lockPackages: lock.packages, dependencies: Object.keys(manifest.dependencies) })).toEqual([]);
    expect(modules.length).toBeGreaterThan(Object.keys(manifest.dependencies).length);
  });

  it('ships a package.json without development metadata, naming the Linux desktop entry', () => {
    const packaged = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packaged.main).toBe('out/main/index.js');
    expect(packaged.desktopName).toBe('app.touchpoint.Touchpoint.desktop');
    expect(packaged.devDependencies).toBeUndefined();
    expect(packaged.scripts).toBeUndefined();
  });

  it('keeps the app only in the asar (no loose app folder, no update feed)', () => {
    expect(readdirSync(join(appDir, 'resources'))).toEqual(['app.asar']);
  });

  it('flips the security fuses in the executable', () => {
    const wire = readFuseWire(readFileSync(join(appDir, 'touchpoint')));
    expect(wire).toHaveLength(ELECTRON_DEFAULT_WIRE.length);
    const fuse = (index: number) => wire[index];
    expect(fuse(0)).toBe('0'); // RunAsNode
    expect(fuse(1)).toBe('1'); // EnableCookieEncryption
    expect(fuse(2)).toBe('0'); // EnableNodeOptionsEnvironmentVariable
    expect(fuse(3)).toBe('0'); // EnableNodeCliInspectArguments
    expect(fuse(4)).toBe('1'); // EnableEmbeddedAsarIntegrityValidation
    expect(fuse(5)).toBe('1'); // OnlyLoadAppFromAsar
    expect(fuse(7)).toBe('0'); // GrantFileProtocolExtraPrivileges
  });
});
