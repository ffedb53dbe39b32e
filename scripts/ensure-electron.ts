/**
 * Run by `npm start` before electron-vite. Electron 45's package downloads its binary on first
 * use, not at install, while electron-vite only looks for node_modules/electron/path.txt and
 * otherwise stops with "Error: Electron uninstall" and a stack trace. This fetches the binary
 * when it is missing (Electron's own installer returns at once when it is there) and, when it
 * cannot, says in one sentence why and what to do. On Linux it also checks the Chromium
 * sandbox that Ubuntu 24.04+ (AppArmor) refuses for unpackaged runs, and says how to allow it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

export type Outcome = { ok: true; warning: string | null } | { ok: false; message: string };

export interface EnsureDeps {
  /** node_modules/electron. */
  electronDir: string;
  platform: NodeJS.Platform;
  /** Runs Electron's installer (its install-electron command); resolves with its exit code and output. */
  runInstaller: (installer: string) => Promise<{ code: number | null; output: string }>;
  /** Reads a file's text, or null when it cannot be read. */
  readText: (path: string) => Promise<string | null>;
  /** Owner and mode of a file, or null. */
  fileMode: (path: string) => Promise<{ uid: number; mode: number } | null>;
  /** The folder the commands in messages are relative to (the project). */
  cwd: string;
}

function installed(electronDir: string, pathTxt: string | null): boolean {
  return pathTxt !== null && existsSync(join(electronDir, 'dist', pathTxt));
}

/** The installer's error, in words a person can act on. */
export function explainDownloadFailure(output: string): string {
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|getaddrinfo/i.test(output)) return 'the download server could not be reached';
  if (/ETIMEDOUT|timed? ?out/i.test(output)) return 'the download timed out';
  if (/checksum|sha256/i.test(output)) return 'the downloaded file was damaged (its checksum did not match)';
  if (/EACCES|EPERM/.test(output)) return 'node_modules/electron could not be written to';
  if (/\b40[34]\b/.test(output)) return 'the download server refused the request';
  const firstLine = output.split('\n').map((line) => line.trim()).find((line) => line.length > 0);
  return firstLine ? `the installer said: ${firstLine.slice(0, 160)}` : 'the installer stopped without saying why';
}

export async function ensureElectron(deps: EnsureDeps): Promise<Outcome> {
  const pathFile = join(deps.electronDir, 'path.txt');
  if (!installed(deps.electronDir, await deps.readText(pathFile))) {
    const result = await deps.runInstaller(join(deps.electronDir, 'install.js'));
    if (result.code !== 0 || !installed(deps.electronDir, await deps.readText(pathFile))) {
      return {
        ok: false,
        message:
          `Touchpoint needs the Electron runtime, which is downloaded on first start, but ${explainDownloadFailure(result.output)}: ` +
          'check your internet connection (behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1; ELECTRON_MIRROR names a mirror), then run `npm start` again.',
      };
    }
  }
  return { ok: true, warning: deps.platform === 'linux' ? await sandboxWarning(deps) : null };
}

/**
 * Ubuntu 24.04+ forbids unprivileged user namespaces to unconfined programs, so Chromium's
 * sandbox needs either its SUID helper (owned by root, mode 4755) or an AppArmor profile for
 * the binary. Without either Electron stops at once; --no-sandbox is not a way to ship.
 */
async function sandboxWarning(deps: EnsureDeps): Promise<string | null> {
  const restricted = (await deps.readText('/proc/sys/kernel/apparmor_restrict_unprivileged_userns'))?.trim() === '1';
  if (!restricted) return null;
  const dist = join(deps.electronDir, 'dist');
  const helper = await deps.fileMode(join(dist, 'chrome-sandbox'));
  if (helper && helper.uid === 0 && (helper.mode & 0o4000) !== 0) return null;
  const profiles = (await deps.readText('/sys/kernel/security/apparmor/profiles')) ?? '';
  if (profiles.includes(join(dist, 'electron'))) return null;
  const helperPath = relative(deps.cwd, join(dist, 'chrome-sandbox'));
  return [
    'This system (Ubuntu 24.04 or newer) only lets Electron’s sandbox start with its helper set up. Once, run:',
    `  sudo chown root:root ${helperPath} && sudo chmod 4755 ${helperPath}`,
    'or add an AppArmor profile for the Electron binary (see README, "Linux: the sandbox on Ubuntu 24.04+"). The installed .deb sets this up itself.',
  ].join('\n');
}

function runNode(script: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: null, output: error.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const electronDir = process.env.TOUCHPOINT_ELECTRON_DIR ?? dirname(require.resolve('electron/package.json'));
  const outcome = await ensureElectron({
    electronDir,
    platform: process.platform,
    runInstaller: runNode,
    readText: (path) => readFile(path, 'utf8').catch(() => null),
    fileMode: (path) => stat(path).then((s) => ({ uid: s.uid, mode: s.mode }), () => null),
    cwd: process.cwd(),
  });
  if (!outcome.ok) {
    console.error(outcome.message);
    process.exit(1);
  }
  if (outcome.warning) console.warn(outcome.warning);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
