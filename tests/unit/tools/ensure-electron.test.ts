import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureElectron, explainDownloadFailure, type EnsureDeps } from '../../../scripts/ensure-electron';
import { tempFolderPerTest } from '../../support/temp-dir';

const dir = tempFolderPerTest();
const root = join(import.meta.dirname, '..', '..', '..');

/** A node_modules/electron whose install.js does what the test says (Electron 45's installer writes path.txt and dist/). */
async function fakeElectron(installer: string): Promise<string> {
  const electronDir = join(dir.path, 'node_modules', 'electron');
  await mkdir(electronDir, { recursive: true });
  await writeFile(join(electronDir, 'install.js'), installer);
  return electronDir;
}

const DOWNLOADS = `
const fs = require('fs'); const path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
fs.appendFileSync(path.join(__dirname, 'runs.log'), 'run\\n');
`;
const OFFLINE = `console.error("RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous> (node_modules/got/dist/source/core/index.js:970:111)"); process.exit(1);`;

function deps(electronDir: string, overrides: Partial<EnsureDeps> = {}): EnsureDeps {
  return {
    electronDir,
    platform: 'darwin',
    runInstaller: (installer) => {
      const run = spawnSync(process.execPath, [installer], { encoding: 'utf8' });
      return Promise.resolve({ code: run.status, output: `${run.stdout}${run.stderr}` });
    },
    readText: (path) => import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')).catch(() => null),
    fileMode: () => Promise.resolve(null),
    cwd: dir.path,
    ...overrides,
  };
}

describe('npm start: the Electron binary', () => {
  it('is fetched when missing, and not again once it is there', async () => {
    const electronDir = await fakeElectron(DOWNLOADS);
    expect(await ensureElectron(deps(electronDir))).toEqual({ ok: true, warning: null });
    expect(await ensureElectron(deps(electronDir))).toEqual({ ok: true, warning: null });
    const runs = await import('node:fs/promises').then((fs) => fs.readFile(join(electronDir, 'runs.log'), 'utf8'));
    expect(runs).toBe('run\n');
  });

  it('when it cannot be downloaded, says why and what to do in one sentence, with no stack trace', async () => {
    const outcome = await ensureElectron(deps(await fakeElectron(OFFLINE)));
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.message;
    expect(message).toMatch(/^Touchpoint needs the Electron runtime, .* the download server could not be reached: check your internet connection/);
    expect(message).not.toMatch(/\bat \w|\n/);
  });

  it('the start command runs this first (electron-vite alone would stop with "Electron uninstall")', async () => {
    const pkg = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(join(root, 'package.json'), 'utf8'))) as { scripts: Record<string, string> };
    expect(pkg.scripts.start?.startsWith('tsx scripts/ensure-electron.ts && ')).toBe(true);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'ensure-electron.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TOUCHPOINT_ELECTRON_DIR: await fakeElectron(OFFLINE) },
      timeout: 120_000,
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toContain('could not be reached');
  }, 120_000);

  it('explains the usual failures plainly', () => {
    expect(explainDownloadFailure('Error: connect ETIMEDOUT 1.2.3.4:443')).toBe('the download timed out');
    expect(explainDownloadFailure('Error: Generated checksum for "electron.zip" did not match expected checksum.')).toMatch(/damaged/);
    expect(explainDownloadFailure('HTTPError: Response code 404 (Not Found)')).toMatch(/refused/);
    expect(explainDownloadFailure('')).toMatch(/without saying why/);
  });
});

describe('npm start on Ubuntu 24.04+ (AppArmor restricts user namespaces)', () => {
  const linux = async (helper: { uid: number; mode: number } | null, profiles = '') => {
    const electronDir = await fakeElectron(DOWNLOADS);
    const texts: Record<string, string> = { '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1\n', '/sys/kernel/security/apparmor/profiles': profiles };
    return ensureElectron(
      deps(electronDir, {
        platform: 'linux',
        readText: async (path) => texts[path] ?? (await import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')).catch(() => null)),
        fileMode: () => Promise.resolve(helper),
      }),
    );
  };

  it('says how to set up the sandbox helper when it is not, instead of letting Electron crash unexplained', async () => {
    const outcome = await linux({ uid: 1000, mode: 0o100755 });
    expect(outcome.ok && outcome.warning).toContain('sudo chown root:root node_modules/electron/dist/chrome-sandbox && sudo chmod 4755');
  });

  it('is quiet when the helper is set up, or an AppArmor profile covers the binary', async () => {
    expect(await linux({ uid: 0, mode: 0o104755 })).toEqual({ ok: true, warning: null });
    expect(await linux(null, `${join(dir.path, 'node_modules/electron/dist/electron')} (unconfined)\n`)).toEqual({ ok: true, warning: null });
  });
});
